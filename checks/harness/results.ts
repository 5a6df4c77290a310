// The result of running a step: one shape that every renderer (terminal,
// JSON, JUnit, CSV, HTML) reads. A failure, a skip and the transcript's
// events are data (catalog Messages); `message`, `hint` and `text` are their
// English, as --json and the grading reports have always had them.
import type { Cause } from './failure.ts';
import type { Message, Text } from '../i18n/index.ts';

export type Status = 'pass' | 'fail' | 'skip';

export interface TranscriptEntry {
  /** Milliseconds since the check started. */
  at: number;
  /** Who speaks: "A", "server", "client stdin", "fake server"… */
  who: string;
  /** → sent by the checker, ← received by the checker, · an event. */
  dir: '→' | '←' | '·';
  text: string;
  /** The kit's own words in this row (an event, a note on wire text), as data: `text` is their English. */
  message?: Message;
}

/** Why a check failed, as data (the renderers word it; `message` is its English). */
export interface FailureData {
  sent?: Text;
  /** Absent for a one-line failure: a program that could not be started, `received` says why. */
  expected?: Text;
  received: Text;
  /** A hint about this failure, more precise than the check's first hint. */
  hint?: Text;
  cause: Cause;
  /** Who must act: the student, or the kit (a bug in the checker). */
  blame: 'student' | 'checker';
}

/** Why a check did not run: a check it needs did not pass, the run was cancelled, or grading's time budget for the step ran out. */
export type SkipReason = { reason: 'needs'; check: string } | { reason: 'cancelled' } | { reason: 'budget'; seconds: number };

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
  /** The failure, as data. */
  failure?: FailureData;
  /** Why it was skipped, as data. */
  skip?: SkipReason;
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
