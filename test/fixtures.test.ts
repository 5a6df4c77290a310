// Rewrite the recorded outputs (expected-output.en.txt, .fr.txt) after an intended change: npm run record-outputs
// Every broken fixture fails the check that targets its mistake, and still
// passes the checks it must pass: a check no broken program fails is not proven.
// Their failures are then the corpus that proves every sentence has its id,
// and what `npm run step` prints for them, in both languages, must read as
// recorded next to each fixture (helpers/recorded-output.ts).
import { describe, expect, test } from 'vitest';
import { KeyedCoverage } from './helpers/keyed-coverage.ts';
import { checkDir, fixtureCases, ids } from './helpers/kit.ts';
import { expectRecorded } from './helpers/recorded-output.ts';

const cases = fixtureCases();
const keyed = new KeyedCoverage();

describe.each([...new Set(cases.map((c) => c.step))])('step %i broken fixtures', (step) => {
  test.concurrent.for(cases.filter((c) => c.step === step).map((c) => [c.name, c] as const))('%s', async ([_name, c], { expect }) => {
    // Only the checks the fixture names (and what they need): the others prove nothing here.
    const result = await checkDir(c.step, c.dir, [...c.fails, ...c.passes]);
    keyed.add(result, `${c.step}/${c.name}`);
    const failed = ids(result, 'fail');
    for (const id of [...c.fails, ...c.passes]) expect(result.checks.map((r) => r.id), `check ${id} exists`).toContain(id);
    expect(failed, c.why).toEqual(expect.arrayContaining(c.fails));
    expect(ids(result, 'pass'), `${c.name} must still pass these`).toEqual(expect.arrayContaining(c.passes));
    expect(result.checks.filter((r) => r.internal).map((r) => r.message)).toEqual([]);
    await expectRecorded(expect, result, c.dir, c.wordingVaries);
  });
});

// After every fixture above (suites run in order): each text their failures showed has its id.
test('every failure, skip and transcript event of the fixtures is a catalog message (said in every language)', () => {
  expect(keyed.size).toBeGreaterThan(0);
  expect(keyed.unkeyed()).toEqual([]);
});
