// A step whose checks never came back (a bug in the checker, or a
// submission's sandbox that died): recorded as the checker's failure.
import type { CheckResult, Step, StepResult } from '../harness/types.ts';
import { msg, render, type Text } from '../i18n/index.ts';

/**
 * Past the budget, checks already running end within their own deadline;
 * this much more is the last resort for a check that never returns (a bug
 * in the checker): the step is then recorded as the checker's failure, and
 * its programs are killed when the command exits.
 */
export const HUNG_AFTER_BUDGET_MS = 45_000;

export function hungStep(step: Step, dir: string, finished: CheckResult[], ms: number, why: Text = msg('hung.notFinished', { n: Math.round(ms / 1000) })): StepResult {
  const text = msg('internal.hung', { why });
  const checks = step.checks.map(
    (c): CheckResult =>
      finished.find((r) => r.id === c.id) ?? {
        id: c.id,
        title: c.title,
        status: 'fail',
        internal: true,
        message: render('en', text),
        failure: { received: text, cause: 'internal', blame: 'checker' },
        durationMs: ms,
        points: 0,
        maxPoints: c.points ?? 1,
      },
  );
  const points = checks.reduce((sum, c) => sum + c.points, 0);
  const maxPoints = checks.reduce((sum, c) => sum + c.maxPoints, 0);
  return { step: step.step, slug: step.slug, title: step.title, dir, passed: false, points, maxPoints, durationMs: ms, checks };
}

