// Grading a mixed class with the real command: the reference solution, the
// untouched starters, a Python submission and every pathological fixture.
// Each gets the right verdict on every step, within its time budget, the
// three reports parse and agree, and no process or port is left behind.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { STEPS } from '../checks/steps.ts';
import type { StepResult } from '../checks/harness/types.ts';
import { CheckRun } from '../checks/harness/context.ts';
import { parseCsv, parseXml } from './helpers/formats.ts';
import { addFixture, addKitCopy, FIXED_PORTS, PATHOLOGICAL, portIsFree, runGrade, tempDir, type GradeRun } from './helpers/grade.ts';
import { FIXTURES, KIT_ROOT, markedProcesses } from './helpers/kit.ts';
import { expectRecorded } from './helpers/recorded-output.ts';

const BUDGET_S = 30;
/** A step ends within its budget plus one check's own deadline (15 s) and the stop grace. */
const STEP_LIMIT_MS = (BUDGET_S + 17) * 1000;

interface Expect {
  fails: string[];
  passes: string[];
  wordingVaries?: string[];
}
const RECORDED_BY_FAILURES_FR = ['missing', 'crashes-at-start', 'never-listens', 'ignores-sigterm'];
const pathological = readdirSync(PATHOLOGICAL).filter((n) => existsSync(join(PATHOLOGICAL, n, 'expect.json')));
const expected = new Map<string, Expect>(pathological.map((n) => [n, JSON.parse(readFileSync(join(PATHOLOGICAL, n, 'expect.json'), 'utf8'))]));

interface CheckJson {
  id: string;
  status: string;
  message?: string;
  transcript?: { text: string }[];
}
interface StepJson {
  step: number;
  slug: string;
  passed: boolean;
  points: number;
  maxPoints: number;
  durationMs: number;
  checks: CheckJson[];
}
interface GradesJson {
  complete: boolean;
  submissions: { name: string; points: number; maxPoints: number; steps: StepJson[] }[];
}

let classDir: string;
let outDir: string;
let run: GradeRun;
let grades: GradesJson;
const step = (name: string, n: number) => grades.submissions.find((s) => s.name === name)!.steps.find((s) => s.step === n)!;

beforeAll(async () => {
  classDir = tempDir('class');
  outDir = join(tempDir('grades'), 'out');
  addKitCopy(classDir, 'reference', 'solutions');
  addKitCopy(classDir, 'starter', '.starters');
  addFixture(classDir, join(FIXTURES, 'python-student'), 'python-student');
  for (const name of pathological) addFixture(classDir, join(PATHOLOGICAL, name), name);
  run = await runGrade([classDir, '--out', outDir, '--budget', String(BUDGET_S), '--jobs', '3']);
  grades = JSON.parse(readFileSync(join(outDir, 'grades.json'), 'utf8'));
}, 240_000);

describe('grading a mixed class', () => {
  test('finishes with exit code 0 and prints the summary table', () => {
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^submission\s+step 1/m);
    for (const name of ['reference', 'starter', 'python-student', ...pathological]) expect(run.stdout).toMatch(new RegExp(`^${name}\\s`, 'm'));
    expect(grades.complete).toBe(true);
  });

  test('every submission is graded on every registered step', () => {
    expect(grades.submissions.map((s) => s.name).sort()).toEqual(['python-student', 'reference', 'starter', ...pathological].sort());
    for (const sub of grades.submissions) expect(sub.steps.map((s) => s.step)).toEqual(STEPS.map((s) => s.step));
  });

  test('the reference passes every step; the starters fail the steps they start', () => {
    for (const s of STEPS) {
      expect(step('reference', s.step).checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`), `step ${s.step}`).toEqual([]);
      const starter = step('starter', s.step);
      expect(starter.passed, `starter step ${s.step}`).toBe(false);
      if (!existsSync(join(KIT_ROOT, 'steps', s.slug))) expect(starter.points).toBe(0);
    }
  });

  test('a Python submission is graded like a TypeScript one', () => {
    const one = step('python-student', 1);
    expect(one.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    for (const s of STEPS.slice(1)) expect(step('python-student', s.step).points).toBe(0);
  });

  test.each(pathological)('%s fails the checks its mistake breaks, only costs its own points, and reads as recorded', async (name) => {
    const { fails, passes, wordingVaries } = expected.get(name)!;
    const one = step(name, 1);
    // What a student running the step on this folder reads, for the checks it is about (rewrite: npm run record-outputs).
    // failures-fr.test.ts records the fixtures it runs itself, from its own runs.
    if (!RECORDED_BY_FAILURES_FR.includes(name)) {
      // Graded from a copy of the class: its paths read as the fixture's own, as when a student runs it there.
      const copy = dirname((one as unknown as StepResult).dir);
      const asRun = JSON.parse(JSON.stringify(one).replaceAll(copy, join(PATHOLOGICAL, name))) as StepResult;
      await expectRecorded(expect, { ...asRun, checks: asRun.checks.filter((c) => [...fails, ...passes].includes(c.id)) }, join(PATHOLOGICAL, name), wordingVaries);
    }
    const byId = new Map(one.checks.map((c) => [c.id, c]));
    for (const id of fails) expect(byId.get(id)?.status, `${name}: ${id} must fail`).toBe('fail');
    for (const id of passes) expect(byId.get(id)?.status, `${name}: ${id} must pass`).toBe('pass');
    expect(one.passed).toBe(false);
    const sub = grades.submissions.find((s) => s.name === name)!;
    expect(sub.points).toBeLessThan(sub.maxPoints);
    for (const s of sub.steps) expect(s.durationMs, `${name} step ${s.step} within its budget`).toBeLessThan(STEP_LIMIT_MS);
    expect(one.checks.filter((c) => c.message?.startsWith('internal error')).map((c) => c.message)).toEqual([]);
  });

  test('the memory cap stops a program that grows without bound', async () => {
    // Started as the checks start it, and given all the time it needs: on a
    // busy machine filling 512 MB can outlast a check's 2 s, and the cap,
    // not the check's deadline, is what this is about.
    const ends = async (name: string) => {
      const t = new CheckRun(join(PATHOLOGICAL, name, '01-blocking-accept'), 1);
      try {
        const { program } = await t.server();
        const exit = await program.waitExit(30_000);
        await program.drained();
        return `${JSON.stringify(exit)} ${program.stderrTail(20)}`;
      } finally {
        await t.cleanup();
      }
    };
    const [python, node] = await Promise.all([ends('memory-hog-python'), ends('memory-hog-node')]);
    expect(python).toContain('MemoryError');
    // V8 aborts when the heap or a Buffer cannot grow: SIGABRT, with or without its message yet read.
    expect(node).toMatch(/out of memory|allocation failed|SIGABRT/i);
    // And in the class's grades both fail step 1.
    for (const name of ['memory-hog-python', 'memory-hog-node']) expect(step(name, 1).passed).toBe(false);
  });

  test('a detached grandchild is found, killed, and fails the check that started it', () => {
    const messages = step('detached-grandchild', 1).checks.map((c) => c.message ?? '');
    expect(messages.some((m) => m.includes('nothing the program started to outlive it'))).toBe(true);
  });

  test('nothing is left running and no port stays bound', async () => {
    expect(markedProcesses(run.pid)).toEqual([]);
    for (const port of FIXED_PORTS) expect(await portIsFree(port), `port ${port}`).toBe(true);
  });
});

describe('the three reports', () => {
  test('grades.csv: a header, one row per submission, the same points as grades.json', () => {
    const rows = parseCsv(readFileSync(join(outDir, 'grades.csv'), 'utf8'));
    expect(rows[0]).toEqual(['name', ...STEPS.map((s) => `step ${s.step}`), 'total', 'max']);
    expect(rows).toHaveLength(grades.submissions.length + 1);
    for (const [i, sub] of grades.submissions.entries()) {
      expect(rows[i + 1]).toEqual([sub.name, ...sub.steps.map((s) => String(s.points)), String(sub.points), String(sub.maxPoints)]);
    }
  });

  test('grades.json: check objects shaped like `npm run step --json`', () => {
    for (const sub of grades.submissions) {
      expect(sub.points).toBe(sub.steps.reduce((sum, s) => sum + s.points, 0));
      for (const s of sub.steps) {
        expect(Object.keys(s)).toEqual(['step', 'slug', 'title', 'dir', 'passed', 'points', 'maxPoints', 'programs', 'ignored', 'checks', 'durationMs']);
        for (const c of s.checks) {
          expect(['pass', 'fail', 'skip']).toContain(c.status);
          expect(Object.keys(c)).toEqual(expect.arrayContaining(['id', 'title', 'status', 'durationMs', 'points', 'maxPoints']));
        }
      }
    }
  });

  test('junit.xml: well-formed, one testsuite per submission and step, one testcase per check', () => {
    const root = parseXml(readFileSync(join(outDir, 'junit.xml'), 'utf8'));
    expect(root.name).toBe('testsuites');
    const suites = root.children.filter((c) => c.name === 'testsuite');
    expect(suites).toHaveLength(grades.submissions.length * STEPS.length);
    for (const suite of suites) {
      const cases = suite.children.filter((c) => c.name === 'testcase');
      expect(Number(suite.attrs.tests)).toBe(cases.length);
      const failed = cases.filter((c) => c.children.some((x) => x.name === 'failure')).length;
      expect(Number(suite.attrs.failures)).toBe(failed);
    }
    const fail = suites.flatMap((s) => s.children).find((c) => c.children.some((x) => x.name === 'failure'))!;
    expect(fail.children[0].attrs.message.length).toBeGreaterThan(0);
    expect(fail.children[0].text.length).toBeGreaterThan(0);
  });
});
