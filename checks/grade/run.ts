// Grades a class: every (submission, step) pair is one task. `jobs`
// submissions' worth of steps are in flight at once, taken in submission
// order, and all their checks share the process's check slots, which admit
// more checks while the CPU has room: a failing check mostly waits out its
// deadline. A task is exactly `runStep`, the checks students run; only a
// time budget per step is added on top.
import { runStep, skipMessage } from '../harness/runner.ts';
import { render } from '../i18n/index.ts';
import type { CheckResult, SkipReason, Step, StepResult } from '../harness/types.ts';
import { gradeConfined, sandboxesInFlight } from '../confine/grade-confined.ts';
import { stepDir, type Submission } from './discover.ts';
import type { GradeOptions, StepGradeOptions, SubmissionGrade } from './options.ts';
import { HUNG_AFTER_BUDGET_MS, hungStep } from './hung.ts';

export type { GradeOptions, StepGradeOptions, SubmissionGrade } from './options.ts';

export async function gradeClass(subs: Submission[], steps: Step[], o: GradeOptions): Promise<SubmissionGrade[]> {
  if (o.confine) return gradeClassConfined(subs, steps, o);
  const tasks = subs.flatMap((sub) => steps.map((step) => ({ sub, step })));
  const results = new Map<Submission, StepResult[]>(subs.map((s) => [s, []]));
  const grades: SubmissionGrade[] = [];
  let next = 0;

  const worker = async () => {
    while (next < tasks.length && !o.signal?.aborted) {
      const { sub, step } = tasks[next++];
      o.onStepStart?.(sub, step);
      const result = await gradeStep(stepDir(sub, step), step, o);
      o.onStepDone?.(sub, result);
      const done = results.get(sub)!;
      done.push(result);
      if (done.length === steps.length) {
        const grade = summarize(sub, done);
        grades.push(grade);
        o.onSubmissionDone?.(grade);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) * steps.length }, worker));
  return sortGrades(grades, subs);
}

/**
 * Confined, a submission is one sandbox running all its steps; `jobs`
 * sandboxes are in flight, sharing the check slots one process would have
 * (sandboxesInFlight).
 */
async function gradeClassConfined(subs: Submission[], steps: Step[], o: GradeOptions): Promise<SubmissionGrade[]> {
  const grades: SubmissionGrade[] = [];
  let next = 0;
  const worker = async () => {
    while (next < subs.length && !o.signal?.aborted) {
      const sub = subs[next++];
      const done = await gradeConfined(sub, steps, o);
      if (o.signal?.aborted) return; // interrupted: a half-graded submission is not reported
      const grade = summarize(sub, done);
      grades.push(grade);
      o.onSubmissionDone?.(grade);
    }
  };
  await Promise.all(Array.from({ length: sandboxesInFlight(o.jobs) }, worker));
  return sortGrades(grades, subs);
}

export async function gradeStep(dir: string, step: Step, o: StepGradeOptions): Promise<StepResult> {
  const budget = new AbortController();
  const timers: NodeJS.Timeout[] = [];
  // The budget starts with the step's first check, not while its checks wait for a slot.
  let hung!: () => void;
  const hungAfter = new Promise<null>((r) => (hung = () => r(null)));
  const startBudget = () => {
    if (timers.length) return;
    timers.push(setTimeout(() => budget.abort(), o.budgetMs), setTimeout(hung, o.budgetMs + HUNG_AFTER_BUDGET_MS));
  };
  const cancel = () => budget.abort();
  o.signal?.addEventListener('abort', cancel);
  const finished: CheckResult[] = [];
  try {
    const run = runStep(step, dir, { signal: budget.signal, concurrency: o.concurrency, needsFirst: true, reuseServers: true, onStart: startBudget, onResult: (r) => finished.push(r) });
    const result = (await Promise.race([run, hungAfter])) ?? hungStep(step, dir, finished, o.budgetMs + HUNG_AFTER_BUDGET_MS);
    if (budget.signal.aborted && !o.signal?.aborted) {
      const skip: SkipReason = { reason: 'budget', seconds: Math.round(o.budgetMs / 1000) };
      for (const check of result.checks) {
        if (check.skip?.reason !== 'cancelled') continue;
        check.skip = skip;
        check.message = render('en', skipMessage(skip, step.checks));
      }
    }
    return result;
  } finally {
    timers.forEach(clearTimeout);
    o.signal?.removeEventListener('abort', cancel);
  }
}

export function summarize(sub: Submission, steps: StepResult[]): SubmissionGrade {
  const ordered = [...steps].sort((a, b) => a.step - b.step);
  return {
    name: sub.name,
    dir: sub.dir,
    points: ordered.reduce((sum, s) => sum + s.points, 0),
    maxPoints: ordered.reduce((sum, s) => sum + s.maxPoints, 0),
    steps: ordered,
  };
}

/** Grades in the order of the submissions (discovery sorts them by name). */
export function sortGrades(grades: SubmissionGrade[], subs: Submission[]): SubmissionGrade[] {
  const rank = new Map(subs.map((s, i) => [s.dir, i]));
  return [...grades].sort((a, b) => rank.get(a.dir)! - rank.get(b.dir)!);
}
