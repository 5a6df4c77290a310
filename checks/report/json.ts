// The machine-readable result: one JSON document, the shape of LAB-CONTRACT §3.
import type { StepResult } from '../harness/types.ts';

/** A step's result as JSON shows it; grading's reports reuse it, so the check objects stay the same. */
export function stepJson(result: StepResult) {
  const { step, slug, title, dir, passed, points, maxPoints, programs, ignored, notes, checks } = result;
  return { step, slug, title, dir, passed, points, maxPoints, programs, ignored, notes, checks };
}

export function renderJson(result: StepResult): string {
  return `${JSON.stringify(stepJson(result), null, 2)}\n`;
}
