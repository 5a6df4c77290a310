// The two chat checks under load: many clients talking at once, and one
// client that stops reading while the others talk. Traffic is paced so that
// a client that reads never has more than 256 KiB waiting for it.
import type { Check } from '../harness/types.ts';
import type { CheckContext } from '../harness/context.ts';
import { show } from '../harness/failure.ts';
import { room, type Member } from './chat.ts';

const CLIENTS = 20;
const LINES = 50;
const LOAD_MS = 5000;

export function loadCheck(): Check {
  return {
    id: 'load',
    title: `${CLIENTS} clients × ${LINES} lines at once: every other client gets every line, once, in order`,
    role: 'server',
    needs: ['chat'],
    points: 3,
    hints: [
      'Each line from a client must reach every other client exactly once, and one sender\'s lines in the order sent: serve all sockets from one loop (or one thread each) and do not drop a line when another client is busy.',
      'Lines arrive merged and split in any way: frame them by "\\n" per client, never per read.',
    ],
    run: async (t) => {
      const members = await room(t, await t.server(), CLIENTS);
      const from = members.map((m) => m.conn.lines.lines.length);
      const mine = (s: number, i: number) => `load ${s}-${i} ✓`;
      t.note(`all ${CLIENTS} clients send ${LINES} lines at once: half in one write, half in two writes cut inside a character`);
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
  const sent = `each of the ${CLIENTS} clients sent ${show(mine(0, 0))} … ${show(mine(0, LINES - 1))} (with its own number), all at once; every other client in two writes cut inside the first "✓"`;
  for (const [s, sender] of members.entries()) {
    const prefix = `${sender.nick}: `;
    const got = lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
    if (s === r) {
      if (got.length) t.fail({ sent, expected: `${receiver.conn.name} (${receiver.nick}) not to get its own lines back`, received: `${show(prefix + got[0])} and ${got.length - 1} more` });
      continue;
    }
    const want = Array.from({ length: LINES }, (_, i) => mine(s, i));
    const bad = want.findIndex((w, i) => got[i] !== w);
    if (bad < 0 && got.length === want.length) continue;
    const where = `${receiver.conn.name} (${receiver.nick}), from ${sender.nick}`;
    const received =
      bad < 0
        ? `${got.length - want.length} extra line(s) after the last one: ${show(prefix + got[want.length])}`
        : got[bad] === undefined
          ? `only ${got.length} of the ${LINES} lines (the first missing: ${show(prefix + want[bad])})`
          : `${show(prefix + got[bad])} where line ${bad + 1} should be ${show(prefix + want[bad])}`;
    t.fail({ sent, expected: `${where}: each of the ${LINES} lines, once, in the order sent`, received });
  }
}

const WINDOW_LINES = 16;
const WINDOWS = 48;
const BIG = 'x'.repeat(8000); // big lines: the bytes matter here, not the number of lines

export function slowReaderCheck(): Check {
  return {
    id: 'slow-reader',
    title: 'a client that stops reading does not stall the others (6 MiB go past it)',
    role: 'server',
    needs: ['chat'],
    points: 2,
    hints: [
      'Never wait for one client\'s "drain" (or a blocking send) in the broadcast loop: a client that does not read would stall everyone. Queue its output instead, and disconnect it past a bound (e.g. 1 MiB unsent).',
      'socket.write() returns false when the kernel buffer is full; socket.writableLength tells how much waits in Node.',
    ],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      a.conn.stopReading();
      t.note(`${a.nick} stopped reading; ${b.nick} sends ${WINDOWS} × ${WINDOW_LINES} lines of 8 KB, ${c.nick} reads them`);
      const from = c.conn.lines.lines.length;
      for (let w = 0; w < WINDOWS; w++) {
        const lines = Array.from({ length: WINDOW_LINES }, (_, i) => `${w}-${i} ${BIG}`);
        await b.conn.sendMerged(lines);
        const last = `${b.nick}: ${lines.at(-1)}`;
        const got = await c.conn.lines.waitFor((l) => l === last, 2000, from);
        if (got.kind !== 'line') {
          const kib = w * WINDOW_LINES * 8;
          t.fail({
            sent: `${kib} KiB of chat from ${b.nick} so far (lines of 8 KB), while ${a.nick} reads nothing`,
            expected: `${c.nick} to keep getting ${b.nick}'s lines within 2 s`,
            received: got.kind === 'ended' ? `${c.nick}'s connection was ${got.reason}` : `${c.nick} got nothing more after ${kib} KiB: the server waits for ${a.nick}, who does not read`,
          });
        }
      }
      const got = c.conn.lines.lines.slice(from).filter((l) => l.startsWith(`${b.nick}: `)).length;
      if (got !== WINDOWS * WINDOW_LINES) t.fail({ expected: `${c.nick} to get all ${WINDOWS * WINDOW_LINES} lines once`, received: `${got} lines` });
    },
  };
}
