// Every broken fixture fails the check that targets its mistake, and still
// passes the checks it must pass: a check no broken program fails is not proven.
import { describe, expect, test } from 'vitest';
import { checkDir, fixtureCases, ids } from './helpers/kit.ts';

const cases = fixtureCases();

describe.each([...new Set(cases.map((c) => c.step))])('step %i broken fixtures', (step) => {
  test.concurrent.each(cases.filter((c) => c.step === step).map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    // Only the checks the fixture names (and what they need): the others prove nothing here.
    const result = await checkDir(c.step, c.dir, [...c.fails, ...c.passes]);
    const failed = ids(result, 'fail');
    for (const id of [...c.fails, ...c.passes]) expect(result.checks.map((r) => r.id), `check ${id} exists`).toContain(id);
    expect(failed, c.why).toEqual(expect.arrayContaining(c.fails));
    expect(ids(result, 'pass'), `${c.name} must still pass these`).toEqual(expect.arrayContaining(c.passes));
    expect(result.checks.filter((r) => r.internal).map((r) => r.message)).toEqual([]);
  });
});
