// After the whole suite: kill what a torn-down test worker could not clean
// up itself (its programs' runner is gone), so that nothing outlives `npm test`.
import { reapOrphans } from '../checks/harness/reaper.ts';

export function setup(): void {
  reapOrphans();
}

export function teardown(): void {
  const reaped = reapOrphans();
  if (reaped.length) process.stderr.write(`cleaned up ${reaped.length} program(s) left by torn-down test workers\n`);
}
