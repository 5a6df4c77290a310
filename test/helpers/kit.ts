// Helpers for the kit's own tests: run a step's checks in-process, or the real CLI.
import { msg, type Message } from '../../checks/i18n/index.ts';
import { spawnSync, spawn } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { KIT_ROOT } from '../../checks/harness/compile.ts';
import { runStep } from '../../checks/harness/runner.ts';
import type { StepResult } from '../../checks/harness/types.ts';
import { findStep } from '../../checks/steps.ts';

export { KIT_ROOT };
export const FIXTURES = join(KIT_ROOT, 'test', 'fixtures');

/** Runs a step's checks on a folder; `only` limits the run to these checks (and what they need). */
export function checkDir(step: number, dir: string, only?: string[]): Promise<StepResult> {
  const s = findStep(step);
  if (!s) throw new Error(`no step ${step}`);
  return runStep(s, dir, { only });
}

/** Ids of the checks with a given status. */
export function ids(result: StepResult, status: 'pass' | 'fail' | 'skip'): string[] {
  return result.checks.filter((c) => c.status === status).map((c) => c.id);
}

export interface FixtureCase {
  step: number;
  name: string;
  dir: string;
  /** Check ids this broken program must fail (not skip). */
  fails: string[];
  /** Check ids it must still pass: proves the failure is on the right check. */
  passes: string[];
  why: string;
  /** Checks whose failure depends on timing (a race the check cannot settle): their recorded output shows title and verdict only. */
  wordingVaries: string[];
}

/** Every fixture folder test/fixtures/NN-slug/NAME/ with its expect.json. */
export function fixtureCases(): FixtureCase[] {
  const cases: FixtureCase[] = [];
  for (const stepDir of readdirSync(FIXTURES).sort()) {
    const step = Number(stepDir.slice(0, 2));
    if (!Number.isInteger(step) || step === 0) continue;
    for (const name of readdirSync(join(FIXTURES, stepDir)).sort()) {
      const dir = join(FIXTURES, stepDir, name);
      const expectFile = join(dir, 'expect.json');
      if (!existsSync(expectFile)) continue;
      const e = JSON.parse(readFileSync(expectFile, 'utf8'));
      cases.push({ step, name, dir, fails: e.fails ?? [], passes: e.passes ?? [], why: e.why ?? '', wordingVaries: e.wordingVaries ?? [] });
    }
  }
  return cases;
}

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a kit command the way a user does (npm's cwd is the kit root). */
export function runCli(script: string, args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join('checks', 'cli', `${script}.ts`), ...args], {
      cwd: KIT_ROOT,
      // The kit's own runs must not touch the student's progress file.
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', LAB_PROGRESS_FILE: join(tmpdir(), `tcp-lab-test-progress-${process.pid}.json`), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Live processes started by runs of `runnerPid` (default: this test process): must be none after a run. */
export function markedProcesses(runnerPid = process.pid): string[] {
  const out = spawnSync('sh', ['-c', `grep -l -a "TCP_LAB_RUN=${runnerPid}\\." /proc/[0-9]*/environ 2>/dev/null || true`], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean);
}

/** Live processes whose environment holds NAME=value: a tag a test gives a whole command tree. */
export function processesWithEnv(name: string, value: string): string[] {
  const out = spawnSync('sh', ['-c', `grep -l -a -x -z "${name}=${value}" /proc/[0-9]*/environ 2>/dev/null || true`], { encoding: 'utf8' });
  return out.stdout.split('\n').filter(Boolean).filter((f) => !f.startsWith(`/proc/${process.pid}/`));
}

/** A test's own words where the kit wants a message: shown as they are, in every language. */
export function asIs(text: string): Message {
  return msg('quote.text', { q: text });
}
