// `npm run step -- N --html FILE`: the page for one folder's step, and a
// bad FILE refused before anything runs (one line, exit code 2).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findStep } from '../checks/steps.ts';
import { tempDir } from './helpers/grade.ts';
import { FIXTURES, KIT_ROOT, runCli } from './helpers/kit.ts';

describe('npm run step -- N --html FILE', () => {
  test('writes the page of the step next to the usual output and exit code', async () => {
    const file = join(tempDir('html-step'), 'step1.html');
    const run = await runCli('step', ['1', '--dir', join(FIXTURES, '01-blocking-accept', 'reply-without-newline'), '--html', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('expected: the line "echo: hello world"');
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<title>TCP lab: step 1</title>');
    const data = JSON.parse(/<script type="application\/json" id="report-data">(.*?)<\/script>/s.exec(html)![1]);
    expect(data.subs).toHaveLength(1);
    expect(data.subs[0]).toMatchObject({ name: 'reply-without-newline', pts: 1, max: findStep(1)!.checks.reduce((sum, c) => sum + (c.points ?? 1), 0) });
    const echo = data.subs[0].cells[0].checks.find((c: { id: string }) => c.id === 'echo');
    const kinds: string[] = echo.rows.map((r: unknown[]) => r[1]);
    // The program's "listening" line may come before or after the checker connects.
    expect(kinds.filter((k) => k !== 'out')).toEqual(['start', 'connect', 'send', 'recv', 'fin-peer', 'exit']);
    expect(kinds).toContain('out');
    // Transcripts only for failed checks: the page stays small.
    expect(data.subs[0].cells[0].checks.filter((c: { rows?: unknown }) => c.rows).every((c: { status: string }) => c.status === 'fail')).toBe(true);
  });

  test.concurrent.each([
    [['1', '--html', '/no/such/folder/page.html'], /^error: --html \/no\/such\/folder\/page\.html: no such folder \/no\/such\/folder$/],
    [['1', '--html', '.'], /^error: --html \.: is a folder, give a file name$/],
    [['1', '--html', ''], /^error: --html needs a file name$/],
    [['1', '--html', 'x.html', '--watch'], /^error: --html goes with a single run: not with --watch or --hint$/],
    [['1', '--html'], /^error: Option '--html <value>' argument missing/],
  ])('a bad FILE: %j is one line and exit code 2, nothing run, nothing written', async (args, message) => {
    const run = await runCli('step', args, { INIT_CWD: KIT_ROOT });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines[1]).toMatch(/^usage: npm run step -- N .*--html FILE/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(KIT_ROOT, 'x.html'))).toBe(false);
  });

  test('in French too', async () => {
    const run = await runCli('step', ['1', '--html', '/nulle/part/page.html'], { LAB_LANG: 'fr' });
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("erreur : --html /nulle/part/page.html : le dossier /nulle/part n'existe pas");
  });
});
