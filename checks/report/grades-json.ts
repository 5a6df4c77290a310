// grades.json: a class's grades, one object a submission; each step is the
// very object `npm run step -- N --json` prints, so tools read both alike.
import type { SubmissionGrade } from '../grade/run.ts';
import { stepJson } from './json.ts';

/** `complete` is false while grading is under way or after it was interrupted; `confined` false when run with --unconfined. */
export function renderGradesJson(grades: SubmissionGrade[], complete = true, confined = true): string {
  const submissions = grades.map(({ name, dir, points, maxPoints, steps }) => ({
    name,
    dir,
    points,
    maxPoints,
    // How long the step took to grade, next to what `npm run step --json` shows.
    steps: steps.map((s) => ({ ...stepJson(s), durationMs: s.durationMs })),
  }));
  return `${JSON.stringify({ complete, confined, submissions }, null, 2)}\n`;
}
