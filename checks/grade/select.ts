// Which steps to grade: `--steps 1-3,5` names steps and ranges of steps.
import type { Step } from '../harness/types.ts';
import { STEPS, findStep } from '../steps.ts';
import { UsageError } from '../cli/args.ts';
import { msg } from '../i18n/index.ts';

/** "1-3,5" → steps 1, 2, 3 and 5 (a range skips numbers the kit has no step for). */
export function parseStepList(raw: string): Step[] {
  const numbers = new Set<number>();
  for (const part of raw.split(',').map((p) => p.trim())) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!range) throw new UsageError(msg('grade.steps.format', { raw }));
    const from = Number(range[1]);
    const to = Number(range[2] ?? range[1]);
    if (to < from) throw new UsageError(msg('grade.steps.backwards', { raw, part }));
    // A range takes the steps the kit has within it; a single number must be one.
    const inRange = STEPS.filter((s) => s.step >= from && s.step <= to).map((s) => s.step);
    if (inRange.length === 0 || (!range[2] && !findStep(from))) {
      throw new UsageError(msg('grade.steps.noStep', { raw, part, steps: STEPS.map((s) => s.step).join(', ') }));
    }
    inRange.forEach((n) => numbers.add(n));
  }
  return [...numbers].sort((a, b) => a - b).map((n) => findStep(n)!);
}
