// Step 3: an accept loop around the receive loop. Whatever a client does
// (close, reset, say nothing) the server goes on to the next one.
import { defineStep, type CheckDefinition } from './harness/types.ts';
import type { ServerHandle } from './harness/context.ts';
import type { CheckContext } from './harness/context.ts';
import { echoClientChecks, echoServerChecks } from './shared/echo-checks.ts';
import { disconnectFaults, echoFaults } from './shared/faults-by-step.ts';
import { pingedSession, serverResetCheck } from './shared/client-checks.ts';
import { show } from './harness/failure.ts';
import { msg, type Text } from './i18n/index.ts';

const ACCEPT_LOOP_HINTS = [msg('step3.acceptLoop.hint1'), msg('step3.acceptLoop.hint2')];

/** A new client B gets its echo, and the server is still running: the point of the step. */
async function servesNext(t: CheckContext, server: ServerHandle, after: Text): Promise<void> {
  await t.expectRunning(server.program, { sent: after, why: msg('step3.why.clientLeft') });
  const b = await t.connect(server, 'B');
  await b.sendLine('next client here');
  await b.expectLine('echo: next client here', { hint: ACCEPT_LOOP_HINTS[0] });
}

function survives(id: string, title: Text, leave: (t: CheckContext, server: ServerHandle) => Promise<Text>, hints: Text[] = ACCEPT_LOOP_HINTS): CheckDefinition {
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
  title: msg('step3.title'),
  concept: msg('step3.concept'),
  reuseServer: true,
  checks: [
    ...echoServerChecks(),
    ...echoFaults(),
    survives('after-close', msg('step3.afterClose.title'), async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.sendLine('hello');
      await a.expectLine('echo: hello');
      a.end();
      await a.expectClose({ expected: msg('step3.afterClose.expected') });
      return msg('step3.afterClose.sent', { name: a.name });
    }),
    survives('after-reset', msg('step3.afterReset.title'), async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.sendLine('hello');
      await a.expectLine('echo: hello');
      await a.send('half a li');
      // Let the server read those bytes first: a reset that overtakes unread data reads as a clean EOF.
      await a.untilPeerRead();
      a.reset();
      return msg('step3.afterReset.sent', { name: a.name });
    }),
    survives('after-silent', msg('step3.afterSilent.title'), async (t, server) => {
      const a = await t.connect(server, 'A');
      await a.expectNothing(msg('step3.afterSilent.expected', { name: a.name }));
      a.end();
      await a.expectClose({ expected: msg('step3.afterSilent.expectedClose') });
      return msg('step3.afterSilent.sent', { name: a.name });
    }),
    {
      id: 'queued-client',
      title: msg('step3.queued.title'),
      role: 'server',
      needs: ['after-close'],
      hints: [
        msg('step3.queued.hint1'),
        msg('step3.queued.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server, 'A');
        await a.sendLine('A first');
        await a.expectLine('echo: A first');
        const b = await t.connect(server, 'B');
        await b.sendLine('B waits');
        a.end();
        await b.expectLine('echo: B waits', { sent: msg('step3.queued.sent', { q: show('B waits\n'), b: b.name, a: a.name }), hint: msg('step3.queued.hint') });
      },
    },
    {
      id: 'many-clients',
      title: msg('step3.manyClients.title'),
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
        await t.expectRunning(server.program, { sent: msg('step3.manyClients.sent'), why: msg('step3.why.nextClient') });
      },
    },
    ...disconnectFaults(),
    ...echoClientChecks(),
    {
      id: 'client-server-closed',
      title: msg('step3.clientServerClosed.title'),
      role: 'client',
      needs: ['client-lines'],
      points: 2,
      hints: [
        msg('step3.clientServerClosed.hint1'),
        msg('step3.clientServerClosed.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await pingedSession(t);
        server.end();
        const sent = msg('step3.clientServerClosed.sent');
        await t.expectOutput(client, 'closed', { sent, expected: msg('client.expected.closedLine') });
        await t.expectExit(client, { code: 0, sent });
      },
    },
    serverResetCheck(['client-lines']),
  ],
});
