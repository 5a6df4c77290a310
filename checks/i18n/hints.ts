// A check's title and hints in the reader's language. English is the text
// of the check itself; French comes from hints.fr.ts, matched by step, check
// id and the hint's position, and falls back to English where missing.
import { CANCELLED } from '../harness/runner.ts';
import type { Check, CheckResult, Step } from '../harness/types.ts';
import { frenchFailure, frenchTranscriptRow } from './failures.fr.ts';
import { frenchHarnessHint } from './harness-hints.ts';
import { FRENCH_CHECKS, FRENCH_SPECIFIC_HINTS, FRENCH_STEPS } from './hints.fr.ts';
import { STEPS } from '../steps.ts';
import type { Lang } from './index.ts';

export function checkTitle(step: Step, check: Pick<Check, 'id' | 'title'>, lang: Lang): string {
  return (lang === 'fr' && FRENCH_CHECKS[step.step]?.[check.id]?.title) || check.title;
}

/** Every hint of a check, in order; a hint with no translation stays English. */
export function checkHints(step: Step, check: Pick<Check, 'id' | 'hints'>, lang: Lang): string[] {
  if (lang !== 'fr') return check.hints;
  const french = FRENCH_CHECKS[step.step]?.[check.id]?.hints ?? [];
  return check.hints.map((english, i) => french[i] ?? english);
}

/** One hint as a failure showed it: a hint of the check, one specific to the failure, or the harness's own. */
export function translateHint(step: Step, checkId: string, hint: string, lang: Lang): string {
  if (lang !== 'fr') return hint;
  const check = step.checks.find((c) => c.id === checkId);
  const index = check ? check.hints.indexOf(hint) : -1;
  if (check && index >= 0) return checkHints(step, check, lang)[index];
  return frenchHint(hint) ?? hint;
}

/** The French of a hint, or undefined: shown as it is, or one sentence about the failure followed by a known hint. */
export function frenchHint(hint: string): string | undefined {
  const whole = FRENCH_SPECIFIC_HINTS[hint] ?? frenchHarnessHint(hint) ?? anyCheckHint().get(hint);
  if (whole) return whole;
  // "What happened here. " + a hint of some check (the checks compose them so).
  for (const [english, french] of [...anyCheckHint(), ...Object.entries(FRENCH_SPECIFIC_HINTS)]) {
    if (!hint.endsWith(` ${english}`)) continue;
    const first = FRENCH_SPECIFIC_HINTS[hint.slice(0, -english.length - 1)];
    if (first) return `${first} ${french}`;
  }
  return undefined;
}

let checkHintIndex: Map<string, string> | undefined;

/** Every check's hints, English to French, all steps: checks share hints (steps 7 and 8 share the chat's). */
function anyCheckHint(): Map<string, string> {
  if (checkHintIndex) return checkHintIndex;
  checkHintIndex = new Map();
  for (const step of STEPS) {
    for (const check of step.checks) {
      const french = FRENCH_CHECKS[step.step]?.[check.id]?.hints ?? [];
      check.hints.forEach((english, i) => french[i] && !checkHintIndex!.has(english) && checkHintIndex!.set(english, french[i]));
    }
  }
  return checkHintIndex;
}

/** A result as the reader sees it: title, hint, failure and the transcript's events in their language. */
export function localizeResult(step: Step, result: CheckResult, lang: Lang): CheckResult {
  if (lang !== 'fr') return result;
  const title = checkTitle(step, result, lang);
  const hint = result.hint === undefined ? undefined : translateHint(step, result.id, result.hint, lang);
  const message = result.status === 'skip' ? skipMessage(step, result.message) : result.message && frenchFailure(result.message).text;
  const transcript = result.transcript?.map(frenchTranscriptRow);
  return { ...result, title, hint, message, transcript };
}

/** The runner's reasons for a skip, in French; any other message stays as it is. */
function skipMessage(step: Step, message: string | undefined): string | undefined {
  const needs = /^skipped: needs "(.*)" to pass first$/.exec(message ?? '');
  if (needs) {
    const check = step.checks.find((c) => c.title === needs[1]);
    return `sautée : « ${check ? checkTitle(step, check, 'fr') : needs[1]} » doit d'abord réussir`;
  }
  if (message === CANCELLED) return 'sautée : l\'exécution a été annulée';
  return message;
}

/** The step as its header shows it: title and concept in the reader's language. */
export function localizeStep(step: Step, lang: Lang): Step {
  const french = lang === 'fr' ? FRENCH_STEPS[step.step] : undefined;
  return french ? { ...step, ...french } : step;
}
