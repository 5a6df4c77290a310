// Failures in French, said from the catalogs: the harness's sentences
// (connections, programs, deadlines, processes left behind) as a French
// reader meets them, quoted wire text and a program's stderr kept as they
// are; and real runs of the submissions that fail before any exchange
// (missing, not compiling, crashing, never listening, ignoring SIGTERM,
// leaving a process behind), their output recorded next to their
// expect.json (helpers/recorded-output.ts; rewrite: npm run record-outputs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { show, showAll, joined } from '../checks/harness/failure.ts';
import { exitBrief, exitedAs } from '../checks/harness/program.ts';
import type { CheckResult, FailureData } from '../checks/harness/types.ts';
import { msg, render } from '../checks/i18n/index.ts';
import { failureText, localizeResult, localizeRow } from '../checks/report/localize.ts';
import { Transcript } from '../checks/harness/transcript.ts';
import { findStep } from '../checks/steps.ts';
import { KeyedCoverage } from './helpers/keyed-coverage.ts';
import { tempDir } from './helpers/grade.ts';
import { checkDir, FIXTURES } from './helpers/kit.ts';
import { expectRecorded } from './helpers/recorded-output.ts';

const failure = (f: Omit<FailureData, 'cause' | 'blame'>): FailureData => ({ ...f, cause: 'wrong-reply', blame: 'student' });
const stderr = '            Error: read ECONNRESET\n            at file:///x/server.mjs:3';

test.each([
  [
    failure({ sent: show('hello world\n'), expected: msg('received.line', { q: show('echo: hello world') }), received: msg('received.nothingWithin', { time: '2 s' }) }),
    'envoyé :  "hello world\\n"\nattendu : la ligne "echo: hello world"\nreçu :    rien en 2 s',
  ],
  [
    // Quoted text is the program's or the checker's own: English inside it stays, escapes too; a cut text says its length.
    failure({ sent: msg('sent.split', { q: show('nothing within 2 s\n') }), expected: msg('received.line', { q: show('the line "x"') }), received: msg('received.line', { q: show('x'.repeat(200)) }) }),
    `envoyé :  "nothing within 2 s\\n" coupé au milieu d'un caractère\nattendu : la ligne "the line \\"x\\""\nreçu :    la ligne "${'x'.repeat(107)}…" (200 caractères)`,
  ],
  [
    failure({
      expected: msg('expected.exitCodeWhy', { name: msg('program.server'), code: 0, why: msg('expected.checkGoesOn') }),
      received: msg('received.withStderr', { text: msg('received.itExited', { how: exitedAs({ code: 1, signal: null }) }), stderr }),
    }),
    `attendu : que le serveur se termine avec le code 0 que la vérification continue\nreçu :    il s'est terminé avec le code 1 ; il a écrit sur stderr :\n${stderr}`,
  ],
  [
    // A command line may hold "; " too: the list of processes is data, joined by the catalog's own separator.
    failure({
      expected: msg('expected.nothingOutlives'),
      received: msg('received.leftRunning', {
        processes: joined([msg('left.process', { name: msg('program.server'), process: msg('left.pidCommand', { pid: 12, command: 'sh -c sleep 9; true' }) }), msg('left.process', { name: msg('program.client'), process: msg('left.pid', { pid: 13 }) })], 'list.semicolons'),
      }),
    }),
    'attendu : que rien de ce que le programme a lancé ne lui survive\nreçu :    toujours en marche après l\'arrêt du programme : le serveur a laissé le processus 12 (sh -c sleep 9; true) ; le client a laissé le processus 13',
  ],
  [
    failure({ sent: msg('sent.nothingYet'), expected: msg('expected.cleanClose'), received: msg('received.stillOpenLines', { time: '2 s', lines: showAll(['a', 'b']) }) }),
    'envoyé :  (rien encore)\nattendu : une fermeture propre de la connexion (FIN)\nreçu :    la connexion encore ouverte après 2 s (et les lignes "a", "b")',
  ],
  [
    failure({ expected: msg('expected.lineContaining', { q: show('x'), name: msg('program.restartedServer') }), received: msg('received.andPartial', { text: msg('received.otherLines', { lines: showAll(['a', 'b']) }), q: show('c') }) }),
    'attendu : une ligne contenant "x" sur la sortie standard du serveur redémarré\nreçu :    d\'autres lignes : "a", "b" (et "c", encore sans fin de ligne)',
  ],
  [
    failure({ expected: msg('expected.exit', { name: msg('program.client') }), received: msg('received.thenProgramEnded', { text: msg('received.otherLines', { lines: showAll(['a']) }), exit: exitBrief({ code: 13, signal: null }) }) }),
    'attendu : que le client se termine\nreçu :    d\'autres lignes : "a" ; puis le programme s\'est terminé (code 13 : un await de premier niveau ne s\'est jamais terminé)',
  ],
  [failure({ received: msg('start.missing', { role: msg('program.client'), files: 'client.ts, client.mjs', dir: '/tmp/x' }) }), 'pas de programme client : cherché client.ts, client.mjs dans /tmp/x'],
])('a failure in French %#', (f, french) => {
  expect(failureText(f, 'fr')).toBe(french);
});

test('the same failure in English is the JSON message, label for label', () => {
  const f = failure({ sent: show('hi\n'), expected: msg('received.line', { q: show('echo: hi') }), received: msg('received.itExited', { how: exitedAs({ code: null, signal: 'SIGKILL' }) }) });
  expect(failureText(f, 'en')).toBe('sent:     "hi\\n"\nexpected: the line "echo: hi"\nreceived: it exited with signal SIGKILL');
  expect(render('fr', f.received)).toBe('il a été arrêté par le signal SIGKILL');
});

test('a result in French: failure, events, speakers and the checker\'s notes said in French, what went over the wire untouched', () => {
  const step = findStep(1)!;
  const f = failure({ sent: show('hello\n'), expected: msg('received.line', { q: show('echo: hello') }), received: msg('received.nothingWithin', { time: '2 s' }) });
  const row = (at: number, who: string, dir: '→' | '←' | '·', text: string | ReturnType<typeof msg>) =>
    typeof text === 'string' ? { at, who, dir, text } : { at, who, dir, text: render('en', text), message: text };
  const result: CheckResult = {
    id: 'echo', title: 'replies "echo: L" to a line L', status: 'fail', durationMs: 2000, points: 0, maxPoints: 2,
    message: failureText(f, 'en'),
    failure: f,
    transcript: [
      row(1, 'server', '·', msg('event.started', { role: msg('program.server'), port: '4000' })),
      row(2, 'A', '→', '"hello\\n"'),
      row(3, 'server stdout', '←', 'exited with code 0'),
      row(4, 'A', '←', msg('wire.noNewline', { line: 'echo: hello' })),
      row(5, 'B', '→', msg('sent.bytes', { q: '"é\\n"' })),
      row(6, 'checker', '·', msg('event.moreEntries', { n: 3 })),
    ],
  };
  const french = localizeResult(step, result, 'fr');
  expect(french.message).toBe('envoyé :  "hello\\n"\nattendu : la ligne "echo: hello"\nreçu :    rien en 2 s');
  expect(french.transcript!.map((e) => e.text)).toEqual([
    'serveur démarré (PORT=4000)',
    '"hello\\n"',
    'exited with code 0',
    'echo: hello (sans saut de ligne)',
    '"é\\n" octet par octet',
    '3 entrées de plus non conservées',
  ]);
  expect(french.transcript!.map((e) => e.who)).toEqual(['serveur', 'A', 'serveur stdout', 'A', 'B', 'correcteur']);
  expect(localizeResult(step, result, 'en')).toBe(result);
});

test('what a program sent stays visible in the transcript, escapes and all, whatever words surround it', () => {
  const t = new Transcript();
  t.add('A', '←', 'a\x1b[2Jb\r');
  t.add('A', '←', msg('wire.noNewline', { line: 'c\x1b[2Jd\r' }));
  const rows = t.snapshot();
  expect(rows.map((e) => e.text)).toEqual(['a\\x1b[2Jb\\r', 'c\\x1b[2Jd\\r (no newline)']);
  expect(localizeRow(rows[1], 'fr').text).toBe('c\\x1b[2Jd\\r (sans saut de ligne)');
});

/** A submission of step 1 written on the spot: server.* holding `source`. */
function submission(name: string, file: string, source: string): string {
  const dir = join(tempDir(`fr-${name}`), '01-blocking-accept');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, file), source);
  return dir;
}

test('submissions that fail before any exchange: every text has its id, and reads as recorded in both languages', async () => {
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
  const coverage = new KeyedCoverage();
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
  expect(coverage.unkeyed()).toEqual([]);
}, 40_000);
