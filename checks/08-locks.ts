// Step 8: shared state that many clients change at once, in files that
// survive a restart. Every behaviour of step 7 still holds: the checks that
// touch what step 8 changes (chat goes through the log and its lock) run
// as in step 7; the others run together on one server each.
import { multiClientChecks } from './07-multi-client.ts';
import { stillStep7Checks } from './shared/chat-together.ts';
import { defineStep, type Check } from './harness/types.ts';
import { room, welcome } from './shared/chat.ts';
import { readCount, withStateFiles } from './shared/state-files.ts';
import { historyArgsCheck, historyOrderCheck, logExactlyOnceCheck } from './shared/log-checks.ts';
import { restartCheck } from './shared/restart-checks.ts';
import { chatFaults } from './shared/faults-by-step.ts';

/** Step 8's own requests in the half-close check: their replies wait on file I/O. */
const COUNT_N = { test: /^count \d+$/, describe: 'the line "count N"' };
const STATE_REQUESTS = [...Array.from({ length: 10 }, () => ({ send: '/incr', reply: COUNT_N })), { send: '/count', reply: COUNT_N }];

/** Step 7's checks that step 8 runs as they are: the chat itself, under load, past a slow reader. */
const KEPT_FROM_STEP_7 = ['welcome', 'join-notice', 'chat', 'load', 'slow-reader'];

const RACERS = 10;
const INCRS = 30;

const LOCK_HINT =
  'Between reading the counter and writing it back, your code awaits (file I/O): other clients run there, read the same old value, and one update is lost. Hold a lock from the read to the write.';

const stateChecks: Check[] = [
  {
    id: 'count-incr',
    title: '/count → "count N", /incr → "count N+1" (a fresh counter starts at 0)',
    role: 'server',
    needs: ['welcome'],
    hints: ['Read the counter from the file named by env COUNTER_FILE (missing file: 0); /incr adds one, writes it back, and replies "count N" with the new value.'],
    run: async (t) => {
      const { conn } = await welcome(t, await t.server());
      for (const [line, reply] of [['/count', 'count 0'], ['/incr', 'count 1'], ['/incr', 'count 2'], ['/count', 'count 2']]) {
        await conn.sendLine(line);
        await conn.expectLine(reply);
      }
    },
  },
  {
    id: 'incr-concurrent',
    title: `${RACERS} clients × ${INCRS} /incr at once: distinct values, exact final count`,
    role: 'server',
    needs: ['count-incr', 'join-notice'],
    points: 3,
    hints: [LOCK_HINT, 'A lock: a flag "someone is in the section" and a queue of those waiting; release hands it to the next in line, even when the section throws.'],
    run: async (t) => {
      const members = await room(t, await t.server(), RACERS);
      t.note(`each of the ${RACERS} clients sends ${INCRS} "/incr" in one write, all at once`);
      await Promise.all(members.map((m) => m.conn.sendMerged(Array(INCRS).fill('/incr'))));
      const owner = new Map<number, string>();
      const sent = `${INCRS} × "/incr" from each of ${RACERS} clients, at the same time`;
      for (const m of members) {
        for (let i = 0; i < INCRS; i++) {
          const line = await m.conn.expectMatch((l) => /^count \d+$/.test(l), '"count N"', { sent, ms: 5000 });
          const value = Number(line.slice(6));
          const first = owner.get(value);
          if (first) {
            t.fail({ sent, expected: 'every /incr to return a different value', received: `"count ${value}" twice (to ${first} and to ${m.conn.name}): two /incr read the same value before either wrote it back, so one update was lost`, hint: LOCK_HINT });
          }
          owner.set(value, m.conn.name);
        }
      }
      const total = RACERS * INCRS;
      const max = Math.max(...owner.keys());
      if (max !== total) t.fail({ sent, expected: `the values 1 … ${total}`, received: `values up to ${max}`, hint: LOCK_HINT });
      const count = await readCount(members[0], `${total} × /incr, then /count`);
      if (count !== total) t.fail({ sent: `${total} × /incr, then /count`, expected: `count ${total}`, received: `count ${count}`, hint: LOCK_HINT });
    },
  },
  restartCheck('SIGTERM'),
  restartCheck('SIGKILL'),
  logExactlyOnceCheck(),
  historyOrderCheck(),
  historyArgsCheck(),
];

export default defineStep({
  step: 8,
  slug: '08-locks',
  title: 'Shared resources and locks',
  concept: 'Every await is a point where another client runs: a read-modify-write of shared state needs a lock.',
  checks: [...multiClientChecks.filter((c) => KEPT_FROM_STEP_7.includes(c.id)), ...stillStep7Checks(), ...stateChecks, ...chatFaults({ commands: 'chat-commands', quit: 'leaves', msg: 'chat-commands' }, STATE_REQUESTS)].map(withStateFiles),
});
