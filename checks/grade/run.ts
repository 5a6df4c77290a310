// Grades a class: every (submission, step) pair is one task. `jobs`
// submissions' worth of steps are in flight at once, taken in submission
// order, and all their checks share the process's check slots, which admit
// more checks while the CPU has room: a failing check mostly waits out its
// deadline. A task is exactly `runStep`, the checks students run; only a
// time budget per step is added on top.
import { CANCELLED, runStep } from '../harness/runner.ts';
import type { CheckResult, Step, StepResult } from '../harness/types.ts';
import { stepDir, type Submission } from './discover.ts';

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
}

export async function gradeClass(subs: Submission[], steps: Step[], o: GradeOptions): Promise<SubmissionGrade[]> {
  const tasks = subs.flatMap((sub) => steps.map((step) => ({ sub, step })));
  const results = new Map<Submission, StepResult[]>(subs.map((s) => [s, []]));
  const grades: SubmissionGrade[] = [];
  let next = 0;

  const worker = async () => {
    while (next < tasks.length && !o.signal?.aborted) {
      const { sub, step } = tasks[next++];
      o.onStepStart?.(sub, step);
      const result = await gradeStep(sub, step, o);
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
 * Past the budget, checks already running end within their own deadline;
 * this much more is the last resort for a check that never returns (a bug
 * in the checker): the step is then recorded as the checker's failure, and
 * its programs are killed when the command exits.
 */
const HUNG_AFTER_BUDGET_MS = 45_000;

async function gradeStep(sub: Submission, step: Step, o: GradeOptions): Promise<StepResult> {
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
  const dir = stepDir(sub, step);
  const finished: CheckResult[] = [];
  try {
    const run = runStep(step, dir, { signal: budget.signal, concurrency: o.concurrency, needsFirst: true, reuseServers: true, onStart: startBudget, onResult: (r) => finished.push(r) });
    const result = (await Promise.race([run, hungAfter])) ?? hungStep(step, dir, finished, o.budgetMs + HUNG_AFTER_BUDGET_MS);
    if (budget.signal.aborted && !o.signal?.aborted) {
      const why = `skipped: the step used up its grading time budget (${Math.round(o.budgetMs / 1000)} s)`;
      for (const check of result.checks) if (check.message === CANCELLED) check.message = why;
    }
    return result;
  } finally {
    timers.forEach(clearTimeout);
    o.signal?.removeEventListener('abort', cancel);
  }
}

function hungStep(step: Step, dir: string, finished: CheckResult[], ms: number): StepResult {
  const checks = step.checks.map(
    (c): CheckResult =>
      finished.find((r) => r.id === c.id) ?? {
        id: c.id,
        title: c.title,
        status: 'fail',
        internal: true,
        message: `internal error in the checker, not in the program: the check did not finish within ${Math.round(ms / 1000)} s`,
        durationMs: ms,
        points: 0,
        maxPoints: c.points ?? 1,
      },
  );
  const points = checks.reduce((sum, c) => sum + c.points, 0);
  const maxPoints = checks.reduce((sum, c) => sum + c.maxPoints, 0);
  return { step: step.step, slug: step.slug, title: step.title, dir, passed: false, points, maxPoints, durationMs: ms, checks };
}

function summarize(sub: Submission, steps: StepResult[]): SubmissionGrade {
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
