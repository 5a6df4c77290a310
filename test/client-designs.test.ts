// Grade the program, not the style: in steps 2 and 3 a client may wait for
// each reply before sending the next line (lock-step, as the source lab's
// client does), send ahead, or half-close at end of stdin; all of them pass.
// Printing what the server sends while stdin is idle is step 4's lesson, so
// the lock-step clients fail there, on that check, with the output recorded
// in their folder (helpers/recorded-output.ts; rewrite: npm run record-outputs).
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkDir, FIXTURES, ids } from './helpers/kit.ts';
import { expectRecorded } from './helpers/recorded-output.ts';
import { findStep } from '../checks/steps.ts';

const DESIGNS = join(FIXTURES, 'client-designs');
const clientChecks = (step: number) => findStep(step)!.checks.filter((c) => c.role === 'client').map((c) => c.id);

describe.each(['lockstep-py', 'lockstep-ts', 'half-close-ts'])('%s', (design) => {
  test.concurrent.each([2, 3])('passes every client check of step %i', async (step) => {
    const result = await checkDir(step, join(DESIGNS, design), clientChecks(step));
    const failed = result.checks.filter((c) => c.status !== 'pass').map((c) => `${c.id}: ${c.message}`);
    expect(failed).toEqual([]);
  });
});

test.concurrent.for(['lockstep-py', 'lockstep-ts'])('%s fails step 4: it prints nothing the server sends while stdin is idle', async (design, { expect }) => {
  const result = await checkDir(4, join(DESIGNS, design), ['client-prints-pushed']);
  expect(ids(result, 'fail')).toContain('client-prints-pushed');
  await expectRecorded(expect, result, join(DESIGNS, design));
});
