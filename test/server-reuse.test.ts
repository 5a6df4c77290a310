// Grading lets the checks of steps 3, 5 and 6 take turns on a few servers
// instead of starting one each. That may change the cost and nothing else:
// the verdicts are those of fresh servers, for correct and broken programs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runStep, type RunStepOptions } from '../checks/harness/runner.ts';
import type { StepResult } from '../checks/harness/types.ts';
import { findStep, STEPS } from '../checks/steps.ts';
import { tempDir } from './helpers/grade.ts';
import { FIXTURES, fixtureCases, ids, markedProcesses } from './helpers/kit.ts';

const GRADING: RunStepOptions = { reuseServers: true, needsFirst: true };
const forever = join(FIXTURES, 'reuse', 'echo-forever');
const step3 = findStep(3)!;
const serverChecks = step3.checks.filter((c) => c.role === 'server').map((c) => c.id);
const scratch = tempDir('reuse-');

function verdicts(result: StepResult): Record<string, string> {
  return Object.fromEntries(result.checks.map((c) => [c.id, c.status]));
}

/** Runs step 3 on the echo-forever server; returns the result and how many times it started. */
async function run(name: string, o: RunStepOptions, env: Record<string, string> = {}): Promise<{ result: StepResult; starts: number }> {
  const file = join(scratch, `${name}.starts`);
  const saved = { ...process.env };
  Object.assign(process.env, { STARTS_FILE: file, ...env });
  try {
    const result = await runStep(step3, forever, { ...o, only: serverChecks });
    return { result, starts: readFileSync(file, 'utf8').split('\n').filter(Boolean).length };
  } finally {
    process.env = saved;
  }
}

describe('server reuse when grading', () => {
  test('only steps whose server serves for ever and only talks over sockets allow it', () => {
    expect(STEPS.filter((s) => s.reuseServer).map((s) => s.step)).toEqual([3, 5, 6]);
  });

  test('a correct server passes every check on at most 2 servers instead of one per check', async () => {
    const fresh = await run('fresh', {});
    const pooled = await run('pooled', GRADING);
    expect(verdicts(fresh.result)).toEqual(Object.fromEntries(serverChecks.map((id) => [id, 'pass'])));
    expect(verdicts(pooled.result)).toEqual(verdicts(fresh.result));
    expect(fresh.starts).toBe(serverChecks.length);
    expect(pooled.starts).toBeLessThanOrEqual(2);
    expect(markedProcesses()).toEqual([]);
  });

  test('a server that wears out after a few clients: a check failing on a reused server is judged on a fresh one', async () => {
    const env = { BREAK_AFTER: '4' };
    const fresh = await run('fresh-worn', {}, env);
    const pooled = await run('pooled-worn', GRADING, env);
    // On fresh servers most checks pass (few connections each); the reused ones wear out and are run again.
    expect(ids(fresh.result, 'pass').length).toBeGreaterThan(0);
    expect(verdicts(pooled.result)).toEqual(verdicts(fresh.result));
    expect(pooled.starts).toBeGreaterThan(2);
    expect(markedProcesses()).toEqual([]);
  });
});

// Every broken fixture of those steps fails its checks the same way when servers are reused.
const cases = fixtureCases().filter((c) => findStep(c.step)?.reuseServer);
describe('broken fixtures with reused servers', () => {
  test.concurrent.each(cases.map((c) => [`${c.step}/${c.name}`, c] as const))('%s', async (_name, c) => {
    const result = await runStep(findStep(c.step)!, c.dir, { ...GRADING, only: [...c.fails, ...c.passes] });
    expect(ids(result, 'fail'), c.why).toEqual(expect.arrayContaining(c.fails));
    expect(ids(result, 'pass')).toEqual(expect.arrayContaining(c.passes));
  });
});
