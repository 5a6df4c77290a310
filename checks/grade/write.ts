// Writes the four reports (index.html is the one to look at). Each file is written whole to a temporary name
// and renamed: an interrupted run never leaves a half-written grades file,
// and reports written after each finished submission keep what was graded.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderCsv } from '../report/csv.ts';
import { renderGradesJson } from '../report/grades-json.ts';
import { renderHtmlReport } from '../report/html.ts';
import { detectLang } from '../i18n/index.ts';
import { renderJunit } from '../report/junit.ts';
import type { SubmissionGrade } from './run.ts';

export const REPORT_FILES = ['grades.csv', 'grades.json', 'junit.xml', 'index.html'] as const;

/** Synchronous on purpose: it also runs from a signal handler, on the way out. */
/** `confined` false (--unconfined) marks every report. */
export function writeReports(outDir: string, grades: SubmissionGrade[], steps: number[], complete: boolean, confined = true): void {
  mkdirSync(outDir, { recursive: true });
  const contents: Record<(typeof REPORT_FILES)[number], string> = {
    'grades.csv': renderCsv(grades, steps, confined),
    'grades.json': renderGradesJson(grades, complete, confined),
    'junit.xml': renderJunit(grades, confined),
    'index.html': renderHtmlReport(grades, steps, detectLang(), undefined, confined),
  };
  for (const [name, text] of Object.entries(contents)) {
    const file = join(outDir, name);
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  }
}
