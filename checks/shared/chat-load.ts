// The two chat checks under load: many clients talking at once, and one
// client that stops reading while the others talk. Traffic is paced so that
// a client that reads never has more than 256 KiB waiting for it.
import type { CheckDefinition } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import { seconds, show } from '../harness/failure.ts';
import { msg } from '../i18n/index.ts';
import { room, type Member } from './chat.ts';

const CLIENTS = 20;
const LINES = 50;
const LOAD_MS = 5000;

export function loadCheck(): CheckDefinition {
  return {
    id: 'load',
    title: msg('chat.load.title', { clients: CLIENTS, lines: LINES }),
    role: 'server',
    needs: ['chat'],
    points: 3,
    hints: [msg('chat.load.hint1'), msg('chat.load.hint2')],
    run: async (t) => {
      const members = await room(t, await t.server(), CLIENTS);
      const from = members.map((m) => m.conn.lines.lines.length);
      const mine = (s: number, i: number) => `load ${s}-${i} ✓`;
      t.note(msg('chat.load.note', { clients: CLIENTS, lines: LINES }));
      // The cut lines arrive in pieces at the same moment from several
      // clients: a server must keep each client's unfinished line apart.
      await Promise.all(
        members.map(async (m, s) => {
          const text = Array.from({ length: LINES }, (_, i) => `${mine(s, i)}\n`).join('');
          return m.conn.send(text, s % 2 === 0 ? 'whole' : 'split-utf8');
        }),
      );
      const deadline = Date.now() + LOAD_MS;
      for (const [r, receiver] of members.entries()) {
        for (const [s, sender] of members.entries()) {
          if (s === r) continue;
          const last = `${sender.nick}: ${mine(s, LINES - 1)}`;
          const got = await receiver.conn.lines.waitFor((l) => l === last, Math.max(1, deadline - Date.now()), from[r]);
          if (got.kind !== 'line') break; // verify() says what is missing
        }
        verify(t, members, r, from[r], mine);
      }
    },
  };
}

/** Receiver r must hold, per other sender, exactly that sender's lines in order, and none of its own. */
function verify(t: CheckContext, members: Member[], r: number, from: number, mine: (s: number, i: number) => string): void {
  const receiver = members[r];
  const lines = receiver.conn.lines.lines.slice(from);
  const sent = msg('chat.load.sent', { n: CLIENTS, q: show(mine(0, 0)), q2: show(mine(0, LINES - 1)), q3: show('✓') });
  for (const [s, sender] of members.entries()) {
    const prefix = `${sender.nick}: `;
    const got = lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
    if (s === r) {
      if (got.length) {
        t.fail({
          sent,
          expected: msg('chat.load.notOwnLines', { c: receiver.conn.name, nick: receiver.nick }),
          received: msg('chat.load.andMore', { q: show(prefix + got[0]), n: got.length - 1 }),
        });
      }
      continue;
    }
    const want = Array.from({ length: LINES }, (_, i) => mine(s, i));
    const bad = want.findIndex((w, i) => got[i] !== w);
    if (bad < 0 && got.length === want.length) continue;
    const received =
      bad < 0
        ? msg('chat.load.extraLines', { n: got.length - want.length, q: show(prefix + got[want.length]) })
        : got[bad] === undefined
          ? msg('chat.load.onlySome', { n: got.length, total: LINES, q: show(prefix + want[bad]) })
          : msg('chat.load.wrongLine', { q: show(prefix + got[bad]), n: bad + 1, q2: show(prefix + want[bad]) });
    t.fail({ sent, expected: msg('chat.load.eachLine', { c: receiver.conn.name, nick: receiver.nick, from: sender.nick, n: LINES }), received });
  }
}

const WINDOW_LINES = 16;
const WINDOWS = 48;
/** How long the reader may wait for each window of lines. */
const WINDOW_MS = 2000;
const BIG = 'x'.repeat(8000); // big lines: the bytes matter here, not the number of lines

export function slowReaderCheck(): CheckDefinition {
  return {
    id: 'slow-reader',
    title: msg('chat.slowReader.title'),
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [msg('chat.slowReader.hint1'), msg('chat.slowReader.hint2')],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      a.conn.stopReading();
      t.note(msg('chat.slowReader.note', { slow: a.nick, sender: b.nick, n: WINDOWS, lines: WINDOW_LINES, reader: c.nick }));
      const from = c.conn.lines.lines.length;
      for (let w = 0; w < WINDOWS; w++) {
        const lines = Array.from({ length: WINDOW_LINES }, (_, i) => `${w}-${i} ${BIG}`);
        await b.conn.sendMerged(lines);
        const last = `${b.nick}: ${lines.at(-1)}`;
        const got = await c.conn.lines.waitFor((l) => l === last, WINDOW_MS, from);
        if (got.kind !== 'line') {
          const kib = w * WINDOW_LINES * 8;
          t.fail({
            sent: msg('chat.slowReader.sent', { kib, sender: b.nick, slow: a.nick }),
            expected: msg('chat.slowReader.expected', { reader: c.nick, sender: b.nick, time: seconds(WINDOW_MS) }),
            received:
              got.kind === 'ended'
                ? msg('chat.slowReader.connectionWas', { reader: c.nick, how: got.reason! })
                : msg('chat.slowReader.stalled', { reader: c.nick, kib, slow: a.nick }),
            cause: got.kind === 'ended' ? c.conn.closeCause() : 'no-reply',
          });
        }
      }
      const got = c.conn.lines.lines.slice(from).filter((l) => l.startsWith(`${b.nick}: `)).length;
      if (got !== WINDOWS * WINDOW_LINES) t.fail({ expected: msg('chat.slowReader.expectedAll', { reader: c.nick, n: WINDOWS * WINDOW_LINES }), received: msg('chat.slowReader.gotLines', { n: got }) });
    },
  };
}
