// What the grader tells a submission's worker (on its command line) and what
// the worker reports back (JSON lines on stdout).
import type { StepResult } from '../harness/types.ts';

export interface WorkerTask {
  steps: { step: number; dir: string; notes: string[] }[];
  budgetMs: number;
  concurrency?: number;
}

export type WorkerEvent = { event: 'start'; step: number } | { event: 'done'; result: StepResult };
