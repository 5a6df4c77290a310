// The terminal summary of a graded class: one row a submission, one column
// a step (points/max), then the total. Plain text: it is read, and pasted.
import type { SubmissionGrade } from '../grade/run.ts';
import { translate, type Lang } from '../i18n/index.ts';

export function renderClassTable(grades: SubmissionGrade[], steps: number[], lang: Lang = 'en'): string {
  const header = [translate(lang, 'grade.table.submission'), ...steps.map((n) => translate(lang, 'grade.table.step', { n })), translate(lang, 'grade.table.total')];
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
    out.push('', translate(lang, 'grade.table.fault'));
  }
  return `${out.join('\n')}\n`;
}
