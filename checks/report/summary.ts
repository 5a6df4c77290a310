// The closing line every renderer agrees on: "N passed, M failed[, K skipped]".
import type { CheckResult } from '../harness/types.ts';

export function countLine(checks: CheckResult[]): string {
  const count = (s: string) => checks.filter((c) => c.status === s).length;
  const skipped = count('skip');
  return `${count('pass')} passed, ${count('fail')} failed${skipped ? `, ${skipped} skipped` : ''}`;
}
