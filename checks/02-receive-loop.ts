// Step 2: a receive loop that answers every line of one client, whatever
// way the bytes arrive, and a client that never drops a reply.
import { defineStep } from './harness/types.ts';
import { msg } from './i18n/index.ts';
import { echoClientChecks, echoServerChecks } from './shared/echo-checks.ts';
import { echoFaults } from './shared/faults-by-step.ts';

export default defineStep({
  step: 2,
  slug: '02-receive-loop',
  title: msg('step2.title'),
  concept: msg('step2.concept'),
  checks: [
    ...echoServerChecks(),
    ...echoFaults(),
    {
      id: 'exit-on-close',
      title: msg('step2.exitOnClose.title'),
      role: 'server',
      needs: ['echo-lines'],
      hints: [
        msg('step2.exitOnClose.hint1'),
        msg('step2.exitOnClose.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await a.sendLine('last words');
        await a.expectLine('echo: last words');
        a.end();
        const fin = msg('step2.exitOnClose.sent');
        await a.expectClose({ sent: fin, expected: msg('step2.exitOnClose.expected') });
        await t.expectExit(server.program, { code: 0, sent: fin, why: msg('step2.why.clientLeft') });
      },
    },
    ...echoClientChecks(),
  ],
});
