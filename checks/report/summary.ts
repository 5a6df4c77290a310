// The closing line every renderer agrees on: "N passed, M failed[, K skipped]".
import type { CheckResult } from '../harness/types.ts';
import { translate, type Lang } from '../i18n/index.ts';

export function countLine(checks: CheckResult[], lang: Lang = 'en'): string {
  const count = (s: CheckResult['status']) => checks.filter((c) => c.status === s).length;
  const vars = { pass: count('pass'), fail: count('fail'), skip: count('skip') };
  return translate(lang, vars.skip ? 'report.countSkipped' : 'report.count', vars);
}
