// The folder the menu works on for a step: the kit's steps/NN-slug/, or
// LAB_STEPS_DIR/NN-slug/ when set (the kit's own tests point the menu at
// programs of their choosing, so they do not depend on the student's work).
import { join } from 'node:path';
import type { Step } from '../harness/types.ts';
import { kitDir } from '../steps.ts';

export function studentDir(step: Step): string {
  const root = process.env.LAB_STEPS_DIR;
  return root ? join(root, step.slug) : kitDir(step, 'steps');
}
