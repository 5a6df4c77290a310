// The machine-readable result: one JSON document, the shape of LAB-CONTRACT §3.
import type { StepResult } from '../harness/types.ts';

export function renderJson(result: StepResult): string {
  const { step, slug, title, dir, passed, points, maxPoints, checks } = result;
  return `${JSON.stringify({ step, slug, title, dir, passed, points, maxPoints, checks }, null, 2)}\n`;
}
