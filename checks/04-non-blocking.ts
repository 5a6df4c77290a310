// Step 4: both ways at once. The checks drive the program's stdin and its
// socket together, and leave one side idle on purpose: a program that waits
// on one side before it looks at the other gets stuck there.
import type { CheckContext, ServerHandle } from './harness/context.ts';
import type { Conn } from './harness/connection.ts';
import { show } from './harness/failure.ts';
import { defineStep } from './harness/types.ts';
import { serverResetCheck } from './shared/client-checks.ts';
import { halfCloseCheck, QUEUED_RESET_HINTS, resetWhileQueuedCheck, type Served } from './shared/fault-checks.ts';

const BOTH_WAYS_HINT =
  'Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.';

/** Connects, then waits until the server really has the connection: a line from it shows on the server's stdout. */
async function connectedClient(t: CheckContext, server: ServerHandle, name?: string): Promise<Conn> {
  const conn = await t.connect(server, name);
  const hello = `hello from ${conn.name}`;
  await conn.sendLine(hello);
  await t.expectOutput(server.program, hello, { sent: `${conn.name} → ${show(hello)}`, hint: 'Print every line the client sends on the server\'s stdout as soon as it arrives.' });
  return conn;
}

/** The client must receive a line containing `text` after it was typed on the server's stdin. */
async function typeOnServer(t: CheckContext, server: ServerHandle, conn: Conn, text: string, hint?: string): Promise<void> {
  server.program.write(`${text}\n`);
  await conn.expectMatch((l) => l.includes(text), `a line containing ${show(text)} on ${conn.name}, which sent nothing meanwhile`, {
    sent: `server stdin → ${show(text)}`,
    hint: hint ?? BOTH_WAYS_HINT,
  });
}

/** Step 4's way of being served: the server prints what the client says. */
const printed: Served = async (t, server, c, text) => {
  await c.sendLine(text);
  await t.expectOutput(server.program, text, { sent: `${c.name} → ${show(text)}` });
};

export default defineStep({
  step: 4,
  slug: '04-non-blocking',
  title: 'Non-blocking: both ways at once',
  concept: 'One event loop waits on the socket and the keyboard together: neither side waits for the other.',
  checks: [
    {
      id: 'client-lines-printed',
      title: 'server prints each client line at once, while its stdin is idle',
      role: 'server',
      points: 2,
      hints: [
        'A server that waits for a line on its stdin before reading the socket again prints nothing until someone types. ' + BOTH_WAYS_HINT,
        'In Python this is input() between two recv(): a blocking call on one source holds up the other. Node\'s answer is an event handler per source.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        for (const line of ['second line, stdin still idle', 'third line']) {
          await a.sendLine(line);
          await t.expectOutput(server.program, line, { sent: `${a.name} → ${show(line)} (the server's stdin is idle)`, hint: 'The server printed the first client line, then stopped reading the socket: is it waiting for its stdin?' });
        }
        await a.sendMerged(['two lines', 'in one segment']);
        await t.expectOutput(server.program, 'two lines', { sent: `${a.name} → "two lines\\nin one segment\\n" in one write` });
        await t.expectOutput(server.program, 'in one segment', { sent: `${a.name} → "two lines\\nin one segment\\n" in one write`, hint: 'One TCP read can hold several lines: print every one.' });
        await a.send('split in a chäracter ✓\n', 'split-utf8');
        await t.expectOutput(server.program, 'split in a chäracter ✓', { sent: `${a.name} → "split in a chäracter ✓\\n" split inside "ä"`, hint: 'A line can arrive in pieces, even inside a UTF-8 character: gather bytes until "\\n" (readline does).' });
      },
    },
    {
      id: 'stdin-to-client',
      title: 'server sends each line typed on its stdin to the idle client at once',
      role: 'server',
      points: 2,
      hints: [
        'A server that only writes to the socket after it received a client line never sends to a silent client. ' + BOTH_WAYS_HINT,
        'Keep the connected socket in a variable that the stdin handler can reach, and write(line + "\\n") to it.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        await typeOnServer(t, server, a, 'news from the server');
        await typeOnServer(t, server, a, 'more news, the client is still silent', 'The first typed line went out, the second did not: the server went back to waiting on the socket. ' + BOTH_WAYS_HINT);
        await a.sendLine('the client speaks again');
        await t.expectOutput(server.program, 'the client speaks again', { sent: `${a.name} → "the client speaks again"` });
      },
    },
    {
      id: 'quit-from-client',
      title: 'client "/quit" gets "bye", a clean close (FIN), and the server serves the next client',
      role: 'server',
      needs: ['client-lines-printed'],
      points: 2,
      hints: [
        '"/quit" is the end message: reply "bye", then socket.end() (FIN after the data), not destroy() or a reset; then go back to accepting.',
        'A reset (RST) throws away what the peer had not read yet, and the peer sees an error (ECONNRESET) instead of an end; end() closes after "bye" is delivered (destroy() sends RST only when unread data is pending, FIN otherwise).',
        'Serving "one after another" means an accept loop around the conversation: when one client leaves, take the next.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server, 'A');
        await a.sendLine('/quit');
        await a.expectLine('bye');
        await a.expectClose({ clean: true, expected: 'a clean close (FIN) after "bye"' });
        t.note('a second client arrives');
        const b = await connectedClient(t, server, 'B');
        await typeOnServer(t, server, b, 'welcome, second client', 'After the first client quit, lines typed on stdin must go to the new client.');
      },
    },
    {
      id: 'quit-from-stdin',
      title: '"/quit" typed on the server sends "bye", closes the client and exits 0',
      role: 'server',
      needs: ['client-lines-printed'],
      hints: [
        'On "/quit" from stdin: write "bye" to the client, end() the connection, close the listening server, and exit with code 0.',
        'An open stdin or listening socket keeps Node running: close them, or call process.exit(0) once "bye" is written (end\'s callback).',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        server.program.write('/quit\n');
        await a.expectLine('bye', { sent: 'server stdin → "/quit"' });
        await a.expectClose({ sent: 'server stdin → "/quit"', expected: 'the server to close the connection after "bye"' });
        await t.expectExit(server.program, { code: 0, sent: 'server stdin → "/quit"', why: 'after "/quit" on its stdin' });
      },
    },
    {
      id: 'client-prints-pushed',
      title: 'client prints what the server sends while its stdin is idle',
      role: 'client',
      points: 2,
      hints: [
        'A client that reads the socket only after each line typed shows nothing while the user thinks. ' + BOTH_WAYS_HINT,
        'In Python this is recv() only after input(): the source lab solves it with a reader thread; Node with a "line" handler on the socket.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        for (const line of ['pushed by the server', 'and one more, nobody typed anything']) {
          await server.sendLine(line);
          await t.expectOutput(client, line, { sent: `server → ${show(line)} (the client's stdin is idle)` });
        }
      },
    },
    {
      id: 'client-sends-stdin',
      title: 'client sends each line typed, and "/quit" ends it with exit 0',
      role: 'client',
      hints: [
        'Send every line of stdin followed by "\\n", and print every line from the server.',
        'After sending "/quit", wait for "bye" or the close, then exit with code 0.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        client.write('typed by the user\n');
        await server.expectLine('typed by the user', { sent: 'client stdin → "typed by the user"' });
        await server.sendLine('the server answers');
        await t.expectOutput(client, 'the server answers', { sent: 'server → "the server answers"' });
        client.write('/quit\n');
        await server.expectLine('/quit', { sent: 'client stdin → "/quit"' });
        await server.sendLine('bye');
        server.end();
        await t.expectExit(client, {
          code: 0,
          sent: 'server → "bye", then a clean close',
          why: 'after "/quit", "bye" and the close',
          hint: 'After "/quit", exit once "bye" arrives or the socket closes. An open stdin keeps Node running: call process.exit(0) there.',
        });
      },
    },
    {
      id: 'client-eof-quit',
      title: 'client sends "/quit" at end of stdin and waits for "bye"',
      role: 'client',
      hints: [
        'End of stdin (Ctrl-D) means the user is done: send "/quit", the end message, so the server closes cleanly; then wait for "bye" or the close.',
        'readline emits "close" at the end of its input: send "/quit" there, and exit when the socket closes.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        client.endStdin();
        await server.expectLine('/quit', { sent: "end of the client's stdin" });
        await t.expectRunning(client, { ms: 200, sent: "end of stdin, then the client's \"/quit\"", why: 'until the server says "bye" or closes' });
        await server.sendLine('bye');
        server.end();
        await t.expectExit(client, { code: 0, sent: 'server → "bye", then a clean close', why: 'after "bye" and the close' });
      },
    },
    {
      id: 'client-server-closes',
      title: 'client says "closed" and exits 0 when the server closes first',
      role: 'client',
      hints: [
        'When the server closes, the socket ends ("end"/"close" events; recv() returns b"" in Python): print a line with "closed" and exit 0, even if nobody types.',
        'A client blocked on reading stdin never notices the close: watch the socket with its own handler.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        server.end();
        await t.expectOutput(client, 'closed', { sent: 'the server closed the connection (FIN); the client\'s stdin is idle' });
        await t.expectExit(client, { code: 0, sent: 'the server closed the connection', why: 'once the server has closed' });
      },
    },
    halfCloseCheck({ needs: ['quit-from-client'], requests: [{ send: '/quit', reply: 'bye' }] }),
    {
      id: 'reset-served',
      title: 'a client that resets in the middle of a line ends only its own connection',
      role: 'server',
      needs: ['quit-from-client'],
      points: 2,
      hints: QUEUED_RESET_HINTS,
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server, 'A');
        await a.send('half a li');
        await a.untilPeerRead(); // a reset that overtakes unread data reads as a clean end
        a.reset();
        await t.expectRunning(server.program, { sent: 'A sent half a line, then reset (RST)', why: 'after the client it served reset its connection', hint: QUEUED_RESET_HINTS[0] });
        const b = await connectedClient(t, server, 'B');
        await typeOnServer(t, server, b, 'still here', 'After a client reset, the next one must be served: lines typed on stdin go to it.');
      },
    },
    resetWhileQueuedCheck({ needs: ['quit-from-client'], served: printed }),
    serverResetCheck(['client-prints-pushed']),
  ],
});
