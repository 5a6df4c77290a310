// Helpers for the grading tests: build a class folder from the kit's own
// programs and fixtures, and run `npm run grade` as a user does, knowing
// its pid (to find what its runs left behind) and how long it took.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canListen } from '../../checks/harness/ports.ts';
import { FIXTURES, KIT_ROOT } from './kit.ts';

export const PATHOLOGICAL = join(FIXTURES, 'pathological');
/** Ports the pathological fixtures bind on their own (fixed-wrong-port, detached-grandchild). */
export const FIXED_PORTS = [18411, 18412];

/** A temporary folder inside the suite's own, which the global teardown removes. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(process.env.TCP_LAB_TEST_TMP ?? tmpdir(), `tcp-lab-${prefix}-`));
}

/** A submission that is a copy of the kit's `solutions/` or `steps/` (kit layout: steps/NN-*). */
export function addKitCopy(classDir: string, name: string, source: 'solutions' | 'steps' | '.starters'): void {
  cpSync(join(KIT_ROOT, source), join(classDir, name, 'steps'), { recursive: true });
}

export function addFixture(classDir: string, fixtureDir: string, name: string): void {
  cpSync(fixtureDir, join(classDir, name), { recursive: true });
}

export function addFile(dir: string, path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

export interface GradeRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  pid: number;
  ms: number;
}

/** `npm run grade -- ARGS` (what npm runs), from the kit root; `onStart` may signal it. */
export function runGrade(args: string[], o: { cwd?: string; env?: Record<string, string>; onStart?: (pid: number) => void } = {}): Promise<GradeRun> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(KIT_ROOT, 'checks', 'cli', 'grade.ts'), ...args], {
      cwd: o.cwd ?? KIT_ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...o.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    o.onStart?.(child.pid!);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr, pid: child.pid!, ms: Date.now() - started }));
  });
}

/** Can this port be bound on 127.0.0.1 right now (nothing left listening on it)? */
export function portIsFree(port: number): Promise<boolean> {
  return canListen(port);
}
