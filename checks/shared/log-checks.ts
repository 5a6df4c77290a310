// The chat log under concurrent writers: each message exactly once and
// whole, and /history in the order every client saw the messages.
import type { Check } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import { show } from '../harness/failure.ts';
import { room, type Member } from './chat.ts';
import { describeLines, logLineHolds, readLog } from './state-files.ts';

const LOG_HINT =
  'Reading the whole log, awaiting, then writing it back loses the lines other clients appended meanwhile. Append each line in one write (appendFile), under the same lock as the rest of the shared state.';

/** Every member sends `n` chat lines at once; resolves when every other member got them all. */
async function chatBurst(t: CheckContext, members: Member[], n: number, tag: string): Promise<{ messages: string[]; from: number[] }> {
  const from = members.map((m) => m.conn.lines.lines.length);
  const text = (s: number, i: number) => `${tag} ${s}-${i}`;
  t.note(`each of the ${members.length} clients sends ${n} chat lines at once`);
  await Promise.all(members.map((m, s) => m.conn.sendMerged(Array.from({ length: n }, (_, i) => text(s, i)))));
  for (const [r, receiver] of members.entries()) {
    for (const [s, sender] of members.entries()) {
      if (r === s) continue;
      const last = `${sender.nick}: ${text(s, n - 1)}`;
      await receiver.conn.lines.waitFor((l) => l === last, 5000, from[r]);
    }
  }
  const messages = members.flatMap((m, s) => Array.from({ length: n }, (_, i) => `${m.nick}: ${text(s, i)}`));
  return { messages, from };
}

export function logExactlyOnceCheck(): Check {
  return {
    id: 'log-exactly-once',
    title: 'concurrent chat: the log (CHAT_LOG) holds each message once, no torn line',
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [LOG_HINT, 'Each log line ends with "NICK: TEXT"; a timestamp and a space may come first.'],
    run: async (t) => {
      const members = await room(t, await t.server(), 6);
      const { messages } = await chatBurst(t, members, 25, 'logged');
      const lines = await readLog(t, messages.length);
      const sent = `${messages.length} chat lines from ${members.length} clients at once, then the checker read CHAT_LOG`;
      const seen = new Map<string, number>();
      for (const line of lines) {
        const message =
          messages.find((m) => logLineHolds(line, m)) ??
          t.fail({ sent, expected: 'every log line to end with one whole "NICK: TEXT"', received: `the line ${show(line)}`, hint: LOG_HINT });
        seen.set(message, (seen.get(message) ?? 0) + 1);
      }
      const missing = messages.filter((m) => !seen.has(m));
      const doubled = messages.filter((m) => (seen.get(m) ?? 0) > 1);
      if (missing.length) t.fail({ sent, expected: 'each message in the log', received: `${missing.length} missing, e.g. ${describeLines(missing)}`, hint: LOG_HINT });
      if (doubled.length) t.fail({ sent, expected: 'each message in the log once', received: `${doubled.length} written twice, e.g. ${describeLines(doubled)}`, hint: LOG_HINT });
    },
  };
}

export function historyOrderCheck(): Check {
  return {
    id: 'history-order',
    title: '/history lists the messages in the order every client saw them',
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [
      'Write to the log and send to the clients in the same order: do both for one message before the next message starts (under the lock).',
      'If the broadcast happens before the append and both await, two messages can be logged in one order and delivered in the other.',
    ],
    run: async (t) => {
      const members = await room(t, await t.server(), 4);
      const { messages, from } = await chatBurst(t, members, 15, 'ordered');
      for (const [r, m] of members.entries()) {
        const sent = `${messages.length} chat lines from ${members.length} clients at once, then "/history 100" from ${m.conn.name}`;
        const mark = m.conn.lines.lines.length;
        m.conn.lines.cursor = mark; // the burst was read by waitFor: the reply comes next
        await m.conn.sendLine('/history 100');
        await m.conn.expectLine(`history ${messages.length}`, { sent });
        const history: string[] = [];
        for (let i = 0; i < messages.length; i++) history.push(await m.conn.readLine(`message ${i + 1} of the history`, { sent }));
        const saw = m.conn.lines.lines.slice(from[r], mark).filter((l) => messages.includes(l));
        const others = history.filter((l) => !l.startsWith(`${m.nick}: `));
        const at = others.findIndex((l, i) => l !== saw[i]);
        if (at >= 0 || others.length !== saw.length) {
          t.fail({
            sent,
            expected: `the history without ${m.nick}'s own lines to be the order ${m.conn.name} received them`,
            received: at >= 0 ? `history has ${show(others[at])} where ${m.conn.name} received ${show(saw[at] ?? '(nothing)')}` : `${others.length} messages of others in the history, ${saw.length} received`,
          });
        }
      }
    },
  };
}

export function historyArgsCheck(): Check {
  return {
    id: 'history-args',
    title: '/history [K]: default 10, /history 0, K above 1000, a K that is not a whole number',
    role: 'server',
    needs: ['chat'],
    hints: [
      '"history M" then the last M messages, oldest first; no K means 10; K above 1000 counts as 1000; a K that is not a whole number is "error: ...".',
      'An error path inside a locked section must release the lock too (try/finally), or the next client waits for ever.',
    ],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      const said = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
      await a.conn.sendMerged(said);
      for (const m of said) await b.conn.expectLine(`${a.nick}: ${m}`);
      const expectHistory = async (command: string, want: string[]) => {
        await b.conn.sendLine(command);
        await b.conn.expectLine(`history ${want.length}`, { sent: `12 chat lines, then ${show(command)}` });
        for (const m of want) await b.conn.expectLine(`${a.nick}: ${m}`, { sent: `12 chat lines, then ${show(command)}` });
      };
      await expectHistory('/history', said.slice(-10));
      await expectHistory('/history 3', said.slice(-3));
      await expectHistory('/history 0', []);
      for (const bad of ['/history abc', '/history -2', '/history 2.5']) {
        await b.conn.sendLine(bad);
        await b.conn.expectMatch((l) => l.startsWith('error: '), '"error: ..." (K is not a whole number)');
      }
      await expectHistory('/history 5000', said);
    },
  };
}
