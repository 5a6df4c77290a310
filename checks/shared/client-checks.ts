// Client checks that more than one step asks for.
import { show } from '../harness/failure.ts';
import type { Check } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import type { Conn } from '../harness/connection.ts';
import type { Program } from '../harness/program.ts';

const STACK_TRACE = /^\s+at |Traceback \(most recent call last\)|node:internal|^\s*\^+\s*$/;

/** With nothing listening: one line on stderr naming host and port, exit 1, no stack trace. */
export function clientRefusedCheck(): Check {
  return {
    id: 'client-no-server',
    title: 'client without a server: one clear line on stderr, exit code 1',
    role: 'client',
    hints: [
      'connect() fails with ECONNREFUSED when nothing listens. Catch it, print one line such as "cannot connect to 127.0.0.1:4000" on stderr, and exit with code 1.',
      'In Node the failure arrives as an "error" event (or a rejected once(socket, "connect")); in Python as ConnectionRefusedError.',
    ],
    run: async (t) => {
      const port = await t.port(); // free: nothing listens there
      const client = await t.client(port, { args: ['hi'] });
      const sent = `the client, started with PORT=${port} where nothing listens`;
      // 10 s like any start: the deadline includes the interpreter's own start-up.
      await t.expectExit(client, { code: 1, ms: 10_000, sent, why: 'because it cannot connect' });
      await client.drained();
      const lines = [...client.stderr.lines, client.stderr.partial].filter((l) => l.trim() !== '');
      if (lines.some((l) => STACK_TRACE.test(l))) {
        t.fail({ sent, expected: 'one readable line on stderr, no stack trace', received: `a stack trace:\n${lines.slice(0, 6).map((l) => `            ${l}`).join('\n')}` });
      }
      if (lines.length !== 1) {
        t.fail({ sent, expected: 'exactly one line on stderr', received: lines.length ? `${lines.length} lines: ${lines.slice(0, 4).map((l) => show(l)).join(', ')}` : 'nothing on stderr' });
      }
      if (!lines[0].includes(String(port)) || !lines[0].includes('127.0.0.1')) {
        t.fail({ sent, expected: `a line naming the host and port (127.0.0.1 and ${port})`, received: show(lines[0]) });
      }
    },
  };
}

/** A client session after one exchange ("ping" typed, its echo printed): the client is connected and set up, not still starting. */
export async function pingedSession(t: CheckContext): Promise<{ client: Program; server: Conn }> {
  const { client, server } = await t.clientSession();
  client.write('ping\n');
  await server.expectLine('ping', { sent: '"ping" typed on the client\'s stdin' });
  await server.sendLine('echo: ping');
  await t.expectOutput(client, 'echo: ping');
  return { client, server };
}

/** The server aborts (RST) while the client's stdin is idle: a line with "closed", exit 0, no stack trace. */
export function serverResetCheck(needs: string[]): Check {
  return {
    id: 'client-server-reset',
    title: 'client says "closed" and exits 0 when the server resets the connection, no stack trace',
    role: 'client',
    needs,
    hints: [
      'A reset (RST) arrives as an "error" event (ECONNRESET), not as "end": listen for "error" on the socket, and on the readline interface reading it (readline passes the error on), print a line with "closed" and exit 0. In Python, catch ConnectionResetError around recv().',
      'Without a listener, the "error" is thrown: the client dies with a stack trace and exit code 1, which is what a user sees as a crash.',
    ],
    run: async (t) => {
      const { client, server } = await pingedSession(t);
      const sent = 'the server reset the connection (RST); the client\'s stdin is idle';
      server.reset();
      await t.expectOutput(client, 'closed', { sent, expected: 'a line containing "closed" on the client\'s stdout' });
      await t.expectExit(client, { code: 0, sent, why: 'once the server has reset the connection' });
      await client.drained();
      const trace = [...client.stderr.lines, client.stderr.partial].filter((l) => STACK_TRACE.test(l));
      if (trace.length) t.fail({ sent, expected: 'no stack trace on stderr', received: `a stack trace:\n${trace.slice(0, 4).map((l) => `            ${l}`).join('\n')}` });
    },
  };
}
