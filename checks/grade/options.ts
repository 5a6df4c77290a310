// What grading a class is asked to do, and what it gives back: shapes shared
// by the grader (run.ts) and confined grading (confine/grade-confined.ts).
import type { Step, StepResult } from '../harness/types.ts';
import type { Submission } from './discover.ts';

export interface SubmissionGrade {
  name: string;
  dir: string;
  points: number;
  maxPoints: number;
  steps: StepResult[];
}

export interface GradeOptions {
  /** Submissions graded side by side: this many times the number of steps are in flight. */
  jobs: number;
  /** Past this, counted from its first check's start, a step's unfinished checks are cancelled (skipped, 0 points). */
  budgetMs: number;
  /** Checks of one step run at once (the runner's default when absent). */
  concurrency?: number;
  /** Ctrl-C: start nothing more. */
  signal?: AbortSignal;
  onStepStart?: (sub: Submission, step: Step) => void;
  onStepDone?: (sub: Submission, result: StepResult) => void;
  /** Called once all steps of a submission are graded, in any order. */
  onSubmissionDone?: (grade: SubmissionGrade) => void;
  /** Each submission is checked in its own sandbox (confine/), its programs each in a further one. */
  confine?: boolean;
}

/** What grading one step needs to know (also inside a submission's sandbox). */
export type StepGradeOptions = Pick<GradeOptions, 'budgetMs' | 'concurrency' | 'signal'>;
