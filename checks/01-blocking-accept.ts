// Step 1: one client, one line, one reply; and a client that reports a
// missing server in one line.
import { defineStep } from './harness/types.ts';
import { msg } from './i18n/index.ts';
import { clientRefusedCheck } from './shared/client-checks.ts';
import { crlfCheck } from './shared/echo-checks.ts';

const UNICODE_LINE = 'héllo wörld ✓';

export default defineStep({
  step: 1,
  slug: '01-blocking-accept',
  title: msg('step1.title'),
  concept: msg('step1.concept'),
  checks: [
    {
      id: 'waits',
      title: msg('step1.waits.title'),
      role: 'server',
      hints: [
        msg('step1.waits.hint1'),
        msg('step1.waits.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        await t.expectRunning(server.program, { why: msg('step1.why.noClientYet') });
        const a = await t.connect(server);
        await a.expectNothing(msg('step1.waits.expected'), { sent: msg('step1.waits.sent') });
      },
    },
    {
      id: 'echo',
      title: msg('step1.echo.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('step1.echo.hint1'),
        msg('step1.echo.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('hello world');
        await a.expectLine('echo: hello world');
      },
    },
    {
      id: 'close-exit',
      title: msg('step1.closeExit.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step1.closeExit.hint1'),
        msg('step1.closeExit.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await a.sendLine('bye');
        await a.expectLine('echo: bye');
        await a.expectClose({ expected: msg('step1.closeExit.expected') });
        await t.expectExit(server.program, { code: 0, why: msg('step1.why.servedOne') });
      },
    },
    {
      id: 'split-line',
      title: msg('step1.splitLine.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step1.splitLine.hint1'),
        msg('step1.splitLine.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.send(`${UNICODE_LINE}\n`, 'split-utf8');
        await a.expectLine(`echo: ${UNICODE_LINE}`);
      },
    },
    crlfCheck('echo', 'step1'),
    {
      id: 'client-words',
      title: msg('step1.clientWords.title'),
      role: 'client',
      points: 2,
      hints: [
        msg('step1.clientWords.hint1'),
        msg('step1.clientWords.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession({ args: ['hi', 'there'] });
        await server.expectLine('hi there', { sent: msg('step1.sent.startedAs', { command: 'client hi there' }) });
        await server.sendLine('echo: hi there');
        await t.expectOutput(client, 'echo: hi there');
        await t.expectExit(client, { code: 0, why: msg('step1.why.printedReply') });
      },
    },
    {
      id: 'client-hello',
      title: msg('step1.clientHello.title'),
      role: 'client',
      needs: ['client-words'],
      hints: [msg('step1.clientHello.hint1')],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        await server.expectLine('hello', { sent: msg('step1.sent.noArguments') });
        await server.sendLine('echo: hello');
        await t.expectOutput(client, 'echo: hello');
        await t.expectExit(client, { code: 0 });
      },
    },
    clientRefusedCheck(),
  ],
});
