// The grade command's contract, run as users run it: usage errors are one
// line plus the usage and exit code 2, touching nothing; Ctrl-C stops every
// program and keeps what was already graded.
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { addFixture, PATHOLOGICAL, runGrade, tempDir } from './helpers/grade.ts';
import { FIXTURES, markedProcesses } from './helpers/kit.ts';

test('usage errors: one line, the usage, exit code 2, nothing written', async () => {
  const root = tempDir('usage');
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const classDir = join(root, 'class');
  addFixture(classDir, join(FIXTURES, 'python-student'), 'ada');
  const aFile = join(root, 'file.txt');
  writeFileSync(aFile, 'not a folder');
  const out = join(root, 'out');
  const cases: [string[], RegExp][] = [
    [[], /which class\?/],
    [[join(root, 'nowhere'), '--out', out], /no such folder/],
    [[aFile, '--out', out], /not a folder/],
    [[empty, '--out', out], /no submissions/],
    [[classDir, '--out', out, '--steps', '99'], /no step 99/],
    [[classDir, '--out', out, '--steps', 'one'], /step numbers and ranges/],
    [[classDir, '--out', out, '--jobs', '0'], /--jobs 0/],
    [[classDir, '--out', aFile], /--out .*not a folder/],
    [[classDir, '--out', out, '--colour'], /unknown option/i],
  ];
  const runs = await Promise.all(cases.map(([args]) => runGrade(args)));
  for (const [i, r] of runs.entries()) {
    const [args, message] = cases[i];
    const lines = r.stderr.trimEnd().split('\n');
    expect(r.code, `grade ${args.join(' ')}: ${r.stderr}`).toBe(2);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^usage: npm run grade -- FOLDER/);
    expect(lines).toHaveLength(2);
    expect(r.stdout).toBe('');
  }
  expect(existsSync(out)).toBe(false);
});

test('--help prints the usage and exits 0', async () => {
  const r = await runGrade(['--help']);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^usage: npm run grade -- FOLDER/);
});

test('Ctrl-C stops every program, keeps the finished submissions, and exits 130', async () => {
  const root = tempDir('interrupt');
  const classDir = join(root, 'class');
  // "a-" grades first and quickly (nothing to start); "b-" hangs in readiness waits.
  addFixture(classDir, join(PATHOLOGICAL, 'missing'), 'a-missing');
  addFixture(classDir, join(PATHOLOGICAL, 'never-listens'), 'b-never-listens');
  const out = join(root, 'out');
  let interrupted = false;
  const run = await runGrade([classDir, '--out', out, '--steps', '1', '--jobs', '1'], {
    onStart: (pid) => {
      // Wait (bounded) until the hanging submission's server runs, then press Ctrl-C.
      const deadline = Date.now() + 20_000;
      const poll = setInterval(() => {
        if (markedProcesses(pid).length > 0 || Date.now() > deadline) {
          clearInterval(poll);
          interrupted = true;
          process.kill(pid, 'SIGINT');
        }
      }, 50);
    },
  });
  expect(interrupted).toBe(true);
  expect(run.code).toBe(130);
  expect(run.stderr).toMatch(/interrupted: every program was stopped/);
  expect(markedProcesses(run.pid)).toEqual([]);
  const grades = JSON.parse(readFileSync(join(out, 'grades.json'), 'utf8'));
  expect(grades.complete).toBe(false);
  expect(grades.submissions.map((s: { name: string }) => s.name)).toEqual(['a-missing']);
  expect(readFileSync(join(out, 'grades.csv'), 'utf8')).toMatch(/^a-missing,0,0,\d+\r?$/m);
}, 40_000);
