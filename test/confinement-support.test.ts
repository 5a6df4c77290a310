// Fail closed: where the sandbox cannot be made, `npm run grade` runs
// nothing, says why in a few lines and how to fix it; `--unconfined` is the
// explicit way past, and `npm run step --confine` refuses the same way.
import { chmodSync, closeSync, existsSync, openSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { sandboxed } from '../checks/confine/program-sandbox.ts';
import { SandboxInfo } from '../checks/confine/sandboxed-process.ts';
import { expect, test } from 'vitest';
import { addKitCopy, runGrade, tempDir } from './helpers/grade.ts';
import { KIT_ROOT } from './helpers/kit.ts';

/** A PATH with node and python3 but no bwrap, or a bwrap that cannot create namespaces. */
function pathWith(bwrap: 'none' | 'no-namespaces'): string {
  const bin = join(tempDir('path'), 'bin');
  mkdirSync(bin);
  symlinkSync(process.execPath, join(bin, 'node'));
  const python = spawnSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).stdout.trim();
  symlinkSync(python, join(bin, 'python3'));
  if (bwrap === 'no-namespaces') {
    // What bwrap says where unprivileged user namespaces are turned off.
    writeFileSync(join(bin, 'bwrap'), '#!/bin/sh\n[ "$1" = --version ] && { echo "bubblewrap 0.8.0"; exit 0; }\necho "bwrap: No permissions to create new namespace, likely because the kernel does not allow non-privileged user namespaces." >&2\nexit 1\n');
    chmodSync(join(bin, 'bwrap'), 0o755);
  }
  return bin;
}

async function gradeWith(bwrap: 'none' | 'no-namespaces', extra: string[] = []) {
  const classDir = tempDir('unconfinable');
  addKitCopy(classDir, 'reference', 'solutions');
  const out = join(tempDir('unconfinable-out'), 'out');
  const run = await runGrade([classDir, '--out', out, '--steps', '1', ...extra], { env: { PATH: pathWith(bwrap) } });
  return { run, out };
}

test('no bwrap: nothing runs, the message says to install bubblewrap, and how to grade anyway', async () => {
  const { run, out } = await gradeWith('none');
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/cannot confine the students' programs: bubblewrap \(the bwrap command\) is not installed/);
  expect(run.stderr).toMatch(/fix: install it: sudo apt-get install bubblewrap/);
  expect(run.stderr).toMatch(/--unconfined \(every report is then marked so\)/);
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(6);
  expect(existsSync(out)).toBe(false);
});

test('namespaces refused: the message names the sysctl that allows them', async () => {
  const { run, out } = await gradeWith('no-namespaces');
  expect(run.code).toBe(3);
  expect(run.stderr).toMatch(/bubblewrap cannot create the namespaces grading needs here \(bwrap: No permissions to create new namespace/);
  expect(run.stderr).toMatch(/kernel\.apparmor_restrict_unprivileged_userns=0/);
  expect(existsSync(out)).toBe(false);
});

test('--unconfined grades anyway, and says so', async () => {
  const { run, out } = await gradeWith('none', ['--unconfined']);
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/UNCONFINED: graded with --unconfined/);
  expect(existsSync(join(out, 'grades.json'))).toBe(true);
});

test('npm run step --confine refuses the same way, in one short message', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(KIT_ROOT, 'checks', 'cli', 'step.ts'), '1', '--solution', '--confine'], {
    cwd: KIT_ROOT,
    env: { ...process.env, PATH: pathWith('none'), LAB_LANG: 'en', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status).toBe(3);
  expect(run.stderr).toMatch(/^--confine: cannot confine the programs here: bubblewrap \(the bwrap command\) is not installed/);
  expect(run.stderr).toMatch(/or run the same command without --confine/);
  expect(run.stdout).toBe('');
});

test('npm run step --confine: the same verdict as without, in the sandbox grading uses', () => {
  // Step 6's reference imports step 5's evaluator: the sibling step folder comes along, read-only.
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(KIT_ROOT, 'checks', 'cli', 'step.ts'), '6', '--solution', '--confine', '--json'], {
    cwd: KIT_ROOT,
    env: { ...process.env, LAB_LANG: 'en', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
  const result = JSON.parse(run.stdout);
  expect(result.dir).toBe(join(KIT_ROOT, 'solutions', '06-commands'));
  expect(result.checks.filter((c: { status: string }) => c.status !== 'pass')).toEqual([]);
}, 60_000);

test('a sandbox whose checker is already gone when it starts ends by itself', async () => {
  // fd 4 is the checker's liveness: /dev/null is an end of file from the start, as when the checker
  // is killed between starting bwrap and the program's start. Twenty at once: the watcher then often
  // fires before the program exists, which its kill -1 alone would miss.
  const dir = tempDir('orphan-sandbox');
  chmodSync(dir, 0o755);
  const s = sandboxed({ dir, argv: ['sleep', '30'], env: {} });
  const runs = Array.from({ length: 20 }, async () => {
    const devNull = openSync('/dev/null', 'r');
    // As the user the checker runs as (root's python prefix is staged by the submission's sandbox, absent here).
    // bwrap tells its child's pid in a file: into a pipe whose reader is gone, bwrap would die
    // before letting its child start, and leave that child stuck for ever.
    const info = new SandboxInfo();
    const child = spawn(s.command, ['--info-fd', '5', ...s.args], { env: s.env, stdio: ['ignore', 'ignore', 'pipe', 'pipe', devNull, info.fd] });
    closeSync(devNull);
    info.close();
    child.on('exit', () => info.remove());
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    const code = await new Promise<number | null | 'still running'>((resolve) => {
      const timer = setTimeout(() => resolve('still running'), 10_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    if (code === 'still running') child.kill('SIGKILL');
    return { code, bwrapError: /bwrap:.*/.exec(stderr)?.[0] };
  });
  // Ended by the watcher (137), not after the program's 30 s; and started (no bwrap error).
  expect(await Promise.all(runs)).toEqual(Array(20).fill({ code: 137, bwrapError: undefined }));
}, 30_000);
