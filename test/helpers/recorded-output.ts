// Recorded outputs: what `npm run step` prints for a broken fixture, in
// English and in French, kept next to the fixture (expected-output.en.txt,
// expected-output.fr.txt) so that a reviewer reads every message a student
// can meet and reviews its changes like code. The tests render the result
// they already have (no program runs for this) with the step command's own
// renderer, make the parts that change from run to run stable, and compare.
import { basename, join, relative } from 'node:path';
import type { ExpectStatic } from 'vitest';
import type { CheckResult, StepResult } from '../../checks/harness/types.ts';
import { localizeResult, localizeStep } from '../../checks/report/localize.ts';
import type { Lang } from '../../checks/i18n/index.ts';
import { formatMs, PrettyRenderer } from '../../checks/report/pretty.ts';
import { findStep } from '../../checks/steps.ts';
import { KIT_ROOT } from './kit.ts';

/** The one command that rewrites every recorded output after an intended change. */
export const RECORD_COMMAND = 'npm run record-outputs';

/** A check's time, for a time no check takes: the renderer lays it out, then it reads <time>. */
const TIME_MS = 987_654;
const TIME_SHOWN = formatMs(TIME_MS);

/** Written in place of a transcript's rows, and of a failure whose wording depends on timing. */
export const NOT_RECORDED = '[not recorded: varies from run to run]';

/**
 * The text `npm run step -- N --dir DIR` prints for `result` (piped, so no
 * colour and 100 columns; run from the kit's root), in `lang`, made stable.
 * A result of some checks only (a fixture names the checks it is about)
 * shows those. The checks of `varies` show their title and verdict only.
 */
export function stepOutput(result: StepResult, lang: Lang, varies: string[] = []): string {
  const step = findStep(result.step);
  if (!step) throw new Error(`no step ${result.step}`);
  const localize = (r: CheckResult): CheckResult => stableCheck(localizeResult(step, r, lang), varies.includes(r.id));
  const renderer = () => new PrettyRenderer({ color: false, cwd: KIT_ROOT, width: 100, lang, own: false, localize });
  let pretty = renderer();
  let text = pretty.header(localizeStep(step, lang), result.dir);
  // In the step's order, as the step command prints them. The renderer says
  // "the same failure as above" for a message equal to the last one shown:
  // equal as the step command sees it, not once ports are made alike.
  let lastFailure: string | undefined;
  for (const check of step.checks.flatMap((c) => result.checks.filter((r) => r.id === c.id))) {
    if (check.status === 'fail' && check.message !== lastFailure) {
      pretty = renderer();
      lastFailure = check.message;
    }
    text += pretty.check(check);
  }
  text += pretty.footer(result);
  return text.replaceAll(TIME_SHOWN, '<time>').replace(/^( {8}) *\+\d+\.\d{3}s +· /gm, '$1');
}

/**
 * A check's result in the reader's language with what changes from run to
 * run made stable, before the renderer folds it to the width: its time; the
 * numbers a run measures (ports, pids, the clock, megabytes, seconds); and
 * its transcript, whose rows come from several programs and sockets at once,
 * so that their order and number vary: one row says so.
 */
function stableCheck(r: CheckResult, varies: boolean): CheckResult {
  const failed = r.status === 'fail';
  return {
    ...r,
    durationMs: r.status === 'skip' ? r.durationMs : TIME_MS,
    message: failed && varies ? NOT_RECORDED : r.message && stableText(r.message),
    hint: varies ? undefined : r.hint && stableText(r.hint),
    transcript: r.transcript?.length ? [{ at: 0, who: '', dir: '·', text: NOT_RECORDED }] : r.transcript,
  };
}

const KIT = new RegExp(`(file://)?${KIT_ROOT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g');

/** The parts of a message that change from run to run, in either language, as <tokens>. */
export function stableText(text: string): string {
  return (
    text
      .replace(KIT, '<kit>')
      // Ports: the checker's (harness/ports.ts, 20000 to 31999) and the system's (a client's own, a fake server's).
      .replace(/(127\.0\.0\.1:|127\.0\.0\.1 (?:and|et) |PORT=|\bport )([2-5]\d{4}|6[0-5]\d{3})\b/gi, '$1<port>')
      .replace(/\bpid \d+/g, 'pid <pid>')
      // The clock, whole or cut short by a long line's "…".
      .replace(/\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?|\b\d{4}-[\d\-T:.]*(?=…)/g, '<date>')
      // Measured: megabytes sent and grown, seconds a server went on reading, a lost update's value and who got it twice.
      // (French writes 2,5 s and 1 024 Mo.)
      .replace(/(: |grew by |grandi de )\d+(?:[ \u00a0\u202f,]\d{3})* (MB|Mo)\b/g, '$1<n> $2')
      .replace(/\b\d+([.,]\d+)? s (after the end|après la fin)/g, '<d> s $2')
      .replace(/"count \d+" twice \(to [A-Z]\d* and to [A-Z]\d*\)/g, '"count <n>" twice (to <c> and to <c>)')
      .replace(/"count \d+" deux fois \(à [A-Z]\d* et à [A-Z]\d*\)/g, '"count <n>" deux fois (à <c> et à <c>)')
      .replace(/\b\d+ (KiB of chat|Kio de discussion)|(after|après) \d+ (KiB|Kio)\b/g, (m) => m.replace(/\d+/, '<n>'))
      // How many acknowledged /incr a killed server lost depends on when the kill lands.
      .replace(/\bcount \d+( ?): \d+ (acknowledged \/incr lost|\/incr confirmés perdus)/g, 'count <n>$1: <n> $2')
      // A reset is seen as ECONNRESET or as an RST after the last data, depending on when it lands.
      .replace(/(reset by the peer|réinitialisée par l'autre côté) \((RST after its last data|RST après ses dernières données|ECONNRESET)\)/g, '$1 (<RST>)')
      // When the program exits meanwhile, its unread data decide between FIN and RST.
      .replace(
        /(the connection was|la connexion a été) (closed cleanly by the peer \(FIN\)|fermée proprement par l'autre côté \(FIN\)|reset by the peer \(<RST>\)|réinitialisée par l'autre côté \(<RST>\))(?=( ;|;) (meanwhile|entre-temps))/g,
        (_m, was: string) => `${was} ${was.startsWith('the') ? 'closed by the peer (<FIN or RST>)' : 'fermée par l\'autre côté (<FIN ou RST>)'}`,
      )
  );
}

/** Compares the outputs of `result` in both languages with the files recorded in `folder`. */
export async function expectRecorded(expect: ExpectStatic, result: StepResult, folder: string, varies: string[] = []): Promise<void> {
  const where = relative(KIT_ROOT, folder);
  for (const lang of ['en', 'fr'] as const) {
    const file = join(folder, `expected-output.${lang}.txt`);
    const why = `${join(where, basename(file))} is not what the step prints now; if the change is intended (or the file is new), rewrite all with ${RECORD_COMMAND}`;
    await expect(stepOutput(result, lang, varies), why).toMatchFileSnapshot(file);
  }
}
