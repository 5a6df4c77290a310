// The terminal summary of a graded class: one row a submission, one column
// a step (points/max), then the total. Plain text: it is read, and pasted.
import type { SubmissionGrade } from '../grade/run.ts';

export function renderClassTable(grades: SubmissionGrade[], steps: number[]): string {
  const header = ['submission', ...steps.map((n) => `step ${n}`), 'total'];
  const rows = grades.map((g) => [
    g.name,
    ...steps.map((n) => {
      const s = g.steps.find((r) => r.step === n);
      if (!s) return '-';
      return `${s.points}/${s.maxPoints}${s.checks.some((c) => c.internal) ? '!' : ''}`;
    }),
    `${g.points}/${g.maxPoints}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (rows.some((r) => r.some((cell) => cell.endsWith('!')))) {
    out.push('', '! the checker itself failed on a check of this step: a bug in the kit, not the student\'s fault (see grades.json)');
  }
  return `${out.join('\n')}\n`;
}
