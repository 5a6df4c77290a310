// Progressive hints: a failure shows a check's first hint; asking again
// reveals the next one, for the first check that fails, and the progress
// file remembers how far the student has gone. A check that failed because
// the program crashed or did not start gets its failure's own hint instead:
// the concept is not the problem yet, so no hint is used up.
import { Chalk } from 'chalk';
import type { CheckResult, Step, StepResult } from './harness/types.ts';
import { isMessage, render, translator, type Lang } from './i18n/index.ts';
import { checkHints, checkTitle, localizeResult } from './report/localize.ts';
import { hintsSeen, loadProgress, progressFile, recordHintsSeen } from './progress.ts';
import { foldWidth, wrap } from './report/wrap.ts';

export type NextHint =
  | { kind: 'all-pass' }
  | { kind: 'internal' }
  | { kind: 'program'; checkId: string; title: string; message: string; hint: string }
  | { kind: 'hint'; checkId: string; title: string; hints: string[]; shown: number; last: boolean; crash?: string };

/**
 * The program answered in this check before it crashed: the crash is then
 * what the check teaches (surviving a reset, a flood), not a program that
 * does not run yet, and the check's own hints apply.
 */
function answeredFirst(failing: CheckResult): boolean {
  return (failing.transcript ?? []).some((e) => e.dir === '←' && !/ (stdout|stderr)$/.test(e.who));
}

/**
 * The failure is about the program itself (it crashed, or did not start),
 * not yet the step's concept: its hint is the harness's, where to look.
 */
export function isProgramTrouble(failing: CheckResult): boolean {
  const hint = failing.failure?.hint;
  return isMessage(hint) && (hint.id === 'hint.harness.crash' || hint.id === 'hint.harness.start');
}

/** The hint to reveal after `result`, recorded as seen. */
export function revealNextHint(step: Step, result: StepResult, lang: Lang, file = progressFile()): NextHint {
  const failing = result.checks.find((c) => c.status === 'fail' && !c.internal);
  if (!failing) return { kind: result.checks.some((c) => c.internal) ? 'internal' : 'all-pass' };
  const check = step.checks.find((c) => c.id === failing.id)!;
  const title = checkTitle(step, check, lang);
  const trouble = isProgramTrouble(failing);
  const message = localizeResult(step, failing, lang).message ?? '';
  if (trouble && !answeredFirst(failing)) {
    return { kind: 'program', checkId: check.id, title, message, hint: render(lang, failing.failure!.hint!) };
  }
  const hints = checkHints(step, check, lang);
  // A failure seen in a report showed hint 1 (recorded then): asking reveals
  // hint 2, then 3… and stays on the last. Asking first reveals hint 1.
  const seen = hintsSeen(loadProgress(file), step.step, check.id);
  const shown = Math.min(seen + 1, hints.length);
  recordHintsSeen(step.step, check.id, shown, file);
  return { kind: 'hint', checkId: check.id, title, hints, shown, last: shown === hints.length, crash: trouble ? message : undefined };
}

/** The hint for the terminal, every paragraph folded to `width` columns. */
export function renderHint(next: NextHint, step: number, lang: Lang, color: boolean, width = foldWidth()): string {
  const t = translator(lang);
  const c = new Chalk({ level: color ? 1 : 0 });
  const fold = (paint: (text: string) => string, text: string, first = '') => wrap(text, width, first).map((line) => paint(line));
  const green = (s: string) => c.green(s);
  const bold = (s: string) => c.bold(s);
  const cyan = (s: string) => c.cyan(s);
  const dim = (s: string) => c.dim(s);
  if (next.kind === 'all-pass') return `${fold(green, t('hint.allPass', { n: step })).join('\n')}\n`;
  if (next.kind === 'internal') return `${fold((s) => c.magenta(s), t('hint.internal')).join('\n')}\n`;
  if (next.kind === 'program') {
    // The failure as the check reported it: the crash hint points at the error line in it.
    const message = next.message.split('\n').map((row) => `  ${row}`);
    return `${[...fold(bold, t('hint.programFirst', { check: next.title })), ...message, ...fold(cyan, next.hint, '  ')].join('\n')}\n`;
  }
  const lines: string[] = [];
  if (next.crash) {
    lines.push(...fold(bold, t('hint.crashedDuring', { check: next.title })));
    lines.push(...next.crash.split('\n').map((row) => `  ${row}`), '');
  }
  if (next.shown > 1) {
    lines.push(...fold(dim, t('hint.earlier')));
    next.hints.slice(0, next.shown - 1).forEach((h, i) => lines.push(...fold(dim, h, `  ${i + 1}. `)));
    lines.push('');
  }
  lines.push(...fold(bold, t('hint.title', { i: next.shown, total: next.hints.length, check: next.title })));
  lines.push(...fold(cyan, next.hints[next.shown - 1], '  '));
  if (next.last) lines.push('', ...fold(dim, t('hint.noMore')));
  return `${lines.join('\n')}\n`;
}
