// Step 2: a receive loop that answers every line of one client, whatever
// way the bytes arrive, and a client that never drops a reply.
import { defineStep } from './harness/types.ts';
import { echoClientChecks, echoServerChecks } from './shared/echo-checks.ts';
import { echoFaults } from './shared/faults-by-step.ts';

export default defineStep({
  step: 2,
  slug: '02-receive-loop',
  title: 'Receive loop',
  concept: 'TCP is a byte stream: a loop reads it, and framing (here "\\n") cuts it into messages.',
  checks: [
    ...echoServerChecks(),
    ...echoFaults(),
    {
      id: 'exit-on-close',
      title: 'server closes and exits with code 0 when the client closes',
      role: 'server',
      needs: ['echo-lines'],
      hints: [
        'When the client closes, the read loop ends (readline\'s loop finishes; recv() returns b""): then close the socket and exit 0.',
        'Close the listening server too, or Node keeps running for ever waiting for another client.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await a.sendLine('last words');
        await a.expectLine('echo: last words');
        a.end();
        await a.expectClose({ sent: 'a clean close (FIN) from the client', expected: 'the server to close its side too' });
        await t.expectExit(server.program, { code: 0, sent: 'a clean close (FIN) from the client', why: 'once its one client has left' });
      },
    },
    ...echoClientChecks(),
  ],
});
