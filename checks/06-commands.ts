// Step 6: "/name rest" lines run from a table of commands. The checks pin
// the split (rest kept exactly, spaces included), the errors the contract
// names, /time in UTC (the server runs 14 hours ahead of UTC, so local time
// shows), /help as one line, and /quit as bye and a clean close.
import type { Conn } from './harness/connection.ts';
import { show } from './harness/failure.ts';
import { defineStep } from './harness/types.ts';
import { commandFaults } from './shared/faults-by-step.ts';
import { ask, askError } from './shared/replies.ts';

/** A zone 14 hours ahead of UTC, in POSIX form so that it needs no time-zone database. */
const FAR_ZONE = 'LINT-14';
const TIME_SLACK_MS = 5000;
/** ISO 8601 in UTC: a date, "T", a time, optional fraction, and "Z" or a zero offset. */
const ISO_UTC = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]00:?00)(?![\d:])/;

const SPLIT_HINT =
  'The name runs up to the FIRST space; rest is everything after it, unchanged: const i = line.indexOf(" "); name = line.slice(1, i); rest = line.slice(i + 1).';

async function command(conn: Conn, line: string, reply: string, hint?: string): Promise<void> {
  await conn.sendLine(line);
  await conn.expectLine(reply, { hint });
}

export default defineStep({
  step: 6,
  slug: '06-commands',
  title: 'Commands',
  concept: 'A line is "/name rest": a table maps each name to what it does.',
  reuseServer: true,
  checks: [
    {
      id: 'echo',
      title: '/echo TEXT replies TEXT',
      role: 'server',
      points: 2,
      hints: [
        SPLIT_HINT,
        'JavaScript\'s line.split(" ", 1) is not Python\'s: the limit keeps only the first piece, so the rest is lost.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await command(a, '/echo hello world', 'hello world');
        await command(a, '/echo héllo ✓', 'héllo ✓');
        await command(a, '/echo /echo is not run twice', '/echo is not run twice');
      },
    },
    {
      id: 'echo-spaces',
      title: '/echo keeps every space of rest: inner, leading, trailing',
      role: 'server',
      needs: ['echo'],
      hints: [
        'rest is the line after the first space, byte for byte: do not split it on spaces and join it back, do not trim it.',
        'Python: line.split(" ", 1) is right; line.split() and line.strip() lose spaces. JavaScript: indexOf(" ") and slice().',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await command(a, '/echo a  b   c', 'a  b   c', 'Inner spaces were changed: rest must be kept as sent.');
        await command(a, '/echo trailing  ', 'trailing  ', 'Trailing spaces were lost: rest must not be trimmed.');
        await command(a, '/echo  leading', ' leading', 'Only the FIRST space separates the name: the second one belongs to rest.');
      },
    },
    {
      id: 'calc',
      title: '/calc EXPR replies as step 5',
      role: 'server',
      needs: ['echo'],
      points: 2,
      hints: [
        '/calc passes rest to the evaluator of step 5 (import it from ../05-sandboxed-eval/evaluate.ts) and replies its value, or "error: " and its message.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const calc = (expr: string, value: number) => ask(a, `/calc ${expr}`, value, { sent: show(`/calc ${expr}`) });
        await calc('1 + 2 * 3', 7);
        await calc('-2 ** 2', -4);
        await calc('2 ** 3 ** 2', 512);
        await calc('(1 + 2) / 4', 0.75);
        await askError(a, '/calc 1 +', 'an incomplete expression');
        await askError(a, '/calc 1 / 0', 'division by zero');
        await askError(a, '/calc Math.PI', 'not arithmetic: never run as code');
        await command(a, '/echo still here', 'still here', 'After a /calc error the connection keeps working.');
      },
    },
    {
      id: 'time',
      title: '/time is the current time in ISO 8601, in UTC',
      role: 'server',
      hints: [
        'new Date().toISOString() gives ISO 8601 in UTC (ending in "Z"). Local-time getters (getHours…) and toString() depend on the server\'s time zone.',
        'In Python: datetime.now(timezone.utc).isoformat(). datetime.now() alone has no zone and is local time.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server({ env: { TZ: FAR_ZONE } }));
        await a.sendLine('/time');
        const sent = `"/time" (the server runs with TZ=${FAR_ZONE}, 14 hours ahead of UTC)`;
        const line = await a.readLine('the current time in ISO 8601, UTC', { sent });
        const m = ISO_UTC.exec(line);
        if (!m) {
          return t.fail({ sent, expected: 'an ISO 8601 time in UTC, such as 2024-05-01T12:34:56.789Z (or …+00:00)', received: `the line ${show(line)}` });
        }
        const at = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`);
        const off = at - Date.now();
        if (!(Math.abs(off) <= TIME_SLACK_MS)) {
          const hours = (off / 3_600_000).toFixed(1);
          t.fail({
            sent,
            expected: `the current UTC time, within ${TIME_SLACK_MS / 1000} s: about ${new Date().toISOString()}`,
            received: `${show(line)}, ${hours} hours off${Math.abs(Math.abs(off) - 14 * 3_600_000) < 60_000 ? ': the server\'s local time labelled as UTC' : ''}`,
          });
        }
      },
    },
    {
      id: 'help',
      title: '/help is one line naming every command',
      role: 'server',
      needs: ['echo'],
      hints: [
        'Build the /help line from the command table itself: a command added to the table then appears in /help by itself.',
        'One line only: the client reads one reply per command.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('/help');
        const line = await a.readLine('one line naming /echo /calc /time /help /quit');
        const missing = ['echo', 'calc', 'time', 'help', 'quit'].filter((name) => !new RegExp(`(^|[^a-z])${name}([^a-z]|$)`).test(line));
        if (missing.length) {
          t.fail({ sent: '"/help"', expected: 'one line naming every command: echo, calc, time, help, quit', received: `${show(line)}, without ${missing.join(', ')}` });
        }
        await command(a, '/echo after help', 'after help', '/help must be ONE line: the next reply must belong to the next command.');
      },
    },
    {
      id: 'unknown-command',
      title: 'an unknown command gets "error: unknown command /name"',
      role: 'server',
      needs: ['echo'],
      hints: ['When the name is not in the table, reply "error: unknown command /" + name, and keep serving.'],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('/frobnicate now');
        await a.expectMatch((l) => l.startsWith('error: ') && l.includes('unknown command /frobnicate'), 'a line "error: unknown command /frobnicate"');
        await command(a, '/echo still here', 'still here');
      },
    },
    {
      id: 'missing-argument',
      title: '/echo and /calc without an argument get "error: …"',
      role: 'server',
      needs: ['echo'],
      hints: [
        '"/echo" and "/echo " (only the separating space) have an empty rest: reply "error: …" naming what is missing, e.g. "error: /echo needs an argument: /echo TEXT".',
        'A table entry can say whether its command needs an argument, and the dispatcher check it once for all.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askError(a, '/echo', '/echo without TEXT');
        await askError(a, '/echo ', 'only the separating space: rest is empty');
        await askError(a, '/calc', '/calc without EXPR');
        await askError(a, '/calc ', 'only the separating space: rest is empty');
      },
    },
    {
      id: 'not-a-command',
      title: 'a line not starting with "/" gets "error: …"',
      role: 'server',
      needs: ['echo'],
      hints: ['Every line must be a command: one that does not start with "/" gets "error: …" (say that commands start with "/").'],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askError(a, 'hello', 'no "/": not a command');
        await askError(a, 'echo hi', 'no "/": not a command');
        await command(a, '/echo ok', 'ok');
      },
    },
    {
      id: 'quit',
      title: '/quit gets "bye" and a clean close; the next client is served',
      role: 'server',
      needs: ['echo'],
      hints: [
        'Reply "bye", then socket.end(): the FIN follows the data. destroy() or a reset can lose "bye".',
        'Close only that connection: the server keeps serving the others and the next one.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server, 'A');
        await command(a, '/quit', 'bye');
        await a.expectClose({ clean: true, expected: 'a clean close (FIN) after "bye"' });
        const b = await t.connect(server, 'B');
        await command(b, '/echo next client', 'next client', 'After a /quit the server must go on serving the next client.');
      },
    },
    ...commandFaults(),
  ],
});
