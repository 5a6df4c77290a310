// The chat log under concurrent writers: each message exactly once and
// whole, and /history in the order every client saw the messages.
import type { CheckDefinition } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import { show } from '../harness/failure.ts';
import { msg } from '../i18n/index.ts';
import { room, type Member } from './chat.ts';
import { describeLines, logLineHolds, readLog } from './state-files.ts';

const LOG_HINT = msg('log.exactlyOnce.hint1');

/** Every member sends `n` chat lines at once; resolves when every other member got them all. */
async function chatBurst(t: CheckContext, members: Member[], n: number, tag: string): Promise<{ messages: string[]; from: number[] }> {
  const from = members.map((m) => m.conn.lines.lines.length);
  const text = (s: number, i: number) => `${tag} ${s}-${i}`;
  t.note(msg('log.burst.note', { n: members.length, lines: n }));
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

export function logExactlyOnceCheck(): CheckDefinition {
  return {
    id: 'log-exactly-once',
    title: msg('log.exactlyOnce.title'),
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [LOG_HINT, msg('log.exactlyOnce.hint2')],
    run: async (t) => {
      const members = await room(t, await t.server(), 6);
      const { messages } = await chatBurst(t, members, 25, 'logged');
      const lines = await readLog(t, messages.length);
      const sent = msg('log.burst.sentThenRead', { n: messages.length, clients: members.length });
      const seen = new Map<string, number>();
      for (const line of lines) {
        const message =
          messages.find((m) => logLineHolds(line, m)) ??
          t.fail({ sent, expected: msg('log.expected.wholeLine'), received: msg('received.line', { q: show(line) }), hint: LOG_HINT });
        seen.set(message, (seen.get(message) ?? 0) + 1);
      }
      const missing = messages.filter((m) => !seen.has(m));
      const doubled = messages.filter((m) => (seen.get(m) ?? 0) > 1);
      if (missing.length) t.fail({ sent, expected: msg('log.expected.each'), received: msg('log.missing', { n: missing.length, lines: describeLines(missing) }), hint: LOG_HINT });
      if (doubled.length) t.fail({ sent, expected: msg('log.expected.eachOnce'), received: msg('log.writtenTwice', { n: doubled.length, lines: describeLines(doubled) }), hint: LOG_HINT });
    },
  };
}

export function historyOrderCheck(): CheckDefinition {
  return {
    id: 'history-order',
    title: msg('log.historyOrder.title'),
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [
      msg('log.historyOrder.hint1'),
      msg('log.historyOrder.hint2'),
    ],
    run: async (t) => {
      const members = await room(t, await t.server(), 4);
      const { messages, from } = await chatBurst(t, members, 15, 'ordered');
      for (const [r, m] of members.entries()) {
        const sent = msg('log.burst.sentThenHistory', { n: messages.length, clients: members.length, q: show('/history 100'), c: m.conn.name });
        const mark = m.conn.lines.lines.length;
        m.conn.lines.cursor = mark; // the burst was read by waitFor: the reply comes next
        await m.conn.sendLine('/history 100');
        await m.conn.expectLine(`history ${messages.length}`, { sent });
        const history: string[] = [];
        for (let i = 0; i < messages.length; i++) history.push(await m.conn.readLine(msg('log.history.message', { n: i + 1 }), { sent }));
        const saw = m.conn.lines.lines.slice(from[r], mark).filter((l) => messages.includes(l));
        const others = history.filter((l) => !l.startsWith(`${m.nick}: `));
        const at = others.findIndex((l, i) => l !== saw[i]);
        if (at >= 0 || others.length !== saw.length) {
          t.fail({
            sent,
            expected: msg('log.history.expectedOrder', { nick: m.nick, c: m.conn.name }),
            received:
              at < 0
                ? msg('log.history.counts', { n: others.length, received: saw.length })
                : at < saw.length
                  ? msg('log.history.hasWhere', { q: show(others[at]), c: m.conn.name, q2: show(saw[at]) })
                  : msg('log.history.hasWhereNothing', { q: show(others[at]), c: m.conn.name }),
          });
        }
      }
    },
  };
}

export function historyArgsCheck(): CheckDefinition {
  return {
    id: 'history-args',
    title: msg('log.historyArgs.title'),
    role: 'server',
    needs: ['chat'],
    hints: [
      msg('log.historyArgs.hint1'),
      msg('log.historyArgs.hint2'),
    ],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      const said = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);
      await a.conn.sendMerged(said);
      for (const m of said) await b.conn.expectLine(`${a.nick}: ${m}`);
      const expectHistory = async (command: string, want: string[]) => {
        const sent = msg('log.historyArgs.sent', { n: said.length, q: show(command) });
        await b.conn.sendLine(command);
        await b.conn.expectLine(`history ${want.length}`, { sent });
        for (const m of want) await b.conn.expectLine(`${a.nick}: ${m}`, { sent });
      };
      await expectHistory('/history', said.slice(-10));
      await expectHistory('/history 3', said.slice(-3));
      await expectHistory('/history 0', []);
      for (const bad of ['/history abc', '/history -2', '/history 2.5']) {
        await b.conn.sendLine(bad);
        await b.conn.expectMatch((l) => l.startsWith('error: '), msg('log.historyArgs.expectedError'));
      }
      await expectHistory('/history 5000', said);
    },
  };
}
