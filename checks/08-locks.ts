// Step 8: shared state that many clients change at once, in files that
// survive a restart. Every behaviour of step 7 still holds: the checks that
// touch what step 8 changes (chat goes through the log and its lock) run
// as in step 7; the others run together on one server each.
import { multiClientChecks } from './07-multi-client.ts';
import { stillStep7Checks } from './shared/chat-together.ts';
import { defineStep, type CheckDefinition } from './harness/types.ts';
import { room, welcome } from './shared/chat.ts';
import { readCount, withStateFiles } from './shared/state-files.ts';
import { historyArgsCheck, historyOrderCheck, logExactlyOnceCheck } from './shared/log-checks.ts';
import { restartCheck } from './shared/restart-checks.ts';
import { chatFaults } from './shared/faults-by-step.ts';
import { show } from './harness/failure.ts';
import { msg } from './i18n/index.ts';

/** Step 8's own requests in the half-close check: their replies wait on file I/O. */
const COUNT_N = { test: /^count \d+$/, describe: msg('step8.countLine') };
const STATE_REQUESTS = [...Array.from({ length: 10 }, () => ({ send: '/incr', reply: COUNT_N })), { send: '/count', reply: COUNT_N }];

/** Step 7's checks that step 8 runs as they are: the chat itself, under load, past a slow reader. */
const KEPT_FROM_STEP_7 = ['welcome', 'join-notice', 'chat', 'load', 'slow-reader'];

const RACERS = 10;
const INCRS = 30;

const LOCK_HINT = msg('step8.lock.hint');

const stateChecks: CheckDefinition[] = [
  {
    id: 'count-incr',
    title: msg('step8.countIncr.title'),
    role: 'server',
    needs: ['welcome'],
    hints: [msg('step8.countIncr.hint1')],
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
    title: msg('step8.incrConcurrent.title', { clients: RACERS, incrs: INCRS }),
    role: 'server',
    needs: ['count-incr', 'join-notice'],
    points: 3,
    hints: [LOCK_HINT, msg('step8.incrConcurrent.hint2')],
    run: async (t) => {
      const members = await room(t, await t.server(), RACERS);
      t.note(msg('step8.incr.note', { clients: RACERS, n: INCRS, q: show('/incr') }));
      await Promise.all(members.map((m) => m.conn.sendMerged(Array(INCRS).fill('/incr'))));
      const owner = new Map<number, string>();
      const sent = msg('step8.incr.sent', { n: INCRS, q: show('/incr'), clients: RACERS });
      for (const m of members) {
        for (let i = 0; i < INCRS; i++) {
          const line = await m.conn.expectMatch((l) => /^count \d+$/.test(l), msg('step8.countN'), { sent, ms: 5000 });
          const value = Number(line.slice(6));
          const first = owner.get(value);
          if (first) {
            t.fail({
              sent,
              expected: msg('step8.incr.expectedDistinct'),
              received: msg('step8.incr.twice', { q: show(`count ${value}`), c: first, c2: m.conn.name }),
              hint: LOCK_HINT,
            });
          }
          owner.set(value, m.conn.name);
        }
      }
      const total = RACERS * INCRS;
      const max = Math.max(...owner.keys());
      if (max !== total) t.fail({ sent, expected: msg('step8.incr.expectedValues', { n: total }), received: msg('step8.incr.valuesUpTo', { n: max }), hint: LOCK_HINT });
      const countSent = msg('step8.incr.thenCount', { n: total });
      const count = await readCount(members[0], countSent);
      if (count !== total) t.fail({ sent: countSent, expected: msg('step8.count', { n: total }), received: msg('step8.count', { n: count }), hint: LOCK_HINT });
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
  title: msg('step8.title'),
  concept: msg('step8.concept'),
  checks: [...multiClientChecks.filter((c) => KEPT_FROM_STEP_7.includes(c.id)), ...stillStep7Checks(), ...stateChecks, ...chatFaults({ commands: 'chat-commands', quit: 'leaves', msg: 'chat-commands' }, STATE_REQUESTS)].map(withStateFiles),
});
