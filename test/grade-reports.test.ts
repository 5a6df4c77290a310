// The report renderers on hand-made results with hostile text in them
// (commas, quotes, markup, control bytes a program printed): each file
// still parses, and says what the results say.
import { describe, expect, test } from 'vitest';
import type { SubmissionGrade } from '../checks/grade/run.ts';
import type { CheckResult, StepResult } from '../checks/harness/types.ts';
import { renderClassTable } from '../checks/report/class-table.ts';
import { renderCsv } from '../checks/report/csv.ts';
import { renderGradesJson } from '../checks/report/grades-json.ts';
import { renderJson } from '../checks/report/json.ts';
import { renderJunit } from '../checks/report/junit.ts';
import { parseCsv, parseXml } from './helpers/formats.ts';
import { parseYaml } from './helpers/yaml-lite.ts';

const HOSTILE = 'got "<b>&amp;</b>", then \x00\x07\x1b[31m, a lone \ud800 and ]]> end';

function check(id: string, status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult {
  const maxPoints = 2;
  return { id, title: `title of ${id}`, status, durationMs: 12, points: status === 'pass' ? maxPoints : 0, maxPoints, ...extra };
}

function stepResult(step: number, checks: CheckResult[]): StepResult {
  return {
    step,
    slug: `0${step}-x`,
    title: `Step ${step}`,
    dir: `/class/x/0${step}-x`,
    passed: checks.every((c) => c.status === 'pass'),
    points: checks.reduce((s, c) => s + c.points, 0),
    maxPoints: checks.reduce((s, c) => s + c.maxPoints, 0),
    durationMs: 345,
    checks,
  };
}

function grade(name: string, steps: StepResult[]): SubmissionGrade {
  return { name, dir: `/class/${name}`, points: steps.reduce((s, r) => s + r.points, 0), maxPoints: steps.reduce((s, r) => s + r.maxPoints, 0), steps };
}

const failing = check('echo', 'fail', {
  message: `sent: "hi"\nexpected: "echo: hi"\nreceived: ${HOSTILE}`,
  hint: 'Read a line & answer <it>.',
  transcript: [{ at: 5, who: 'A', dir: '←', text: HOSTILE }],
});
const grades = [
  grade('ada, "the first"', [stepResult(1, [check('waits', 'pass'), failing, check('exit', 'skip', { message: 'skipped: needs "echo"' })]), stepResult(2, [check('x', 'pass')])]),
  grade('=cmd|calc', [stepResult(1, [check('waits', 'fail', { internal: true, message: 'internal error in the checker' })]), stepResult(2, [check('x', 'fail')])]),
  grade('bob\nnewline', [stepResult(1, [check('waits', 'pass')])]),
];

describe('grades.csv', () => {
  test('quoted so that names with commas, quotes and line breaks stay one field', () => {
    const rows = parseCsv(renderCsv(grades, [1, 2]));
    expect(rows).toEqual([
      ['name', 'step 1', 'step 2', 'total', 'max'],
      ['ada, "the first"', '2', '2', '4', '8'],
      ["'=cmd|calc", '0', '0', '0', '4'],
      ['bob\nnewline', '2', '0', '2', '2'],
    ]);
  });
});

describe('junit.xml', () => {
  const xml = renderJunit(grades);
  const root = parseXml(xml);
  const suites = root.children;

  test('well-formed, one testsuite per submission and step, counts that add up', () => {
    expect(root.name).toBe('testsuites');
    expect(suites.map((s) => s.attrs.name)).toEqual([
      'ada, "the first" · step 1 · Step 1',
      'ada, "the first" · step 2 · Step 2',
      '=cmd|calc · step 1 · Step 1',
      '=cmd|calc · step 2 · Step 2',
      'bob\nnewline · step 1 · Step 1',
    ]);
    expect(suites[0].attrs).toMatchObject({ tests: '3', failures: '1', errors: '0', skipped: '1', time: '0.345' });
    expect(suites[2].attrs).toMatchObject({ failures: '0', errors: '1' });
    expect(root.attrs).toMatchObject({ tests: '7', failures: '2', errors: '1', skipped: '1' });
  });

  test('a failure carries its message, hint and transcript; control bytes become visible escapes', () => {
    const cases = suites[0].children.filter((c) => c.name === 'testcase');
    expect(cases.map((c) => c.attrs.name)).toEqual(['title of waits', 'title of echo', 'title of exit']);
    const failure = cases[1].children[0];
    expect(failure.name).toBe('failure');
    expect(failure.attrs.message).toBe('sent: "hi"');
    expect(failure.text).toContain('got "<b>&amp;</b>", then \\x00\\x07\\x1b[31m, a lone \\ud800 and ]]> end');
    expect(failure.text).toContain('hint: Read a line & answer <it>.');
    expect(failure.text).toContain('A ←');
    expect(cases[2].children[0]).toMatchObject({ name: 'skipped', attrs: { message: 'skipped: needs "echo"' } });
    expect(suites[2].children.find((c) => c.name === 'testcase')!.children[0].name).toBe('error');
  });
});

describe('grades.json', () => {
  test('submissions with their steps, each step as `npm run step --json` prints it', () => {
    const doc = JSON.parse(renderGradesJson(grades, true));
    expect(doc.complete).toBe(true);
    expect(doc.submissions.map((s: { name: string }) => s.name)).toEqual(grades.map((g) => g.name));
    const first = doc.submissions[0];
    expect(first).toMatchObject({ name: 'ada, "the first"', points: 4, maxPoints: 8 });
    expect(first.steps[0]).toEqual({ ...JSON.parse(renderJson(grades[0].steps[0])), durationMs: 345 });
  });
});

test('the class table has a row per submission and marks checker failures', () => {
  const table = renderClassTable(grades, [1, 2]);
  expect(table).toMatch(/^submission\s+step 1\s+step 2\s+total$/m);
  expect(table).toMatch(/^ada, "the first"\s+2\/6\s+2\/2\s+4\/8$/m);
  expect(table).toMatch(/^=cmd\|calc\s+0\/2!\s+0\/2\s+0\/4$/m);
  expect(table).toContain('the checker itself failed');
});

describe('the strict readers the tests rely on reject what is broken', () => {
  test.each([
    ['<a><b></a></b>', /does not close/],
    ['<a>x & y</a>', /bare "&"/],
    ['<a x="1" x="2"/>', /duplicate attribute/],
    ['<a>\x07</a>', /not allowed/],
    ['<a/><b/>', /more than one root/],
    ['<a>', /never closed/],
  ])('XML %j', (text, error) => expect(() => parseXml(text)).toThrow(error));

  test.each([
    ['a:\n\tb: 1\n', /tab/],
    ['a: 1\na: 2\n', /duplicate key/],
    ['a: b: c\n', /ambiguous/],
    ['a: [1, 2]\n', /unsupported/],
    ['a:\n  b: 1\n    c: 2\n', /indentation/],
    ["a: 'open\n", /unterminated/],
  ])('YAML %j', (text, error) => expect(() => parseYaml(text)).toThrow(error));

  test('CSV with a stray quote', () => expect(() => parseCsv('a,b"c"\n')).toThrow(/quote/));
});
