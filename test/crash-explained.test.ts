// A server that crashes mid-check closes its connections first: the check
// sees a close, but the student must see the crash, its error line and the
// hint to fix that first (the step 5 starter's evaluate() throws on purpose).
import { expect, test } from 'vitest';
import { findStep, kitDir } from '../checks/steps.ts';
import { checkDir } from './helpers/kit.ts';

test('a close caused by a crash is reported as the crash', async () => {
  const result = await checkDir(5, kitDir(findStep(5)!, '.starters'), ['arithmetic']);
  const arithmetic = result.checks.find((c) => c.id === 'arithmetic')!;
  expect(arithmetic.status).toBe('fail');
  expect(arithmetic.message).toMatch(/connection was closed cleanly by the peer \(FIN\); meanwhile the server exited \(code 1\); its stderr says:/);
  expect(arithmetic.message).toContain('evaluate() is still a stub');
  expect(arithmetic.hint).toMatch(/^Your server stopped with an error \(code 1\)/);
});
