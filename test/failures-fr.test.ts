// Failures in French: the phrases of checks/i18n/failures.fr*.ts on
// representative texts (quoted wire text and a program's stderr kept as they
// are), the texts no broken fixture produces, and real runs of the
// submissions that fail before any exchange (missing, not compiling,
// crashing, never listening, ignoring SIGTERM, leaving a process behind).
// fixtures.test.ts proves the same for every broken fixture. The pathological
// fixtures run here have their output recorded next to their expect.json
// (helpers/recorded-output.ts; rewrite: npm run record-outputs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatFailure, show } from '../checks/harness/failure.ts';
import type { CheckResult } from '../checks/harness/types.ts';
import { frenchEvent, frenchFailure } from '../checks/i18n/failures.fr.ts';
import { localizeResult } from '../checks/i18n/hints.ts';
import { JS_CODE, PYTHON_CODE } from '../checks/shared/not-arithmetic.ts';
import { findStep } from '../checks/steps.ts';
import { FrenchCoverage } from './helpers/french-coverage.ts';
import { tempDir } from './helpers/grade.ts';
import { checkDir, FIXTURES } from './helpers/kit.ts';
import { expectRecorded } from './helpers/recorded-output.ts';

test.each([
  [
    formatFailure({ sent: show('hello world\n'), expected: `the line ${show('echo: hello world')}`, received: 'nothing within 2 s' }),
    'sent:     "hello world\\n"\nexpected: la ligne "echo: hello world"\nreceived: rien en 2 s',
  ],
  [
    // Quoted text is the program's or the checker's own: English inside it stays, escapes too.
    formatFailure({ sent: `${show('nothing within 2 s\n')} split inside a character`, expected: `the line ${show('the line "x"')}`, received: `the line ${show('x'.repeat(200))}` }),
    `sent:     "nothing within 2 s\\n" coupé au milieu d'un caractère\nexpected: la ligne "the line \\"x\\""\nreceived: la ligne ${show('x'.repeat(200)).replace(' chars)', ' caractères)')}`,
  ],
  [
    'expected: server to exit with code 0 after serving its one client\nreceived: it exited with code 1; its stderr says:\n            Error: read ECONNRESET\n            at file:///x/server.mjs:3',
    'expected: que le serveur se termine avec le code 0 après avoir servi son unique client\nreceived: il s\'est terminé avec le code 1 ; il a écrit sur stderr :\n            Error: read ECONNRESET\n            at file:///x/server.mjs:3',
  ],
  [
    'sent:     the client, started with PORT=4001 where nothing listens\nexpected: one readable line on stderr, no stack trace\nreceived: a stack trace:\nError: connect ECONNREFUSED\n    at TCPConnectWrap (node:net:1611:16)',
    'sent:     le client, lancé avec PORT=4001 où rien n\'écoute\nexpected: une seule ligne lisible sur stderr, sans trace de pile\nreceived: une trace de pile :\nError: connect ECONNREFUSED\n    at TCPConnectWrap (node:net:1611:16)',
  ],
  [
    'sent:     "1e999"\nexpected: a line "error: <reason>" (the number itself is too large)\nreceived: the line "Infinity"',
    'sent:     "1e999"\nexpected: une ligne "error: <raison>" (le nombre lui-même est trop grand)\nreceived: la ligne "Infinity"',
  ],
  [
    'sent:     "1+1" (among 10 lines sent in one segment)\nexpected: the number 512, reading the line as (2 ** (3 ** 2))\nreceived: the line "64"',
    'sent:     "1+1" (parmi 10 lignes envoyées dans un même segment)\nexpected: le nombre 512, en lisant la ligne comme (2 ** (3 ** 2))\nreceived: la ligne "64"',
  ],
  [
    'sent:     70,000 digits and no "\\n"\nexpected: a line "error: <reason>" (a line of 19,999 characters)\nreceived: nothing within 2 s (only "11", without the ending "\\n")',
    'sent:     70 000 chiffres et pas de "\\n"\nexpected: une ligne "error: <raison>" (une ligne de 19 999 caractères)\nreceived: rien en 2 s (seulement "11", sans le "\\n" final)',
  ],
  [
    'sent:     user1 left, then D connected\nexpected: a nick other than user2 and user3 and user4\nreceived: welcome user3',
    'sent:     user1 est parti, puis D s\'est connecté\nexpected: un pseudo autre que user2 et user3 et user4\nreceived: welcome user3',
  ],
  [
    'sent:     5 × /incr and 2 chat lines; SIGTERM; restart; /history\nexpected: the line "history 2"\nreceived: no line: the connection was reset by the peer (ECONNRESET)',
    'sent:     5 × /incr et 2 lignes de discussion ; SIGTERM ; redémarrage ; /history\nexpected: la ligne "history 2"\nreceived: aucune ligne : la connexion a été réinitialisée par l\'autre côté (ECONNRESET)',
  ],
  [
    // A command line may hold "; " too: the list is cut where the next process starts.
    'expected: nothing the program started to outlive it\nreceived: still running after it was stopped: server left pid 12 (sh -c sleep 9; true); client left pid 13',
    'expected: que rien de ce que le programme a lancé ne lui survive\nreceived: toujours en marche après l\'arrêt du programme : le serveur a laissé le processus 12 (sh -c sleep 9; true) ; le client a laissé le processus 13',
  ],
  ['no client program: looked for client.ts, client.mjs in /tmp/x', 'pas de programme client : cherché client.ts, client.mjs dans /tmp/x'],
  ['/tmp/x/server.ts does not compile: /tmp/x/server.ts:1:5: Expected ";" but found "is"', '/tmp/x/server.ts ne compile pas : /tmp/x/server.ts:1:5: Expected ";" but found "is"'],
])('failure %#', (english, french) => {
  expect(frenchFailure(english)).toEqual({ text: french, untranslated: [] });
});

test.each([
  ['started server (PORT=23456)', 'serveur démarré (PORT=23456)'],
  ['started client hi there (PORT=23456)', 'client démarré, arguments : hi there (PORT=23456)'],
  ['exited with code 13: a top-level await never finished', 's\'est terminé avec le code 13 : un await de premier niveau ne s\'est jamais terminé'],
  ['exited with signal SIGKILL', 'a été arrêté par le signal SIGKILL'],
  ['still running 1000 ms after SIGTERM: killed', 'toujours en marche 1000 ms après SIGTERM : tué'],
  ['reset by the peer (RST after its last data)', 'connexion réinitialisée par l\'autre côté (RST après ses dernières données)'],
  ['got "count 101": server killed (SIGKILL)', 'reçu "count 101" : serveur tué (SIGKILL)'],
])('event %s', (english, french) => {
  expect(frenchEvent(english)).toEqual({ text: french, untranslated: [] });
});

test('a text no phrase knows stays English and is reported, down to the part inside a known phrase', () => {
  expect(frenchFailure('expected: a brand new wording\nreceived: the line "x"')).toEqual({
    text: 'expected: a brand new wording\nreceived: la ligne "x"',
    untranslated: ['a brand new wording'],
  });
  expect(frenchFailure('expected: server to exit with code 0 after a new reason').untranslated).toEqual(['after a new reason']);
  expect(frenchEvent('checker did something new').untranslated).toEqual(['checker did something new']);
});

/** Texts of the harness and the checks that no broken fixture produces (a deadline, a rare reason, a variant). */
const RARE: string[] = [
  formatFailure({ expected: 'the check to finish within 15 s', received: 'it was still waiting (see the transcript for the last thing that happened)' }),
  formatFailure({ expected: 'the check to go on', received: 'the check was already over (timed out or cancelled)' }),
  'internal error in the checker, not in your program:\nError: boom\n    at run (checks/harness/runner.ts:1:1)',
  formatFailure({ sent: '(nothing yet)', expected: 'a clean close of the connection (FIN)', received: 'the connection still open after 2 s (and the lines "a", "b")' }),
  formatFailure({ sent: '"x" one byte at a time', expected: 'the connection closed', received: 'connection error EHOSTUNREACH' }),
  formatFailure({ expected: 'the client to connect to 127.0.0.1:4000 (from its HOST and PORT environment)', received: 'no connection within 10 s' }),
  formatFailure({ expected: 'a line containing "x" on restarted server\'s stdout', received: 'other lines: "a", "b" (and "c" with no newline yet)' }),
  formatFailure({ expected: 'client to exit', received: 'other lines: "a"; then the program ended (code 13: a top-level await never finished); its stderr says:\n            x' }),
  formatFailure({ expected: 'server to keep running for the next client', received: 'it exited with signal SIGSEGV' }),
  formatFailure({ expected: 'nothing the program started to outlive it', received: 'still running after it was stopped: server left pid 12 (sleep 60; true); client left pid 13' }),
  formatFailure({ sent: '"/time" (the server runs with TZ=LINT-14, 14 hours ahead of UTC)', expected: 'the current time in ISO 8601, UTC', received: '"2024-05-01T12:00:00Z", -3.5 hours off' }),
  formatFailure({ sent: 'A → "x"', expected: 'one line naming /echo /calc /time /help /quit', received: 'the program ended (output closed)' }),
  formatFailure({ sent: 'three connections at once', expected: 'three different nicks', received: 'welcome a, welcome a, welcome b' }),
  formatFailure({ sent: '"x"', expected: 'A (guest1) not to get its own lines back', received: '"guest1: load 0-0 ✓" and 49 more' }),
  formatFailure({ sent: '"x"', expected: 'A (guest1), from guest2: each of the 50 lines, once, in the order sent', received: '2 extra line(s) after the last one: "guest2: x"' }),
  formatFailure({ sent: '"x"', expected: 'A (guest1), from guest2: each of the 50 lines, once, in the order sent', received: 'only 3 of the 50 lines (the first missing: "guest2: load 1-3 ✓")' }),
  formatFailure({ expected: 'guest3 to get all 768 lines once', received: '700 lines' }),
  formatFailure({ sent: '"x"', expected: 'guest3 to keep getting guest2\'s lines within 2 s', received: 'guest3\'s connection was reset by the peer (ECONNRESET)' }),
  formatFailure({ sent: '"x"', expected: 'the history without guest1\'s own lines to be the order A received them', received: 'history has "x" where A received "(nothing)"' }),
  formatFailure({ sent: '"x"', expected: 'message 3 of the history', received: '12 messages of others in the history, 15 received' }),
  formatFailure({ sent: '"x"', expected: 'a reply "count N" within 5 s', received: 'nothing' }),
  formatFailure({ sent: '300 × /incr, then /count', expected: 'the values 1 … 300', received: 'values up to 250' }),
  formatFailure({ sent: '/incr × 3', expected: 'each message in the log once', received: '12 written twice, e.g. "a", "b", "c" and 9 more' }),
  formatFailure({ sent: '"/help"', expected: 'a line containing "x" on A, which sent nothing meanwhile', received: '"help: echo", without calc, time' }),
  // Every reason of step 5's and step 6's error lines.
  ...[...JS_CODE, ...PYTHON_CODE].map(([line, why]) => formatFailure({ sent: show(line), expected: `a line "error: <reason>" (${why})`, received: 'the line "7"' })),
];

test('texts no broken fixture produces have their French too', () => {
  expect(RARE.flatMap((text) => frenchFailure(text).untranslated)).toEqual([]);
  const events = ['could not start: spawn python3 ENOENT', 'listening on 127.0.0.1:4000', 'checker stopped reading', '/nick, then refused nicks', '/who, /msg', "step 6's commands", 'each of the 6 clients sends 25 chat lines at once'];
  expect(events.flatMap((e) => frenchEvent(e).untranslated)).toEqual([]);
});

test('a result in French: failure, events, speakers and the checker\'s notes translated, what went over the wire untouched', () => {
  const step = findStep(1)!;
  const result: CheckResult = {
    id: 'echo', title: 'replies "echo: L" to a line L', status: 'fail', durationMs: 2000, points: 0, maxPoints: 2,
    message: formatFailure({ sent: show('hello\n'), expected: 'the line "echo: hello"', received: 'nothing within 2 s' }),
    transcript: [
      { at: 1, who: 'server', dir: '·', text: 'started server (PORT=4000)' },
      { at: 2, who: 'A', dir: '→', text: '"hello\\n"' },
      { at: 3, who: 'server stdout', dir: '←', text: 'exited with code 0' },
      { at: 4, who: 'A', dir: '←', text: 'echo: hello (no newline)' },
      { at: 5, who: 'B', dir: '→', text: '"é\\n" one byte at a time' },
      { at: 6, who: 'checker', dir: '·', text: '3 more entries not kept' },
    ],
  };
  const french = localizeResult(step, result, 'fr');
  expect(french.message).toBe('sent:     "hello\\n"\nexpected: la ligne "echo: hello"\nreceived: rien en 2 s');
  expect(french.transcript!.map((e) => e.text)).toEqual([
    'serveur démarré (PORT=4000)',
    '"hello\\n"',
    'exited with code 0',
    'echo: hello (sans saut de ligne)',
    '"é\\n" octet par octet',
    frenchEvent('3 more entries not kept').text,
  ]);
  expect(french.transcript!.map((e) => e.who)).toEqual(['serveur', 'A', 'serveur stdout', 'A', 'B', 'correcteur']);
  expect(localizeResult(step, result, 'en')).toBe(result);
});

/** A submission of step 1 written on the spot: server.* holding `source`. */
function submission(name: string, file: string, source: string): string {
  const dir = join(tempDir(`fr-${name}`), '01-blocking-accept');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), source);
  return dir;
}

test('submissions that fail before any exchange: every text reads in French', async () => {
  const fixture = (name: string): [string, string, string[], string] => {
    const dir = join(FIXTURES, 'pathological', name);
    return [name, join(dir, '01-blocking-accept'), JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8')).fails, dir];
  };
  const leaver = [
    "import { spawn } from 'node:child_process';",
    "import { createServer } from 'node:net';",
    "spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' }).unref();",
    'createServer().listen(Number(process.env.PORT), process.env.HOST);',
  ].join('\n');
  // Not the fixtures on fixed ports: grade-class.test.ts may run them at the same time.
  const runs: [string, string, string[], string?][] = [
    ...['missing', 'crashes-at-start', 'never-listens', 'ignores-sigterm'].map(fixture),
    ['does-not-compile', submission('compile', 'server.ts', 'const x: number = ;\n'), ['waits']],
    ['leaves-a-process', submission('leftover', 'server.mjs', leaver), ['waits']],
  ];
  const coverage = new FrenchCoverage();
  const seen: string[] = [];
  await Promise.all(
    runs.map(async ([name, dir, only, fixtureDir]) => {
      const result = await checkDir(1, dir, only);
      coverage.add(result, name);
      if (fixtureDir) await expectRecorded(expect, result, fixtureDir);
      for (const c of result.checks) seen.push(c.message ?? '', ...(c.transcript ?? []).map((e) => e.text));
    }),
  );
  // Each run reached the failure it is here for.
  for (const text of ['no server program', 'does not compile', 'exited (code 1) before accepting', 'nothing listens on that port', 'after SIGTERM: killed', 'left pid']) {
    expect(seen.join('\n')).toContain(text);
  }
  expect(coverage.untranslated()).toEqual([]);
}, 40_000);
