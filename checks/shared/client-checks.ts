// Client checks that more than one step asks for.
import { show, showAll } from '../harness/failure.ts';
import { msg } from '../i18n/index.ts';
import type { CheckDefinition } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import type { Conn } from '../harness/connection.ts';
import type { Program } from '../harness/program.ts';

const STACK_TRACE = /^\s+at |Traceback \(most recent call last\)|node:internal|^\s*\^+\s*$/;

/** Lines a program wrote, one per row, indented to sit under the failure's "received:". */
const indented = (lines: string[]) => lines.map((l) => `            ${l}`).join('\n');

/** With nothing listening: one line on stderr naming host and port, exit 1, no stack trace. */
export function clientRefusedCheck(): CheckDefinition {
  return {
    id: 'client-no-server',
    title: msg('client.refused.title'),
    role: 'client',
    hints: [msg('client.refused.hint1'), msg('client.refused.hint2')],
    run: async (t) => {
      const port = await t.port(); // free: nothing listens there
      const client = await t.client(port, { args: ['hi'] });
      const sent = msg('client.refused.sent', { port });
      // 10 s like any start: the deadline includes the interpreter's own start-up.
      await t.expectExit(client, { code: 1, ms: 10_000, sent, why: msg('client.why.cannotConnect') });
      await client.drained();
      const lines = [...client.stderr.lines, client.stderr.partial].filter((l) => l.trim() !== '');
      if (lines.some((l) => STACK_TRACE.test(l))) {
        t.fail({ sent, expected: msg('client.expected.oneReadableLine'), received: msg('client.received.stackTrace', { lines: indented(lines.slice(0, 6)) }) });
      }
      if (lines.length !== 1) {
        t.fail({ sent, expected: msg('client.expected.oneLine'), received: lines.length ? msg('client.received.lines', { n: lines.length, lines: showAll(lines.slice(0, 4)) }) : msg('client.received.nothing') });
      }
      if (!lines[0].includes(String(port)) || !lines[0].includes('127.0.0.1')) {
        t.fail({ sent, expected: msg('client.expected.namesHostPort', { port }), received: show(lines[0]) });
      }
    },
  };
}

/** A client session after one exchange ("ping" typed, its echo printed): the client is connected and set up, not still starting. */
export async function pingedSession(t: CheckContext): Promise<{ client: Program; server: Conn }> {
  const { client, server } = await t.clientSession();
  client.write('ping\n');
  await server.expectLine('ping', { sent: msg('echo.sent.typed', { q: show('ping') }) });
  await server.sendLine('echo: ping');
  await t.expectOutput(client, 'echo: ping');
  return { client, server };
}

/** The server aborts (RST) while the client's stdin is idle: a line with "closed", exit 0, no stack trace. */
export function serverResetCheck(needs: string[]): CheckDefinition {
  return {
    id: 'client-server-reset',
    title: msg('client.serverReset.title'),
    role: 'client',
    needs,
    hints: [msg('client.serverReset.hint1'), msg('client.serverReset.hint2')],
    run: async (t) => {
      const { client, server } = await pingedSession(t);
      const sent = msg('client.serverReset.sent');
      server.reset();
      await t.expectOutput(client, 'closed', { sent, expected: msg('client.expected.closedLine') });
      await t.expectExit(client, { code: 0, sent, why: msg('client.why.serverReset') });
      await client.drained();
      const trace = [...client.stderr.lines, client.stderr.partial].filter((l) => STACK_TRACE.test(l));
      if (trace.length) t.fail({ sent, expected: msg('client.expected.noStackTrace'), received: msg('client.received.stackTrace', { lines: indented(trace.slice(0, 4)) }) });
    },
  };
}
