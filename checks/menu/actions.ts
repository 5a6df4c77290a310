// What the menu can do for one step. Each action prints to the terminal and
// returns what the menu needs to know next (see Outcome); prompts may throw
// Cancelled (Ctrl-C), which ends the menu.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Chalk } from 'chalk';
import { KIT_ROOT } from '../harness/compile.ts';
import { EXTENSIONS } from '../harness/program.ts';
import type { Step } from '../harness/types.ts';
import { revealNextHint, renderHint } from '../hints.ts';
import { runStep } from '../harness/runner.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { runByHand } from '../manual/by-hand.ts';
import { recordResult } from '../progress.ts';
import { wantsColor } from '../report/pretty.ts';
import { kitDir } from '../steps.ts';
import { runLive } from '../cli/live-run.ts';
import { renderMarkdown } from './markdown.ts';
import { page } from './pager.ts';
import { cancellable } from './interrupt.ts';
import { studentDir } from './student-dir.ts';
import { confirm, input } from './prompts.ts';
import { pristineFiles, PRISTINE_DIR, resetStarter } from './starter.ts';

const color = () => wantsColor(process.stdout);

/** What an action tells the menu: how a check ended (it picks the action offered next), or that the student already chose to go back. */
export interface Outcome {
  checked?: 'passed' | 'failed';
  back?: boolean;
}

/** Runs the checks live; Ctrl-C cancels the run (its programs stopped) and comes back to the menu. */
export async function checkStep(step: Step, lang: Lang): Promise<Outcome> {
  return cancellable(async (signal) => {
    const result = await runLive(step, studentDir(step), { lang, signal, inMenu: true });
    if (signal.aborted) return interrupted(lang);
    recordResult(result);
    return { checked: result.passed ? 'passed' : 'failed' };
  });
}

/** Ctrl-C stopped the checks: said as npm run step says it, so that a run never just stops. */
function interrupted(lang: Lang): Outcome {
  console.log(`\n${translator(lang)('menu.interrupted')}`);
  return {};
}

export function readmeFile(step: Step, lang: Lang): string {
  const dir = studentDir(step);
  const french = join(dir, 'README.fr.md');
  return lang === 'fr' && existsSync(french) ? french : join(dir, 'README.md');
}

/** The README a screenful at a time; q on a page goes straight back to the menu. */
export async function showReadme(step: Step, lang: Lang): Promise<Outcome> {
  const t = translator(lang);
  const file = readmeFile(step, lang);
  if (!existsSync(file)) {
    console.log(t('menu.noReadme', { file: relative(KIT_ROOT, file) }));
    return {};
  }
  const text = renderMarkdown(readFileSync(file, 'utf8'), color(), process.stdout.columns || 100);
  return { back: await page(text, (percent) => t('menu.pagerMore', { percent }), color()) };
}

export async function runServer(step: Step, lang: Lang): Promise<void> {
  console.log(new Chalk({ level: color() ? 1 : 0 }).dim(translator(lang)('menu.runStops')));
  await runByHand({ step, role: 'server', dir: studentDir(step), lang });
}

export async function runClient(step: Step, lang: Lang): Promise<void> {
  // Step 1's client takes its message as words; later clients read stdin.
  const words = step.step === 1 ? (await input(translator(lang)('menu.clientWords'))).split(/\s+/).filter(Boolean) : [];
  console.log(new Chalk({ level: color() ? 1 : 0 }).dim(translator(lang)('menu.runStops')));
  await runByHand({ step, role: 'client', dir: studentDir(step), args: words, lang });
}

export async function nextHint(step: Step, lang: Lang): Promise<void> {
  console.log(translator(lang)('hint.checking', { n: step.step }));
  await cancellable(async (signal) => {
    const result = await runStep(step, studentDir(step), { signal });
    if (signal.aborted) return interrupted(lang);
    const next = revealNextHint(step, result, lang); // before recording: this run's failure was not shown
    recordResult(result);
    process.stdout.write(`\n${renderHint(next, step.step, lang, color())}`);
  });
}

export async function reset(step: Step, lang: Lang): Promise<void> {
  const t = translator(lang);
  const pristine = pristineFiles(step);
  if (!pristine) {
    console.log(t('reset.noPristine', { slug: step.slug, copy: relative(KIT_ROOT, join(PRISTINE_DIR, step.slug)) }));
    return;
  }
  if (!(await confirm(t('reset.confirm', { dir: relative(KIT_ROOT, studentDir(step)) })))) {
    console.log(t('reset.cancelled'));
    return;
  }
  const backup = resetStarter(step, pristine, studentDir(step));
  console.log(t('reset.done', { backup: relative(process.cwd(), backup) }));
}

export async function showSolution(step: Step, lang: Lang): Promise<void> {
  const t = translator(lang);
  const dir = kitDir(step, 'solutions');
  // The programs first, then the modules they import.
  const programs = ['server', 'client'].flatMap((role) => EXTENSIONS.map((ext) => join(dir, `${role}.${ext}`))).filter((f) => existsSync(f));
  const modules = existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)).filter((f) => !programs.includes(f) && statSync(f).isFile()) : [];
  const files = [...programs, ...modules.sort()];
  if (!files.length) {
    console.log(t('solution.none'));
    return;
  }
  if (!(await confirm(t('solution.confirm', { n: step.step })))) return;
  const c = new Chalk({ level: color() ? 1 : 0 });
  for (const file of files) {
    console.log(`\n${c.bold(t('solution.file', { file: relative(KIT_ROOT, file) }))}\n`);
    console.log(readFileSync(file, 'utf8'));
  }
}
