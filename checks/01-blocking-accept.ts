// Step 1: one client, one line, one reply; and a client that reports a
// missing server in one line.
import { defineStep } from './harness/types.ts';
import { clientRefusedCheck } from './shared/client-checks.ts';
import { crlfCheck } from './shared/echo-checks.ts';

const UNICODE_LINE = 'héllo wörld ✓';

export default defineStep({
  step: 1,
  slug: '01-blocking-accept',
  title: 'Blocking accept',
  concept: 'bind + listen, then accept() waits for a client; recv waits for data.',
  checks: [
    {
      id: 'waits',
      title: 'server waits for a client, silently',
      role: 'server',
      hints: [
        'Until a client connects, accept() (in Node: the "connection" event) just waits: the server must neither exit nor send anything.',
        'Exiting early usually means the code does not wait for the connection: await once(server, "connection").',
      ],
      run: async (t) => {
        const server = await t.server();
        await t.expectRunning(server.program, { why: 'while no client has connected' });
        const a = await t.connect(server);
        await a.expectNothing('nothing before the client says something', { sent: 'nothing: the checker only connected' });
      },
    },
    {
      id: 'echo',
      title: 'replies "echo: L" to a line L',
      role: 'server',
      points: 2,
      hints: [
        'Read one line from the accepted socket and write back "echo: " + line + "\\n".',
        'A reply without its final "\\n" is not a line yet: the reader keeps waiting for it.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('hello world');
        await a.expectLine('echo: hello world');
      },
    },
    {
      id: 'close-exit',
      title: 'closes the connection and exits with code 0',
      role: 'server',
      needs: ['echo'],
      hints: [
        'After the reply, end the socket (a clean close, FIN) and stop the listening server: with nothing left open, Node exits with code 0.',
        'server.close() stops accepting; socket.end() closes the conversation after the data is sent.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await a.sendLine('bye');
        await a.expectLine('echo: bye');
        await a.expectClose({ expected: 'the server to close the connection after its reply' });
        await t.expectExit(server.program, { code: 0, why: 'after serving its one client' });
      },
    },
    {
      id: 'split-line',
      title: 'reads a whole line sent in pieces (split inside a UTF-8 character)',
      role: 'server',
      needs: ['echo'],
      hints: [
        'TCP is a byte stream: one line can arrive in several reads, even in the middle of a character. Keep reading until "\\n".',
        'Decode with a stream decoder (readline, socket.setEncoding("utf8")), not chunk by chunk with toString(): a chunk may end inside a character.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.send(`${UNICODE_LINE}\n`, 'split-utf8');
        await a.expectLine(`echo: ${UNICODE_LINE}`);
      },
    },
    crlfCheck('echo'),
    {
      id: 'client-words',
      title: 'client sends its words and prints the reply',
      role: 'client',
      points: 2,
      hints: [
        'Join process.argv.slice(2) with spaces, send it with "\\n", then print the reply line on stdout.',
        'Connect to process.env.HOST and process.env.PORT: the checker plays the server on a free port.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession({ args: ['hi', 'there'] });
        await server.expectLine('hi there', { sent: 'client started as: client hi there' });
        await server.sendLine('echo: hi there');
        await t.expectOutput(client, 'echo: hi there');
        await t.expectExit(client, { code: 0, why: 'after printing the reply' });
      },
    },
    {
      id: 'client-hello',
      title: 'client sends "hello" when given no words',
      role: 'client',
      needs: ['client-words'],
      hints: ['With no command-line words the message is "hello".'],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        await server.expectLine('hello', { sent: 'client started with no arguments' });
        await server.sendLine('echo: hello');
        await t.expectOutput(client, 'echo: hello');
        await t.expectExit(client, { code: 0 });
      },
    },
    clientRefusedCheck(),
  ],
});
