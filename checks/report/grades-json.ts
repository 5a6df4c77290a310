// grades.json: a class's grades, one object a submission; each step is the
// very object `npm run step -- N --json` prints, so tools read both alike.
import type { SubmissionGrade } from '../grade/run.ts';
import { stepJson } from './json.ts';

/** `complete` is false while grading is under way or after it was interrupted. */
export function renderGradesJson(grades: SubmissionGrade[], complete = true): string {
  const submissions = grades.map(({ name, dir, points, maxPoints, steps }) => ({
    name,
    dir,
    points,
    maxPoints,
    steps: steps.map(stepJson),
  }));
  return `${JSON.stringify({ complete, submissions }, null, 2)}\n`;
}
