// Step 3: an accept loop around the receive loop. Whatever a client does
// (close, reset, say nothing) the server goes on to the next one.
import { defineStep, type Check } from './harness/types.ts';
import type { ServerHandle } from './harness/context.ts';
import type { CheckContext } from './harness/context.ts';
import { echoClientChecks, echoServerChecks } from './shared/echo-checks.ts';
import { disconnectFaults, echoFaults } from './shared/faults-by-step.ts';
import { pingedSession, serverResetCheck } from './shared/client-checks.ts';

const ACCEPT_LOOP_HINTS = [
  'Staying alive takes an accept loop around the receive loop: when one client leaves, go back to waiting for the next.',
  'A reset (RST) makes reading fail with ECONNRESET. In a for await (… of createInterface(…)) loop the error is thrown out of the loop: wrap the loop in try/catch (an "error" listener does not stop the throw). With "data" or "line" handlers instead, listen for "error" on the socket and on the readline interface, which passes it on. In Python, catch ConnectionResetError.',
];

/** A new client B gets its echo, and the server is still running: the point of the step. */
async function servesNext(t: CheckContext, server: ServerHandle, after: string): Promise<void> {
  await t.expectRunning(server.program, { sent: after, why: 'after a client left' });
  const b = await t.connect(server, 'B');
  await b.sendLine('next client here');
  await b.expectLine('echo: next client here', { hint: ACCEPT_LOOP_HINTS[0] });
}

function survives(id: string, title: string, leave: (t: CheckContext, server: ServerHandle) => Promise<string>, hints = ACCEPT_LOOP_HINTS): Check {
  return {
    id,
    title,
    role: 'server',
    needs: ['echo-lines'],
    points: 2,
    hints,
    run: async (t) => {
      const server = await t.server();
      await servesNext(t, server, await leave(t, server));
    },
  };
}

export default defineStep({
  step: 3,
  slug: '03-disconnects',
  title: 'Disconnects',
  concept: 'An accept loop around the receive loop: a client leaving, cleanly or not, never stops the server.',
  reuseServer: true,
  checks: [
    ...echoServerChecks(),
    ...echoFaults(),
    survives('after-close', 'serves the next client after a clean close', async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.sendLine('hello');
      await a.expectLine('echo: hello');
      a.end();
      await a.expectClose({ expected: 'the server to close its side when the client closes' });
      return 'a clean close (FIN) by client A';
    }),
    survives('after-reset', 'serves the next client after a reset (an aborted connection)', async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.sendLine('hello');
      await a.expectLine('echo: hello');
      await a.send('half a li');
      // Let the server read those bytes first: a reset that overtakes unread data reads as a clean EOF.
      await a.untilPeerRead();
      a.reset();
      return 'a reset (RST) by client A in the middle of a line';
    }),
    survives('after-silent', 'serves the next client after one that said nothing', async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.expectNothing('nothing: client A has said nothing yet');
      a.end();
      await a.expectClose({ expected: 'the server to close the silent client\'s connection once it left' });
      return 'client A connected, said nothing, closed';
    }),
    {
      id: 'queued-client',
      title: 'a client that connects while another is served gets its turn',
      role: 'server',
      needs: ['after-close'],
      hints: [
        'Serving one client at a time is fine: the next connection waits in the listen backlog until the loop accepts it.',
        'Make sure the loop accepts again after the first client leaves.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server, 'A');
        await a.sendLine('A first');
        await a.expectLine('echo: A first');
        const b = await t.connect(server, 'B');
        await b.sendLine('B waits');
        a.end();
        await b.expectLine('echo: B waits', { sent: '"B waits\\n" from B while A was connected, then A closed', hint: 'After A leaves, the accept loop must come back and serve B.' });
      },
    },
    {
      id: 'many-clients',
      title: 'serves 10 clients one after another and keeps running',
      role: 'server',
      needs: ['after-close'],
      hints: ACCEPT_LOOP_HINTS,
      run: async (t) => {
        const server = await t.server();
        for (let i = 1; i <= 10; i++) {
          const c = await t.connect(server, `C${i}`);
          await c.sendLine(`client ${i}`);
          await c.expectLine(`echo: client ${i}`);
          if (i % 2) c.end();
          else c.reset();
        }
        await t.expectRunning(server.program, { sent: '10 clients, half closing cleanly, half resetting', why: 'for the next client' });
      },
    },
    ...disconnectFaults(),
    ...echoClientChecks(),
    {
      id: 'client-server-closed',
      title: 'client says the server closed, and exits 0, even while stdin is idle',
      role: 'client',
      needs: ['client-lines'],
      points: 2,
      hints: [
        'Listen to the socket\'s "end"/"close" event: it comes even while nobody types. Print a line with "closed" and exit 0.',
        'A client that only reads the socket after a stdin line never notices: the socket and stdin must both be watched at once.',
      ],
      run: async (t) => {
        const { client, server } = await pingedSession(t);
        server.end();
        const sent = 'the server closed the connection; the client\'s stdin stays open and idle';
        await t.expectOutput(client, 'closed', { sent, expected: 'a line containing "closed" on the client\'s stdout' });
        await t.expectExit(client, { code: 0, sent });
      },
    },
    serverResetCheck(['client-lines']),
  ],
});
