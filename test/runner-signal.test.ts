// Watch mode hands every run one cancel signal: the runner listens to it
// once, not once per check (step 3 has 17 checks; Node warns past 10 with a
// MaxListenersExceededWarning on every run), and lets go of it at the end.
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runStep } from '../checks/harness/runner.ts';
import { findStep } from '../checks/steps.ts';
import { KIT_ROOT } from './helpers/kit.ts';

test('a run listens once to its cancel signal, whatever its number of checks', async () => {
  const step = findStep(3)!;
  const cancel = new AbortController();
  const run = runStep(step, join(KIT_ROOT, 'solutions', step.slug), { signal: cancel.signal, only: step.checks.filter((c) => c.role === 'server' && !c.heavy).map((c) => c.id) });
  expect(getEventListeners(cancel.signal, 'abort')).toHaveLength(1);
  const result = await run;
  expect(result.checks.length).toBeGreaterThan(10);
  expect(getEventListeners(cancel.signal, 'abort')).toHaveLength(0);
});
