// grades.csv: one row a submission (name, points per step, total, max),
// quoted as RFC 4180 says, for a spreadsheet or the school's grade book.
import type { SubmissionGrade } from '../grade/run.ts';

/** Quotes a field when it holds a comma, a quote or a line break; a leading =+-@ is defused (CSV injection). */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRow(fields: (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * `steps` are the step numbers graded: every row has the same columns, even
 * for a step a submission lacks. Graded unconfined, every row says so in a
 * last column, which survives any copy into a grade book.
 */
export function renderCsv(grades: SubmissionGrade[], steps: number[], confined = true): string {
  const mark = confined ? [] : ['grading'];
  const header = csvRow(['name', ...steps.map((n) => `step ${n}`), 'total', 'max', ...mark]);
  const rows = grades.map((g) => {
    const points = steps.map((n) => g.steps.find((s) => s.step === n)?.points ?? 0);
    return csvRow([g.name, ...points, g.points, g.maxPoints, ...(confined ? [] : ['unconfined'])]);
  });
  return header + rows.join('');
}
