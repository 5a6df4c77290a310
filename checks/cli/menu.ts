// npm start: the lab's menu. Pick a step, see its status, check it, read
// its README, run its programs by hand, get the next hint, take its quiz,
// reset its starter or see the reference. Ctrl-C on a question leaves;
// Ctrl-C during a check or a program stops it and comes back here.
import { Chalk } from 'chalk';
import { installExitHandlers } from '../harness/reaper.ts';
import type { Step } from '../harness/types.ts';
import { localizeStep } from '../report/localize.ts';
import { detectLang, translator, type Lang, type MessageKey } from '../i18n/index.ts';
import * as actions from '../menu/actions.ts';
import { Cancelled, pause, select } from '../menu/prompts.ts';
import { nextAction, type ActionName } from '../menu/next-action.ts';
import { stepTitles } from '../menu/step-list.ts';
import { takeQuiz } from '../menu/quiz.ts';
import { loadProgress, stepStatus, type StepStatus } from '../progress.ts';
import { wantsColor } from '../report/pretty.ts';
import { STEPS } from '../steps.ts';

const ACTIONS: { name: ActionName; key: MessageKey; run: (step: Step, lang: Lang) => Promise<actions.Outcome | void> | void }[] = [
  { name: 'check', key: 'menu.action.check', run: actions.checkStep },
  { name: 'readme', key: 'menu.action.readme', run: actions.showReadme },
  { name: 'server', key: 'menu.action.server', run: actions.runServer },
  { name: 'client', key: 'menu.action.client', run: actions.runClient },
  { name: 'hint', key: 'menu.action.hint', run: actions.nextHint },
  { name: 'quiz', key: 'menu.action.quiz', run: (step, lang) => takeQuiz(step.step, lang) },
  { name: 'reset', key: 'menu.action.reset', run: actions.reset },
  { name: 'solution', key: 'menu.action.solution', run: actions.showSolution },
];

/** What the step list says of each step's last run. */
const STATUS: Record<StepStatus, MessageKey> = { passed: 'menu.status.passed', failed: 'menu.status.failed', untried: 'menu.status.untried' };

/** Where the cursor starts: the first step not passed yet. */
function firstToDo(): number {
  const progress = loadProgress();
  const i = STEPS.findIndex((step) => stepStatus(progress, step.step) !== 'passed');
  return i === -1 ? 0 : i;
}

async function chooseStep(lang: Lang, initial: number): Promise<Step | undefined> {
  const t = translator(lang);
  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  const progress = loadProgress();
  const mark = { passed: c.green('✓'), failed: c.red('✗'), untried: c.dim('·') };
  const titles = STEPS.map((step) => `${step.step}. ${localizeStep(step, lang).title}`);
  const statuses = STEPS.map((step) => stepStatus(progress, step.step));
  const hints = statuses.map((status) => t(STATUS[status]));
  const shown = stepTitles(titles, hints, process.stdout.columns || 80);
  const choices = STEPS.map((step, i) => ({ name: String(step.step), message: `${mark[statuses[i]]} ${shown[i]}`, hint: hints[i], echo: titles[i] }));
  choices.push({ name: 'quit', message: `  ${t('menu.quit')}`, hint: '', echo: t('menu.quit') });
  const picked = await select(t('menu.chooseStep'), choices, initial);
  return STEPS.find((s) => String(s.step) === picked);
}

/** The actions of one step until the student goes back; resolves with true when the last check made here passed. */
async function stepMenu(step: Step, lang: Lang): Promise<boolean> {
  const t = translator(lang);
  const title = localizeStep(step, lang).title;
  // Steps 5 to 8 have no client of their own: nothing to run by hand there.
  const offered = ACTIONS.filter((a) => a.name !== 'client' || step.checks.some((c) => c.role === 'client'));
  const choices = [...offered.map((a) => ({ name: a.name, message: t(a.key) })), { name: 'back', message: t('menu.action.back') }];
  let outcome: actions.Outcome = {};
  let passed = false;
  for (;;) {
    const cursor = Math.max(0, choices.findIndex((c) => c.name === nextAction(outcome)));
    const picked = await select(t('menu.chooseAction', { n: step.step, title }), choices, cursor);
    if (picked === 'back') return passed;
    console.log('');
    outcome = (await ACTIONS.find((a) => a.name === picked)!.run(step, lang)) ?? {};
    if (outcome.checked) passed = outcome.checked === 'passed';
    console.log('');
    if (!outcome.back) await pause(t('menu.continue'));
  }
}

async function main(): Promise<void> {
  const lang = detectLang();
  const t = translator(lang);
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(`${t('menu.needsTty')}\n`);
    process.exit(2);
  }
  installExitHandlers();
  console.log(new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 }).bold(`${t('menu.title')}\n`));
  let initial = firstToDo();
  try {
    for (;;) {
      const step = await chooseStep(lang, initial);
      if (!step) break;
      const passed = await stepMenu(step, lang);
      // A step just passed: the list waits on the next one to do.
      initial = passed ? firstToDo() : STEPS.indexOf(step);
    }
  } catch (error) {
    if (!(error instanceof Cancelled)) throw error;
  }
  console.log(`\n${t('menu.bye')}`);
  process.exit(0);
}

await main();
