// Every reference solution passes its step; every untouched starter (the
// pristine copy in .starters/, as steps/ changes while a student works) fails it,
// and those first failures a student meets all have their ids; and no run leaves a
// process behind.
import { describe, expect, test } from 'vitest';
import { STEPS, kitDir } from '../checks/steps.ts';
import { KeyedCoverage } from './helpers/keyed-coverage.ts';
import { checkDir, ids, markedProcesses } from './helpers/kit.ts';

const keyed = new KeyedCoverage();

describe.each(STEPS.map((s) => [s.step, s] as const))('step %i', (n, step) => {
  test(`solution passes every check of ${step.slug}`, async () => {
    const result = await checkDir(n, kitDir(step, 'solutions'));
    const failures = result.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`);
    expect(failures).toEqual([]);
  });

  test(`starter fails ${step.slug}`, async () => {
    // The pristine copy: the student's steps/ stops failing as they work.
    const result = await checkDir(n, kitDir(step, '.starters'));
    keyed.add(result, `starter ${n}`);
    expect(result.passed).toBe(false);
    expect(ids(result, 'fail').length).toBeGreaterThan(0);
    expect(result.checks.filter((c) => c.internal)).toEqual([]);
  });
});

test('every failure, skip and transcript event of the starters is a catalog message (said in every language)', () => {
  expect(keyed.size).toBeGreaterThan(0);
  expect(keyed.unkeyed()).toEqual([]);
});

test('no process outlives the runs', () => {
  expect(markedProcesses()).toEqual([]);
});
