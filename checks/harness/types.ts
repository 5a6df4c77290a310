// The shapes every part of the kit agrees on: a step is data (a list of
// checks), and running it gives one result shape that every renderer reads.
import type { CheckContext } from './context.ts';

export type Status = 'pass' | 'fail' | 'skip';

export interface Check {
  /** Stable id, used by `needs`, JSON output and grading. */
  id: string;
  /** What the check proves, as a student reads it: "replies echo: L to a line L". */
  title: string;
  /** Which program it drives; used to skip a whole side when its file is missing. */
  role: 'server' | 'client';
  /** Ids of checks that must pass first; otherwise this one is skipped. */
  needs?: string[];
  /** Grading weight (partial credit). Defaults to 1. */
  points?: number;
  /** Progressive hints about the concept: the first is shown on failure. */
  hints: string[];
  /**
   * Loads the machine (hundreds of MB of traffic): runs once every other
   * check of the step has finished, one heavy check at a time, so that its
   * load never makes a timed check of the same run fail.
   */
  heavy?: boolean;
  /** Deadline for the whole check, in ms (default 15 s: readiness alone may take 10 s). */
  timeoutMs?: number;
  run: (t: CheckContext) => Promise<void>;
}

export interface Step {
  step: number;
  slug: string;
  title: string;
  /** The concept in one line, shown above the results. */
  concept: string;
  /**
   * The server serves clients for ever and only talks over sockets, so a
   * check that starts it with no options may, when grading, take over one
   * an earlier passing check left running (see harness/server-pool.ts).
   */
  reuseServer?: boolean;
  checks: Check[];
}

export interface TranscriptEntry {
  /** Milliseconds since the check started. */
  at: number;
  /** Who speaks: "A", "server", "client stdin", "fake server"… */
  who: string;
  /** → sent by the checker, ← received by the checker, · an event. */
  dir: '→' | '←' | '·';
  text: string;
}

export interface CheckResult {
  id: string;
  title: string;
  status: Status;
  /** Why it failed or was skipped (multi-line: sent / expected / received). */
  message?: string;
  /** The first hint, on failure. */
  hint?: string;
  /** True when the checker itself broke: not the student's fault. */
  internal?: boolean;
  durationMs: number;
  points: number;
  maxPoints: number;
  /** What was said on the wire and the programs' output, on failure. */
  transcript?: TranscriptEntry[];
}

export interface StepResult {
  step: number;
  slug: string;
  title: string;
  dir: string;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  /** The file each role ran ("server.ts"), and the files of a role left aside because another comes first. */
  programs?: Partial<Record<'server' | 'client', string>>;
  ignored?: string[];
  /** What grading refused before running anything (confined grading: a link out of the submission, a file over the cap). */
  notes?: string[];
  checks: CheckResult[];
}

export function defineStep(step: Step): Step {
  const ids = new Set<string>();
  for (const check of step.checks) {
    if (ids.has(check.id)) throw new Error(`step ${step.step}: duplicate check id ${check.id}`);
    for (const need of check.needs ?? []) {
      if (!ids.has(need)) throw new Error(`step ${step.step}: ${check.id} needs ${need}, which must come before it`);
    }
    ids.add(check.id);
  }
  return step;
}
