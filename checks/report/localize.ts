// A result in the reader's language. The checks report their failures, skips
// and transcript events as Messages (ids and values); the English fields of a
// result (`message`, `hint`, the transcript's `text`) are what --json and the
// grading reports keep. Here each Message is said again in `lang`, from the
// catalogs: nothing is translated from the English, and nothing is parsed.
import type { Check, CheckResult, FailureData, Step, TranscriptEntry } from '../harness/types.ts';
import { skipMessage } from '../harness/runner.ts';
import { isMessage, msg, render, translate, type Lang } from '../i18n/index.ts';
import { programLabel } from '../harness/program.ts';

export function checkTitle(step: Step, check: Pick<Check, 'id' | 'title'>, lang: Lang): string {
  const own = step.checks.find((c) => c.id === check.id);
  return own ? render(lang, own.text.title) : check.title;
}

/** Every hint of a check, in order. */
export function checkHints(step: Step, check: Pick<Check, 'id'>, lang: Lang): string[] {
  return step.checks.find((c) => c.id === check.id)?.text.hints.map((h) => render(lang, h)) ?? [];
}

/** The step as its header shows it: title and concept in the reader's language. */
export function localizeStep(step: Step, lang: Lang): Step {
  return lang === 'en' ? step : { ...step, title: render(lang, step.text.title), concept: render(lang, step.text.concept) };
}

/** A failure as the terminal shows it: sent / expected / received, each under its label; or one line. */
export function failureText(f: FailureData, lang: Lang): string {
  if (f.expected === undefined) return render(lang, f.received);
  const rows: string[] = [];
  if (f.sent !== undefined) rows.push(translate(lang, 'failure.sent') + render(lang, f.sent));
  rows.push(translate(lang, 'failure.expected') + render(lang, f.expected));
  rows.push(translate(lang, 'failure.received') + render(lang, f.received));
  return rows.join('\n');
}

/** A result as the reader sees it: title, hint, failure and the transcript in their language. */
export function localizeResult(step: Step, result: CheckResult, lang: Lang): CheckResult {
  if (lang === 'en') return result;
  const title = checkTitle(step, result, lang);
  const hint = result.failure?.hint !== undefined ? render(lang, result.failure.hint) : result.hint;
  const message = result.skip
    ? render(lang, skipMessage(result.skip, step.checks))
    : result.failure
      ? failureText(result.failure, lang)
      : result.message;
  const transcript = result.transcript?.map((e) => localizeRow(e, lang));
  return { ...result, title, hint, message, transcript };
}

/** Who speaks in a transcript, by the name the harness gives: the programs as the messages name them; connections (A, B…) keep their letter. */
function speaker(who: string, lang: Lang): string {
  const [, name, stream] = /^(.+?)( stdout| stderr| stdin)?$/.exec(who)!;
  const said = name === 'checker' ? msg('speaker.checker') : name === 'fake server' ? msg('speaker.fakeServer') : programLabel(name);
  return (isMessage(said) ? render(lang, said) : said) + (stream ?? '');
}

/** A transcript row: the kit's words in `lang`; what a program or the checker sent, byte for byte. */
export function localizeRow(e: TranscriptEntry, lang: Lang): TranscriptEntry {
  const who = speaker(e.who, lang);
  const text = e.message ? render(lang, e.message) : e.text;
  return { ...e, who, text };
}
