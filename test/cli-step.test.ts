// The `npm run step` contract, tested by running the real command.
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { FIXTURES, KIT_ROOT, markedProcesses, runCli } from './helpers/kit.ts';

describe('npm run step: usage errors exit 2 with one clear line, no stack trace', () => {
  test.concurrent.each([
    [['9'], /no step "9"/],
    [['zero'], /no step "zero"/],
    [[], /which step\?/],
    [['1', '--bogus'], /Unknown option '--bogus'/],
    [['1', '--dir', '/no/such/folder'], /--dir \/no\/such\/folder: no such folder/],
    [['1', '--dir', 'package.json'], /not a folder/],
    [['1', '--solution', '--dir', '.'], /give one/],
    [['1', '2'], /one step at a time/],
  ])('%j', async (args, message) => {
    const run = await runCli('step', args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^usage: npm run step -- N/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

test.concurrent.each([
  [['9'], /^erreur : pas d'étape "9" : les étapes vont de 1 à 8$/],
  [['1', '--bogus'], /^erreur : option inconnue --bogus$/],
  [['1', '--dir', '/nulle/part'], /^erreur : --dir \/nulle\/part : ce dossier n'existe pas$/],
])('in French (LAB_LANG=fr), usage errors too: %j', async (args, message) => {
  const run = await runCli('step', args, { LAB_LANG: 'fr' });
  expect(run.code).toBe(2);
  expect(run.stderr.split('\n')[0]).toMatch(message);
});

describe('npm run step: results', () => {
  test('--solution passes: exit 0, last line "N passed, 0 failed"', async () => {
    const run = await runCli('step', ['1', '--solution']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });

  test('the untouched starter fails: exit 1, with sent / expected / received and a hint', async () => {
    const run = await runCli('step', ['1', '--dir', '.starters/01-blocking-accept'], { INIT_CWD: KIT_ROOT });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('expected: the line "echo: hello world"');
    expect(run.stdout).toContain('received: nothing within 2 s');
    expect(run.stdout).toContain('hint:');
    expect(run.stdout).toContain('transcript');
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(/^\d+ passed, \d+ failed, \d+ skipped$/);
  });

  test('--json prints one JSON document and nothing else', async () => {
    const run = await runCli('step', ['2', '--dir', '.starters/02-receive-loop', '--json'], { INIT_CWD: KIT_ROOT });
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toMatchObject({ step: 2, passed: false });
    expect(doc.dir).toMatch(/\.starters[/\\]02-receive-loop$/);
    for (const check of doc.checks) {
      expect(Object.keys(check)).toEqual(expect.arrayContaining(['id', 'title', 'status', 'durationMs']));
      expect(['pass', 'fail', 'skip']).toContain(check.status);
      expect(typeof check.durationMs).toBe('number');
      if (check.status !== 'pass') expect(typeof check.message).toBe('string');
    }
  });

  test('--dir checks any folder, relative to where the command was typed', async () => {
    const run = await runCli('step', ['1', '--dir', 'solutions/01-blocking-accept', '--json'], { INIT_CWD: join(FIXTURES, '..', '..') });
    expect(JSON.parse(run.stdout).passed).toBe(true);
    expect(run.code).toBe(0);
  });

  test('a folder without programs fails each check by naming the files it looked for', async () => {
    const run = await runCli('step', ['1', '--dir', FIXTURES, '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.checks[0].message).toMatch(/no server program: looked for server\.ts, server\.mjs, server\.js, server\.py in /);
    expect(doc.checks.some((c: { internal?: boolean }) => c.internal)).toBe(false);
  });
});

test('no process outlives the command runs', () => {
  expect(markedProcesses()).toEqual([]);
});
