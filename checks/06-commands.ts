// Step 6: "/name rest" lines run from a table of commands. The checks pin
// the split (rest kept exactly, spaces included), the errors the contract
// names, /time in UTC (the server runs 14 hours ahead of UTC, so local time
// shows), /help as one line, and /quit as bye and a clean close.
import type { Conn } from './harness/connection.ts';
import { show } from './harness/failure.ts';
import { defineStep } from './harness/types.ts';
import { msg, type Text } from './i18n/index.ts';
import { commandFaults } from './shared/faults-by-step.ts';
import { ask, askError } from './shared/replies.ts';

/** A zone 14 hours ahead of UTC, in POSIX form so that it needs no time-zone database. */
const FAR_ZONE = 'LINT-14';
const TIME_SLACK_MS = 5000;
/** ISO 8601 in UTC: a date, "T", a time, optional fraction, and "Z" or a zero offset. */
const ISO_UTC = /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]00:?00)(?![\d:])/;

async function command(conn: Conn, line: string, reply: string, hint?: Text): Promise<void> {
  await conn.sendLine(line);
  await conn.expectLine(reply, { hint });
}

export default defineStep({
  step: 6,
  slug: '06-commands',
  title: msg('step6.title'),
  concept: msg('step6.concept'),
  reuseServer: true,
  checks: [
    {
      id: 'echo',
      title: msg('step6.echo.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('step6.echo.hint1'),
        msg('step6.echo.hint2'),
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
      title: msg('step6.echoSpaces.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step6.echoSpaces.hint1'),
        msg('step6.echoSpaces.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await command(a, '/echo a  b   c', 'a  b   c', msg('step6.innerSpaces.hint'));
        await command(a, '/echo trailing  ', 'trailing  ', msg('step6.trailingSpaces.hint'));
        await command(a, '/echo  leading', ' leading', msg('step6.leadingSpace.hint'));
      },
    },
    {
      id: 'calc',
      title: msg('step6.calc.title'),
      role: 'server',
      needs: ['echo'],
      points: 2,
      hints: [
        msg('step6.calc.hint1'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const calc = (expr: string, value: number) => ask(a, `/calc ${expr}`, value);
        await calc('1 + 2 * 3', 7);
        await calc('-2 ** 2', -4);
        await calc('2 ** 3 ** 2', 512);
        await calc('(1 + 2) / 4', 0.75);
        await askError(a, '/calc 1 +', msg('calc.why.incomplete'));
        await askError(a, '/calc 1 / 0', msg('calc.why.divisionByZero'));
        await askError(a, '/calc Math.PI', msg('calc.why.notArithmetic'));
        await command(a, '/echo still here', 'still here', msg('step6.afterCalcError.hint'));
      },
    },
    {
      id: 'time',
      title: msg('step6.time.title'),
      role: 'server',
      hints: [
        msg('step6.time.hint1'),
        msg('step6.time.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server({ env: { TZ: FAR_ZONE } }));
        await a.sendLine('/time');
        const sent = msg('step6.time.sent', { q: show('/time'), zone: FAR_ZONE, n: 14 });
        const line = await a.readLine(msg('step6.time.expectedLine'), { sent });
        const m = ISO_UTC.exec(line);
        if (!m) {
          return t.fail({ sent, expected: msg('step6.time.expectedIso'), received: msg('received.line', { q: show(line) }) });
        }
        const at = Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}Z`);
        const off = at - Date.now();
        if (!(Math.abs(off) <= TIME_SLACK_MS)) {
          const [whole, tenth] = (off / 3_600_000).toFixed(1).split('.');
          const hours = msg('step6.time.hours', { whole, tenth });
          const localAsUtc = Math.abs(Math.abs(off) - 14 * 3_600_000) < 60_000;
          t.fail({
            sent,
            expected: msg('step6.time.expectedNow', { seconds: TIME_SLACK_MS / 1000, now: new Date().toISOString() }),
            received: msg(localAsUtc ? 'step6.time.offLocal' : 'step6.time.off', { q: show(line), hours }),
          });
        }
      },
    },
    {
      id: 'help',
      title: msg('step6.help.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step6.help.hint1'),
        msg('step6.help.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('/help');
        const line = await a.readLine(msg('step6.help.expectedLine'));
        const missing = ['echo', 'calc', 'time', 'help', 'quit'].filter((name) => !new RegExp(`(^|[^a-z])${name}([^a-z]|$)`).test(line));
        if (missing.length) {
          t.fail({ sent: show('/help'), expected: msg('step6.help.expected'), received: msg('step6.help.without', { q: show(line), names: missing.join(', ') }) });
        }
        await command(a, '/echo after help', 'after help', msg('step6.helpOneLine.hint'));
      },
    },
    {
      id: 'unknown-command',
      title: msg('step6.unknownCommand.title'),
      role: 'server',
      needs: ['echo'],
      hints: [msg('step6.unknownCommand.hint1')],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendLine('/frobnicate now');
        await a.expectMatch((l) => l.startsWith('error: ') && l.includes('unknown command /frobnicate'), msg('step6.unknownCommand.expected', { q: show('error: unknown command /frobnicate') }));
        await command(a, '/echo still here', 'still here');
      },
    },
    {
      id: 'missing-argument',
      title: msg('step6.missingArgument.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step6.missingArgument.hint1'),
        msg('step6.missingArgument.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askError(a, '/echo', msg('step6.why.echoWithoutText'));
        await askError(a, '/echo ', msg('step6.why.restEmpty'));
        await askError(a, '/calc', msg('step6.why.calcWithoutExpr'));
        await askError(a, '/calc ', msg('step6.why.restEmpty'));
      },
    },
    {
      id: 'not-a-command',
      title: msg('step6.notACommand.title'),
      role: 'server',
      needs: ['echo'],
      hints: [msg('step6.notACommand.hint1')],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askError(a, 'hello', msg('step6.why.noSlash'));
        await askError(a, 'echo hi', msg('step6.why.noSlash'));
        await command(a, '/echo ok', 'ok');
      },
    },
    {
      id: 'quit',
      title: msg('step6.quit.title'),
      role: 'server',
      needs: ['echo'],
      hints: [
        msg('step6.quit.hint1'),
        msg('step6.quit.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server, 'A');
        await command(a, '/quit', 'bye');
        await a.expectClose({ clean: true, expected: msg('step6.quit.expectedClose') });
        const b = await t.connect(server, 'B');
        await command(b, '/echo next client', 'next client', msg('step6.afterQuit.hint'));
      },
    },
    ...commandFaults(),
  ],
});
