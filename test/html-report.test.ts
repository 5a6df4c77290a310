// The HTML report, in a real browser: a small class graded for real (the
// reference, the starter, a server that replies without "\n", one that
// replies with markup), index.html opened from file:// in Chromium, a cell
// clicked, its conversation drawn. Screenshots go to test-output/html-report/.
import { cpSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { SubmissionGrade } from '../checks/grade/run.ts';
import { renderHtmlReport } from '../checks/report/html.ts';
import { findStep } from '../checks/steps.ts';
import { launchChromium, type HeadlessBrowser } from './helpers/browser.ts';
import { addFixture, addKitCopy, runGrade, tempDir, type GradeRun } from './helpers/grade.ts';
import { FIXTURES, KIT_ROOT } from './helpers/kit.ts';

export const SHOTS = join(KIT_ROOT, 'test-output', 'html-report');

let browser: HeadlessBrowser;
let run: GradeRun;
let outDir: string;
let page: Page;
const requests: string[] = [];
/** No browser: every test fails with how to install it (a failure, not a skip). */
let noBrowser: unknown;

beforeAll(async () => {
  const classDir = tempDir('html-class');
  outDir = join(tempDir('html-out'), 'grades');
  addKitCopy(classDir, 'reference', 'solutions');
  addKitCopy(classDir, 'starter', '.starters');
  addFixture(classDir, join(FIXTURES, 'hostile-output'), 'hostile');
  cpSync(join(FIXTURES, '01-blocking-accept', 'reply-without-newline'), join(classDir, 'no-newline', '01-blocking-accept'), { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  const launched = launchChromium().catch((error: unknown) => void (noBrowser = error));
  [run] = await Promise.all([runGrade([classDir, '--out', outDir, '--steps', '1-2', '--jobs', '2']), launched]);
  if (noBrowser) return;
  browser = (await launched)!;
  page = await browser.context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${join(outDir, 'index.html')}`);
}, 60_000);

beforeEach(() => {
  if (noBrowser) throw noBrowser;
});

afterAll(async () => {
  await browser?.close();
});

/** The grid's rows as text: name, each step, total. */
function gridRows(): Promise<string[][]> {
  return page.$$eval('#grid tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => (c.textContent ?? '').trim())));
}

async function openCell(name: string): Promise<void> {
  await page.locator('#grid tbody tr', { has: page.locator('th', { hasText: name }) }).locator('button.cell[data-step="0"]').click();
  await page.locator('#detail h2', { hasText: name }).waitFor();
}

describe('index.html, written by npm run grade', () => {
  test('is one self-contained file that asks for nothing over the network', () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('index.html');
    const html = readFileSync(join(outDir, 'index.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/i);
    expect(statSync(join(outDir, 'index.html')).size).toBeLessThan(200_000);
    expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
  });

  test('the grid: one row a submission, points per step and total, sortable by name and by total', async () => {
    const [max1, max2] = [1, 2].map((n) => findStep(n)!.checks.reduce((sum, c) => sum + (c.points ?? 1), 0));
    expect(await gridRows()).toEqual([
      ['hostile', `1/${max1}`, `0/${max2}`, `1/${max1 + max2}`],
      ['no-newline', `1/${max1}`, `0/${max2}`, `1/${max1 + max2}`],
      ['reference', `${max1}/${max1}`, `${max2}/${max2}`, `${max1 + max2}/${max1 + max2}`],
      ['starter', `1/${max1}`, `0/${max2}`, `1/${max1 + max2}`],
    ]);
    await page.click('button.sort[data-sort="total"]');
    expect((await gridRows()).map((r) => r[0])).toEqual(['reference', 'hostile', 'no-newline', 'starter']);
    await page.click('button.sort[data-sort="name"]');
    expect((await gridRows())[0][0]).toBe('hostile');
    await page.locator('#grid').screenshot({ path: join(SHOTS, 'grid.png') });
    await page.screenshot({ path: join(SHOTS, 'page.png'), fullPage: true });
  });

  test('a cell opens the step: every check, and the failed one drawn as a sequence diagram', async () => {
    await openCell('no-newline');
    const checks = page.locator('#detail details.check');
    expect(await checks.count()).toBe(8);
    const echo = page.locator('#detail details.check[data-check="echo"]');
    await expect.poll(() => echo.locator('.verdict').textContent()).toBe('failed');
    expect(await echo.locator('pre.message').textContent()).toContain('expected: the line "echo: hello world"');
    expect(await echo.locator('p.hint').textContent()).toContain('hint:');
    const kinds = await echo.locator('svg.diagram g.row').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind')));
    // The program's "listening" line may come before or after the checker connects: its place is not fixed.
    expect(kinds.filter((k) => k !== 'out')).toEqual(['start', 'connect', 'send', 'recv', 'fin-peer', 'exit', 'fail-point']);
    expect(kinds).toContain('out');
    const labels = await echo.locator('svg.diagram text.label').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['A: "hello world\\n"', 'A: echo: hello world (no newline)', 'A FIN', 'expected: the line "echo: hello world"']));
    // Arrows point the right way: sent to the program (right), received from it (left).
    const x = (kind: string) => echo.locator(`svg.diagram g.${kind} line.shaft`).evaluate((l) => [Number(l.getAttribute('x1')), Number(l.getAttribute('x2'))]);
    const [sendFrom, sendTo] = await x('send');
    const [recvFrom, recvTo] = await x('recv');
    expect(sendFrom).toBeLessThan(sendTo);
    expect(recvFrom).toBeGreaterThan(recvTo);
    expect(await echo.locator('svg.diagram g.fail-point line.fail-line').count()).toBe(1);
    await echo.locator('figure').screenshot({ path: join(SHOTS, 'diagram.png') });
    // A passed check shows no diagram.
    expect(await page.locator('#detail details.check[data-check="waits"] svg').count()).toBe(0);
  });

  test('markup a program printed is shown as text and never runs', async () => {
    await openCell('hostile');
    const echo = page.locator('#detail details.check[data-check="echo"]');
    const message = await echo.locator('pre.message').textContent();
    expect(message).toContain('<img src=x onerror=');
    expect(message).toContain('<script>window.__pwned=1</script>');
    expect(await echo.locator('svg.diagram g.recv text.label').textContent()).toMatch(/^A: <img src=x onerror="window.__pwned=1"><script>/);
    expect(await echo.locator('svg.diagram g.recv title').textContent()).toContain('<script>window.__pwned=1</script>');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('#detail img, #detail script, svg script').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
  });

  test('what the class got wrong: a bar per failed check, the most failed first', async () => {
    const bars = await page.$$eval('#wrong li', (lis) => lis.map((li) => [li.getAttribute('data-check'), li.querySelector('.bar-count')!.textContent]));
    expect(bars[0]).toEqual(['1/echo', '3 of 4 submissions failed it']);
    const counts = bars.map(([, c]) => Number(/^\d+/.exec(c!)![0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(bars.map(([id]) => id)).not.toContain('1/waits');
  });

  test('in French (LAB_LANG=fr), from the same results; a checker fault and a spent budget are marked', async () => {
    const grades = (JSON.parse(readFileSync(join(outDir, 'grades.json'), 'utf8')) as { submissions: SubmissionGrade[] }).submissions;
    const starter = grades.find((g) => g.name === 'starter')!.steps[0];
    starter.checks[0] = { ...starter.checks[0], status: 'fail', internal: true, message: 'internal error in the checker, not in the program: boom' };
    const last = starter.checks.at(-1)!;
    starter.checks[starter.checks.length - 1] = { ...last, status: 'skip', message: 'skipped: the step used up its grading time budget (60 s)', skip: { reason: 'budget', seconds: 60 } };
    const french = await browser.context.newPage();
    await french.setContent(renderHtmlReport(grades, [1], 'fr'));
    expect(await french.locator('h1').textContent()).toBe('Lab TCP : notes');
    expect(await french.locator('#wrong h2').textContent()).toBe('Ce que la classe a manqué');
    const cell = french.locator('#grid tbody tr', { has: french.locator('th', { hasText: 'starter' }) }).locator('button.cell[data-step="0"]');
    expect(await cell.textContent()).toMatch(/^\d+\/\d+ ! ⏱$/);
    expect(await cell.getAttribute('class')).toBe('cell fault budget');
    await french.locator('#grid tbody tr', { has: french.locator('th', { hasText: 'no-newline' }) }).locator('button.cell[data-step="0"]').click();
    const echo = french.locator('#detail details.check[data-check="echo"]');
    expect(await echo.locator('.verdict').textContent()).toBe('échouée');
    expect(await echo.locator('pre.message').textContent()).toContain('attendu : la ligne "echo: hello world"');
    expect(await echo.locator('svg.diagram .actor-name').allTextContents()).toEqual(['correcteur', 'programme']);
    expect(await echo.locator('p.hint').textContent()).toMatch(/^indice : /);
    await french.close();
  });
});
