// Around the whole suite: one temporary folder for every test's files,
// removed at the end; and a last sweep for programs whose test worker was
// torn down before it could stop them, so that nothing outlives `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reapOrphans } from '../checks/harness/reaper.ts';

export function setup(): void {
  reapOrphans();
  // Workers start after this and inherit it (test/helpers/grade.ts tempDir).
  process.env.TCP_LAB_TEST_TMP = mkdtempSync(join(tmpdir(), 'tcp-lab-tests-'));
}

export function teardown(): void {
  const reaped = reapOrphans();
  if (reaped.length) process.stderr.write(`cleaned up ${reaped.length} program(s) left by torn-down test workers\n`);
  if (process.env.TCP_LAB_TEST_TMP) rmSync(process.env.TCP_LAB_TEST_TMP, { recursive: true, force: true });
}
