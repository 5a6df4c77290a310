// npm run step -- N --hint: runs the step's checks quietly, then reveals
// the next hint of the first check that fails.
import { revealNextHint, renderHint } from '../hints.ts';
import { runStep } from '../harness/runner.ts';
import type { Step } from '../harness/types.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { recordIfOwn } from '../progress.ts';
import { wantsColor } from '../report/pretty.ts';

export async function showNextHint(step: Step, dir: string, lang: Lang, out: NodeJS.WriteStream = process.stdout): Promise<void> {
  out.write(`${translator(lang)('hint.checking', { n: step.step })}\n\n`);
  const result = await runStep(step, dir);
  // Revealed before this run is recorded: its failure was not shown, so its first hint is not seen yet.
  const next = revealNextHint(step, result, lang);
  recordIfOwn(step, dir, result);
  out.write(renderHint(next, step.step, lang, wantsColor(out)));
}
