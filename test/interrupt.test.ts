// Ctrl-C in the middle of a run: the run stops at once and nothing it
// started survives. The command tree is tagged through its environment.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { expect, test } from 'vitest';
import { KIT_ROOT, processesWithEnv } from './helpers/kit.ts';

async function until(test: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (test()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return test();
}

test('Ctrl-C during `npm run step 3` stops every program it started', async () => {
  const tag = randomUUID();
  // Detached: its own process group, as a terminal's foreground job is; Ctrl-C signals that group.
  const npm = spawn('npm', ['run', 'step', '--', '3', '--solution'], {
    cwd: KIT_ROOT,
    detached: true,
    env: { ...process.env, LAB_TEST_TAG: tag, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  npm.stdout.on('data', (d) => (out += d));
  npm.stderr.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => npm.on('close', (code) => r(code)));

  // Wait until the checks have started programs of their own (more than npm, sh and the CLI).
  const running = await until(() => processesWithEnv('LAB_TEST_TAG', tag).length > 4, 10_000);
  expect(running, out).toBe(true);
  process.kill(-npm.pid!, 'SIGINT');
  const code = await exited;

  expect(code).not.toBe(0);
  expect(out).toContain('interrupted');
  expect(out).not.toMatch(/\n\s+at /);
  const left = await until(() => processesWithEnv('LAB_TEST_TAG', tag).length === 0, 2000);
  expect(left ? [] : processesWithEnv('LAB_TEST_TAG', tag)).toEqual([]);
});
