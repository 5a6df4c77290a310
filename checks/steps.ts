// Every step of the lab, in order. A step is data: its checks live in checks/NN-slug.ts.
import { join } from 'node:path';
import { KIT_ROOT } from './harness/compile.ts';
import { findProgram } from './harness/program.ts';
import type { Step } from './harness/types.ts';
import step1 from './01-blocking-accept.ts';
import step2 from './02-receive-loop.ts';
import step3 from './03-disconnects.ts';
import step4 from './04-non-blocking.ts';
import step5 from './05-sandboxed-eval.ts';
import step6 from './06-commands.ts';
import step7 from './07-multi-client.ts';
import step8 from './08-locks.ts';

export const STEPS: Step[] = [step1, step2, step3, step4, step5, step6, step7, step8];

export function findStep(n: number): Step | undefined {
  return STEPS.find((s) => s.step === n);
}

/** Where a step's programs live: the student's starters, the reference, or the pristine copy of the starters. */
export type Source = 'steps' | 'solutions' | '.starters';

/** The kit's own folder of a step: the starter the student edits, or the reference. */
export function kitDir(step: Step, source: Source = 'steps'): string {
  return join(KIT_ROOT, source, step.slug);
}

/** Does the folder hold a program of the step (server.* or client.*)? */
export function hasPrograms(dir: string): boolean {
  return findProgram(dir, 'server') !== undefined || findProgram(dir, 'client') !== undefined;
}
