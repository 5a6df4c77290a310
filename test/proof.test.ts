// A check is proven only when a broken program fails it: every check of
// every step must be named in the `fails` of some fixture. A check shared by
// several steps (same id, same title, e.g. step 2's echo checks in step 3)
// is proven once for all.
import { expect, test } from 'vitest';
import { STEPS } from '../checks/steps.ts';
import { fixtureCases } from './helpers/kit.ts';

const key = (id: string, title: string) => `${id} · ${title}`;

test('every check is failed by at least one broken fixture', () => {
  const proven = new Set<string>();
  for (const c of fixtureCases()) {
    const step = STEPS.find((s) => s.step === c.step);
    for (const id of c.fails) {
      const check = step?.checks.find((k) => k.id === id);
      if (check) proven.add(key(check.id, check.title));
    }
  }
  const unproven = STEPS.flatMap((s) => s.checks.filter((c) => !proven.has(key(c.id, c.title))).map((c) => `step ${s.step}: ${c.id}`));
  expect(unproven).toEqual([]);
});
