// The student's progress, kept between runs in .lab-progress.json at the
// kit's root (git-ignored: it is theirs, not the kit's): each step's last
// result and how many hints of each check they have seen. LAB_PROGRESS_FILE
// points elsewhere (the kit's own tests use it so as not to touch a
// student's file).
import type { Text } from './i18n/index.ts';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { KIT_ROOT } from './harness/compile.ts';
import type { Step, StepResult } from './harness/types.ts';
import { findStep, kitDir } from './steps.ts';

export type StepStatus = 'passed' | 'failed' | 'untried';

export interface StepProgress {
  /** The last run's verdict; absent once the step was reset to its starter. */
  status?: 'passed' | 'failed';
  /** ISO time of the last check. */
  at: string;
  /** Id of the first check that failed in the last run, if any. */
  firstFailing?: string;
  /** Hints seen per check id (the first is seen on the first failure). */
  hintsSeen?: Record<string, number>;
}

export interface Progress {
  steps: Record<string, StepProgress>;
}

export function progressFile(): string {
  return process.env.LAB_PROGRESS_FILE || join(KIT_ROOT, '.lab-progress.json');
}

export function loadProgress(file = progressFile()): Progress {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    if (data && typeof data.steps === 'object' && data.steps) return { steps: data.steps };
  } catch {
    // missing or unreadable: a fresh start, never a crash
  }
  return { steps: {} };
}

export function saveProgress(progress: Progress, file = progressFile()): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename: a Ctrl-C mid-write never leaves half a file.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(progress, null, 2)}\n`);
  renameSync(tmp, file);
}

export function stepStatus(progress: Progress, step: number): StepStatus {
  return progress.steps[step]?.status ?? 'untried';
}

/** Records a run of the student's own step (not the reference, not another folder). */
export function recordResult(result: StepResult, file = progressFile(), step = findStep(result.step)): void {
  const progress = loadProgress(file);
  const before = progress.steps[result.step];
  const failing = result.checks.find((c) => c.status === 'fail' && !c.internal);
  const firstFailing = failing?.id;
  const hintsSeen = { ...before?.hintsSeen };
  // A failure that showed its check's first hint: that one is seen. One
  // that showed a hint of its own (about this very failure) uses none up.
  const hints = step?.checks.find((c) => c.id === firstFailing)?.text.hints;
  if (failing && (!hints || sameText(failing.failure?.hint, hints[0]))) hintsSeen[failing.id] = Math.max(hintsSeen[failing.id] ?? 0, 1);
  progress.steps[result.step] = {
    status: result.passed ? 'passed' : 'failed',
    at: new Date().toISOString(),
    ...(firstFailing ? { firstFailing } : {}),
    ...(Object.keys(hintsSeen).length ? { hintsSeen } : {}),
  };
  saveProgress(progress, file);
}

/** The step was put back to its starter: its last verdict no longer holds (the hints seen still do). */
export function forgetResult(step: number, file = progressFile()): void {
  const progress = loadProgress(file);
  const entry = progress.steps[step];
  if (!entry) return;
  progress.steps[step] = { at: new Date().toISOString(), ...(entry.hintsSeen ? { hintsSeen: entry.hintsSeen } : {}) };
  saveProgress(progress, file);
}

/** Notes that `count` hints of a check have been seen. */
export function recordHintsSeen(step: number, checkId: string, count: number, file = progressFile()): void {
  const progress = loadProgress(file);
  const entry = progress.steps[step] ?? { status: 'failed', at: new Date().toISOString() };
  entry.hintsSeen = { ...entry.hintsSeen, [checkId]: Math.max(entry.hintsSeen?.[checkId] ?? 0, count) };
  progress.steps[step] = entry;
  saveProgress(progress, file);
}

export function hintsSeen(progress: Progress, step: number, checkId: string): number {
  return progress.steps[step]?.hintsSeen?.[checkId] ?? 0;
}

/** Only a run of the student's own folder of the step counts as progress. */
export function recordIfOwn(step: Step, dir: string, result: StepResult, file = progressFile()): void {
  if (resolve(dir) === kitDir(step, 'steps')) recordResult(result, file, step);
}

/** The same sentence: the same catalog id with the same values (or the same legacy text). */
function sameText(a: Text | undefined, b: Text | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
