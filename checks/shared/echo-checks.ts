// The echo loop of steps 2 and 3, on both sides: step 3 keeps every check
// of step 2 (except "exits when the client leaves") and adds its own.
import type { Conn } from '../harness/connection.ts';
import { show } from '../harness/failure.ts';
import type { CheckContext } from '../harness/context.ts';
import type { CheckDefinition } from '../harness/types.ts';
import { msg } from '../i18n/index.ts';

/** How long the stand-in server waits for a second line before it takes the client for a lock-step one. */
const SENDS_AHEAD_MS = 150;

/**
 * After the first of several lines typed at once: does the client send the
 * next one before its reply (sends ahead), or wait for each reply (lock-step,
 * as the source lab's client does)? Both are correct in steps 2 and 3.
 */
async function sendsAhead(t: CheckContext, server: Conn): Promise<boolean> {
  const more = await server.lines.waitFor(() => true, SENDS_AHEAD_MS, server.lines.cursor);
  const ahead = more.kind === 'line';
  t.note(ahead ? msg('echo.note.sendsAhead') : msg('echo.note.lockStep'));
  return ahead;
}

export const FRAMING_HINTS = [msg('echo.framing.hint1'), msg('echo.framing.hint2')];

const LINES = ['first line', 'second line', 'ça marche ✓', 'fourth', 'last one'];

/**
 * A "\r\n" line ending (nc -C, telnet) must not leave a "\r" in the line.
 * `wording`: step 1 and the echo loop of steps 2 and 3 word it a little
 * differently in French (same English).
 */
export function crlfCheck(needs: string, wording: 'step1' | 'loop' = 'loop'): CheckDefinition {
  const step1 = wording === 'step1';
  return {
    id: 'crlf',
    title: step1 ? msg('echo.crlf.title') : msg('echo.crlf.titleLoop'),
    role: 'server',
    needs: [needs],
    hints: [msg('echo.crlf.hint1'), step1 ? msg('echo.crlf.hint2') : msg('echo.crlf.hint2Loop')],
    run: async (t) => {
      const a = await t.connect(await t.server());
      await a.send('with crlf\r\n');
      await a.expectLine('echo: with crlf', { raw: true });
    },
  };
}

export function echoServerChecks(): CheckDefinition[] {
  return [
    {
      id: 'echo-lines',
      title: msg('echo.lines.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('echo.lines.hint1'),
        msg('echo.lines.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        for (const line of LINES) {
          await a.sendLine(line);
          await a.expectLine(`echo: ${line}`);
        }
      },
    },
    {
      id: 'merged-lines',
      title: msg('echo.merged.title'),
      role: 'server',
      needs: ['echo-lines'],
      hints: FRAMING_HINTS,
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendMerged(['one', 'two', 'three']);
        for (const line of ['one', 'two', 'three']) await a.expectLine(`echo: ${line}`, { hint: msg('echo.merged.hint') });
      },
    },
    {
      id: 'split-lines',
      title: msg('echo.split.title'),
      role: 'server',
      needs: ['echo-lines'],
      hints: [
        msg('echo.split.hint1'),
        msg('echo.split.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.send('déjà vu ✓\n', 'split-utf8');
        await a.expectLine('echo: déjà vu ✓');
        await a.send('héhé\n', 'bytes');
        await a.expectLine('echo: héhé');
      },
    },
    crlfCheck('echo-lines'),
    {
      id: 'burst',
      title: msg('echo.burst.title'),
      role: 'server',
      needs: ['merged-lines'],
      hints: [msg('echo.burst.hint1')],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(i % 40)}`);
        await a.sendMerged(lines);
        for (const line of lines) await a.expectLine(`echo: ${line}`, { sent: msg('echo.burst.sent') });
      },
    },
  ];
}

export function echoClientChecks(): CheckDefinition[] {
  return [
    {
      id: 'client-lines',
      title: msg('echo.clientLines.title'),
      role: 'client',
      points: 2,
      hints: [
        msg('echo.clientLines.hint1'),
        msg('echo.clientLines.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        for (const line of ['bonjour', 'second ✓']) {
          client.write(`${line}\n`);
          await server.expectLine(line, { sent: msg('echo.sent.typed', { q: show(line) }) });
          await server.sendLine(`echo: ${line}`);
          await t.expectOutput(client, `echo: ${line}`);
        }
      },
    },
    {
      id: 'client-owed',
      title: msg('echo.clientOwed.title'),
      role: 'client',
      needs: ['client-lines'],
      hints: [
        msg('echo.clientOwed.hint1'),
        msg('echo.clientOwed.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        server.holdOpen = true; // a real server answers every line before it closes
        const lines = ['a', 'b', 'c'];
        const sent = msg('echo.clientOwed.sent');
        client.write(lines.map((l) => `${l}\n`).join(''));
        client.endStdin();
        // Answered as a real server does, except the last reply, held back until stdin has ended.
        await server.expectLine('a', { sent });
        if (await sendsAhead(t, server)) {
          for (const line of ['b', 'c']) await server.expectLine(line, { sent });
          await server.sendMerged(['echo: a', 'echo: b']);
        } else {
          for (const [line, next] of [['a', 'b'], ['b', 'c']]) {
            await server.sendLine(`echo: ${line}`);
            await server.expectLine(next, { sent: msg('echo.clientOwed.sentAnswered', { q: show(`echo: ${line}`) }) });
          }
        }
        await t.expectRunning(client, { ms: 250, sent: msg('echo.clientOwed.sentOwed'), why: msg('echo.why.owedReply') });
        await server.sendLine('echo: c');
        for (const line of lines) await t.expectOutput(client, `echo: ${line}`, { sent: msg('echo.clientOwed.sentReplies') });
        server.endAfterPeer();
        await t.expectExit(client, { code: 0, why: msg('echo.why.everyReply') });
      },
    },
    {
      id: 'client-framing',
      title: msg('echo.clientFraming.title'),
      role: 'client',
      needs: ['client-lines'],
      hints: FRAMING_HINTS,
      run: async (t) => {
        const { client, server } = await t.clientSession();
        const typed = msg('echo.sent.typedTwo', { q: show('x'), q2: show('y') });
        client.write('x\ny\n');
        await server.expectLine('x', { sent: typed });
        if (await sendsAhead(t, server)) {
          await server.expectLine('y', { sent: typed });
          await server.sendMerged(['echo: x', 'echo: y']);
          await t.expectOutput(client, 'echo: x', { sent: msg('echo.sent.mergedReplies') });
          await t.expectOutput(client, 'echo: y', { sent: msg('echo.sent.mergedReplies') });
        } else {
          // One reply owed at a time: it comes one byte at a time instead.
          await server.send('echo: x\n', 'bytes');
          await t.expectOutput(client, 'echo: x', { sent: msg('echo.sent.replyBytes') });
          await server.expectLine('y', { sent: typed });
          await server.sendLine('echo: y');
          await t.expectOutput(client, 'echo: y');
        }
        client.write('é\n');
        await server.expectLine('é', { sent: msg('echo.sent.typed', { q: show('é') }) });
        await server.send('echo: é ✓\n', 'split-utf8');
        await t.expectOutput(client, 'echo: é ✓', { sent: msg('echo.sent.replySplit') });
      },
    },
  ];
}
