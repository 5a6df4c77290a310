// index.html: the graded class (or one student's step) as one self-contained
// page: no request leaves it, it opens from file:// and prints. Built from
// the same results as grades.json; the data goes in as JSON that cannot
// close its <script> element, and the page's script shows every text with
// textContent, so what a program printed is never markup.
import type { SubmissionGrade } from '../grade/run.ts';
import type { StepResult } from '../harness/types.ts';
import { translate, type Lang } from '../i18n/index.ts';
import { basename } from 'node:path';
import { htmlClientScript } from './html-bundle.ts';
import { reportData } from './html-data.ts';
import { htmlLabels } from './html-labels.ts';
import { HTML_STYLE } from './html-style.ts';

/** Text for an HTML element or attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON that is safe inside <script>: no "</script", "<!--" or line separators as written. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function renderHtmlReport(grades: SubmissionGrade[], steps: number[], lang: Lang, heading?: string, confined = true): string {
  const labels = htmlLabels(lang);
  const title = heading ?? labels.title;
  const data = { ...reportData(grades, steps, lang), labels };
  // The script is inline; its "</" are split so that no text in it ends the element early.
  const script = htmlClientScript().replace(/<\/(script)/gi, '<\\/$1');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${confined ? '' : `<p class="unconfined" role="alert">${escapeHtml(labels.unconfined)}</p>\n`}<div class="scroll" id="grid-place"></div>
<div id="grid-notes"></div>
<section id="detail" data-empty="${escapeHtml(labels.pickCell)}"></section>
<section id="wrong"><h2>${escapeHtml(labels.wrongTitle)}</h2></section>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${script}</script>
</body>
</html>
`;
}

/** The page for one folder's step, as `npm run step -- N --html FILE` writes it. */
export function renderStepHtml(result: StepResult, lang: Lang): string {
  const grade: SubmissionGrade = { name: basename(result.dir), dir: result.dir, points: result.points, maxPoints: result.maxPoints, steps: [result] };
  return renderHtmlReport([grade], [result.step], lang, translate(lang, 'html.stepTitle', { n: result.step }));
}
