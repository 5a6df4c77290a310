// A submission in another language that follows the contract is graded
// exactly like a TypeScript one: correct Python 3 and plain Node ESM
// programs pass every check of their step, with no internal error.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { STEPS } from '../checks/steps.ts';
import { FIXTURES, checkDir, markedProcesses } from './helpers/kit.ts';

const LANGUAGES = [
  { name: 'python', ext: 'py' },
  { name: 'plain-js', ext: 'mjs' },
] as const;

const cases = LANGUAGES.flatMap((language) =>
  STEPS.map((step) => ({ language, step, dir: join(FIXTURES, 'correct', language.name, step.slug) })).filter((c) => existsSync(c.dir)),
);

describe.each(LANGUAGES.map((l) => [l.name, l] as const))('%s', (name, language) => {
  test(`has correct programs for steps 1 to 3`, () => {
    const steps = cases.filter((c) => c.language.name === name).map((c) => c.step.step);
    expect(steps).toEqual(expect.arrayContaining([1, 2, 3]));
    for (const c of cases.filter((c) => c.language.name === name)) {
      for (const role of ['server', 'client']) expect(existsSync(join(c.dir, `${role}.${language.ext}`)), `${c.dir}/${role}.${language.ext}`).toBe(true);
    }
  });

  test.concurrent.each(cases.filter((c) => c.language.name === name).map((c) => [c.step.slug, c] as const))('passes every check of %s', async (_slug, c) => {
    const result = await checkDir(c.step.step, c.dir);
    expect(result.checks.filter((r) => r.internal).map((r) => r.message)).toEqual([]);
    const failures = result.checks.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.status} ${r.message ?? ''}`);
    expect(failures).toEqual([]);
    expect(result.passed).toBe(true);
  });
});

test('no process outlives the runs', () => {
  expect(markedProcesses()).toEqual([]);
});
