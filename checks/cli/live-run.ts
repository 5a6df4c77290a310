// One run of a step's checks printed live, in the reader's language: the
// header, each check as soon as it and those above it are done, the footer.
// Shared by the menu and watch mode; a cancelled run stops printing.
import { runStep } from '../harness/runner.ts';
import type { CheckResult, Step, StepResult } from '../harness/types.ts';
import { localizeResult, localizeStep } from '../report/localize.ts';
import type { Lang } from '../i18n/index.ts';
import { PrettyRenderer, wantsColor, type PrettyOptions } from '../report/pretty.ts';
import { KIT_ROOT } from '../harness/compile.ts';

export function prettyFor(step: Step, lang: Lang, stream: NodeJS.WriteStream = process.stdout, from: Pick<PrettyOptions, 'watching' | 'inMenu'> = {}): PrettyRenderer {
  return new PrettyRenderer({
    ...from,
    color: wantsColor(stream),
    cwd: process.env.INIT_CWD ?? KIT_ROOT,
    lang,
    localize: (r) => localizeResult(step, r, lang),
  });
}

export interface LiveRunOptions {
  lang: Lang;
  signal?: AbortSignal;
  out?: NodeJS.WriteStream;
  /** Run by watch mode, which runs it again on each save. */
  watching?: boolean;
  /** Run from the menu, whose actions the footer points at. */
  inMenu?: boolean;
}

export async function runLive(step: Step, dir: string, o: LiveRunOptions): Promise<StepResult> {
  const out = o.out ?? process.stdout;
  const pretty = prettyFor(step, o.lang, out, { watching: o.watching, inMenu: o.inMenu });
  const live = () => !o.signal?.aborted;
  out.write(pretty.header(localizeStep(step, o.lang), dir));
  const order = step.checks.map((c) => c.id);
  const finished = new Map<string, CheckResult>();
  let printed = 0;
  const result = await runStep(step, dir, {
    signal: o.signal,
    onResult: (r) => {
      finished.set(r.id, r);
      while (live() && printed < order.length && finished.has(order[printed])) {
        out.write(pretty.check(finished.get(order[printed++])!));
      }
    },
  });
  if (live()) out.write(pretty.footer(result));
  return result;
}
