// The HTML report of a class of 30 × 8 steps: how big is index.html, and how
// fast does headless Chromium open it? Results are synthetic but shaped like
// grading's (the kit's real steps and checks; a failed check carries a
// transcript of realistic rows, as the harness keeps them, each line
// received from a program different from every other). Targets: under
// ~2 MB, load event under 1 s.
//
//   node --import tsx bench/html-report.ts            # writes bench/RESULTS-html-report.md
//   node --import tsx bench/html-report.ts --no-write
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SubmissionGrade } from '../checks/grade/run.ts';
import type { CheckResult, StepResult, TranscriptEntry } from '../checks/harness/types.ts';
import { renderHtmlReport } from '../checks/report/html.ts';
import { STEPS } from '../checks/steps.ts';
import { launchChromium } from '../test/helpers/browser.ts';

const SUBMISSIONS = 30;
const ROUNDS = 5;
const TARGET_BYTES = 2 * 1024 * 1024;
const TARGET_MS = 1000;
const RESULTS = join(import.meta.dirname, 'RESULTS-html-report.md');
const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' } } });

/** A fixed pseudo-random sequence: the same class every run. */
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function transcript(): TranscriptEntry[] {
  const rows: TranscriptEntry[] = [
    { at: 40, who: 'server', dir: '·', text: 'started server (PORT=23456)' },
    { at: 190, who: 'server stdout', dir: '←', text: 'listening on 127.0.0.1:23456' },
    { at: 192, who: 'A', dir: '·', text: 'connected to 127.0.0.1:23456' },
  ];
  const lines = 3 + Math.floor(random() * 10);
  for (let i = 0; i < lines; i++) {
    rows.push({ at: 200 + i * 9, who: 'A', dir: '→', text: `"line number ${i} with some words in it\\n"` });
    // What a program says differs from one student to the next: never the same text twice.
    rows.push({ at: 204 + i * 9, who: 'A', dir: '←', text: `echo: line number ${i} with some words in it #${Math.floor(random() * 1e9)}` });
  }
  rows.push({ at: 400, who: 'A', dir: '·', text: 'reset by the peer (ECONNRESET)' }, { at: 420, who: 'server', dir: '·', text: 'exited with code 1' });
  return rows;
}

function stepResult(n: number): StepResult {
  const step = STEPS.find((s) => s.step === n)!;
  const skill = random();
  const checks = step.checks.map((c): CheckResult => {
    const maxPoints = c.points ?? 1;
    if (random() < skill * 1.2) return { id: c.id, title: c.title, status: 'pass', durationMs: 300, points: maxPoints, maxPoints };
    const message = 'sent:     "hello world\\n"\nexpected: the line "echo: hello world"\nreceived: nothing within 2 s';
    return { id: c.id, title: c.title, status: 'fail', message, hint: c.hints[0], durationMs: 2100, points: 0, maxPoints, transcript: transcript() };
  });
  const points = checks.reduce((s, c) => s + c.points, 0);
  const maxPoints = checks.reduce((s, c) => s + c.maxPoints, 0);
  return { step: n, slug: step.slug, title: step.title, dir: `/class/s/${step.slug}`, passed: points === maxPoints, points, maxPoints, durationMs: 5000, checks };
}

const steps = STEPS.map((s) => s.step);
const grades: SubmissionGrade[] = Array.from({ length: SUBMISSIONS }, (_, i) => {
  const results = steps.map(stepResult);
  return { name: `student-${String(i + 1).padStart(2, '0')}`, dir: `/class/student-${i + 1}`, points: results.reduce((s, r) => s + r.points, 0), maxPoints: results.reduce((s, r) => s + r.maxPoints, 0), steps: results };
});
const failed = grades.flatMap((g) => g.steps.flatMap((s) => s.checks)).filter((c) => c.status === 'fail').length;
const checks = grades.flatMap((g) => g.steps.flatMap((s) => s.checks)).length;

const started = performance.now();
const html = renderHtmlReport(grades, steps, 'en');
const renderMs = performance.now() - started;
const bytes = Buffer.byteLength(html);
const dir = mkdtempSync(join(tmpdir(), 'tcp-lab-bench-html-'));
const file = join(dir, 'index.html');
writeFileSync(file, html);

const browser = await launchChromium();
const loads: { load: number; paint: number; cell: number }[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.context.newPage();
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    const timing = await page.evaluate(() => ({
      load: performance.getEntriesByType('navigation')[0].toJSON().loadEventEnd as number,
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    // Opening the worst cell: its checks and their diagrams drawn.
    const cell = await page.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('button.cell')!;
      const t = performance.now();
      button.click();
      return performance.now() - t;
    });
    loads.push({ ...timing, cell });
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = median(loads.map((l) => l.load));
const paint = median(loads.map((l) => l.paint));
const cell = median(loads.map((l) => l.cell));
const mb = (bytes / 1024 / 1024).toFixed(2);
const table = `Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, Debian Chromium (headless), median of ${ROUNDS} loads from file://.

Class: ${SUBMISSIONS} submissions × ${steps.length} steps = ${checks} checks, ${failed} failed (each with its transcript).

| measure | value | target | met |
| --- | --- | --- | --- |
| index.html size | ${mb} MB (${bytes} bytes) | < 2 MB | ${bytes < TARGET_BYTES ? 'yes' : 'no'} |
| render (Node, renderHtmlReport) | ${Math.round(renderMs)} ms | | |
| load event (loadEventEnd) | ${Math.round(load)} ms | < 1000 ms | ${load < TARGET_MS ? 'yes' : 'no'} |
| first contentful paint | ${Math.round(paint)} ms | | |
| open one cell (checks + diagrams drawn) | ${cell.toFixed(1)} ms | | |
`;
process.stdout.write(`${table}\n`);
if (!values['no-write']) {
  writeFileSync(RESULTS, `# HTML report: size and opening time\n\n\`node --import tsx bench/html-report.ts\`\n\n${table}`);
  process.stdout.write(`written to ${RESULTS}\n`);
}
