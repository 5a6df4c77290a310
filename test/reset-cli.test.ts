// npm run reset -- N: the starter comes back, the student's files go to a
// backup first, and the step no longer shows as passed.
import { mkdirSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from './helpers/grade.ts';
import { KIT_ROOT, runCli } from './helpers/kit.ts';

function setUp() {
  const root = tempDir('reset');
  const steps = join(root, 'steps');
  const own = join(steps, '02-receive-loop');
  mkdirSync(own, { recursive: true });
  writeFileSync(join(own, 'server.ts'), '// my own work\n');
  const progress = join(root, 'progress.json');
  writeFileSync(progress, JSON.stringify({ steps: { 2: { status: 'passed', at: '2026-01-01T00:00:00Z', hintsSeen: { 'echo-lines': 2 } } } }));
  const env = { LAB_STEPS_DIR: steps, LAB_BACKUP_DIR: join(root, 'backups'), LAB_PROGRESS_FILE: progress };
  return { root, own, progress, env };
}

test('puts the starter back, keeps a backup, forgets the verdict but not the hints seen', async () => {
  const { root, own, progress, env } = setUp();
  const run = await runCli('reset', ['2', '--yes'], env);
  expect(run.code).toBe(0);
  expect(readFileSync(join(own, 'server.ts'), 'utf8')).toBe(readFileSync(join(KIT_ROOT, '.starters', '02-receive-loop', 'server.ts'), 'utf8'));
  const [stamp] = readdirSync(join(root, 'backups', '02-receive-loop'));
  expect(readFileSync(join(root, 'backups', '02-receive-loop', stamp, 'server.ts'), 'utf8')).toBe('// my own work\n');
  expect(run.stdout).toContain('The starter is back. Your previous files are in');
  const saved = JSON.parse(readFileSync(progress, 'utf8')).steps['2'];
  expect(saved.status).toBeUndefined();
  expect(saved.hintsSeen).toEqual({ 'echo-lines': 2 });
});

test('bad input: one line saying what is wrong, the usage, exit 2, nothing touched', async () => {
  const { own, env } = setUp();
  for (const args of [['9', '--yes'], ['--yes'], ['2']]) {
    const run = await runCli('reset', args, env);
    expect(run.code, args.join(' ')).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[1]).toMatch(/^usage: npm run reset -- N/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }
  expect(readFileSync(join(own, 'server.ts'), 'utf8')).toBe('// my own work\n');
  expect(existsSync(join(own, 'client.ts'))).toBe(false);
});
