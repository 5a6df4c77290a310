// npm run grade -- FOLDER [--out DIR] [--steps 1-3,5] [--jobs N] [--budget SECONDS] [--unconfined]
// Grades every submission in FOLDER with the checks of `npm run step`, and
// writes grades.csv, grades.json, junit.xml and index.html into DIR (default
// grades/). Each submission is checked in a sandbox of its own (confine/);
// where that is impossible, nothing runs unless --unconfined says so.
// Exit code: 0 grading finished (whatever the students scored), 2 usage
// error, 3 this machine cannot confine.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { discoverSubmissions, DiscoveryError, type Submission } from '../grade/discover.ts';
import { Progress, clock } from '../grade/progress.ts';
import { gradeClass, sortGrades, type SubmissionGrade } from '../grade/run.ts';
import { REPORT_FILES, writeReports } from '../grade/write.ts';
import { installExitHandlers } from '../harness/reaper.ts';
import type { Step } from '../harness/types.ts';
import { renderClassTable } from '../report/class-table.ts';
import { STEPS } from '../steps.ts';
import { parseStepList } from '../grade/select.ts';
import { parse, usageExit, userPath, UsageError } from './args.ts';
import { confinementSupport, refusal } from '../confine/support.ts';
import { detectLang, msg, render, translator } from '../i18n/index.ts';

const USAGE = msg('grade.usage');
const DEFAULT_BUDGET_S = 60;

interface GradeArgs {
  folder: string;
  /** The folder as typed, for messages. */
  folderArg: string;
  outDir: string;
  steps: Step[];
  jobs: number;
  budgetMs: number;
  confine: boolean;
}

function positiveInt(raw: string, flag: string, max: number): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > max) throw new UsageError(msg('grade.wholeNumber', { flag, raw, max }));
  return n;
}

function readArgs(argv: string[]): GradeArgs {
  const { values, positionals } = parse(argv, {
    out: { type: 'string' },
    steps: { type: 'string' },
    jobs: { type: 'string' },
    budget: { type: 'string' },
    unconfined: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${render(detectLang(), USAGE)}\n`);
    process.exit(0);
  }
  if (positionals.length === 0) throw new UsageError(msg('grade.whichClass'));
  if (positionals.length > 1) throw new UsageError(msg('grade.oneClass', { folders: positionals.join(' ') }));
  const outDir = userPath((values.out as string | undefined) ?? 'grades');
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(msg('grade.outNotFolder', { out: String(values.out) }));
  return {
    folder: userPath(positionals[0]),
    folderArg: positionals[0],
    outDir,
    steps: values.steps === undefined ? STEPS : parseStepList(values.steps as string),
    jobs: values.jobs === undefined ? availableParallelism() : positiveInt(values.jobs as string, '--jobs', 64),
    budgetMs: 1000 * (values.budget === undefined ? DEFAULT_BUDGET_S : positiveInt(values.budget as string, '--budget', 3600)),
    confine: !values.unconfined,
  };
}

function findClass(args: GradeArgs): Submission[] {
  try {
    return discoverSubmissions(args.folder, [args.outDir]);
  } catch (error) {
    if (error instanceof DiscoveryError) throw new UsageError(msg('grade.folder', { folder: args.folderArg, why: error.text }));
    throw error;
  }
}

async function main(): Promise<void> {
  let args: GradeArgs;
  let subs: Submission[];
  try {
    args = readArgs(process.argv.slice(2));
    subs = findClass(args);
  } catch (error) {
    usageExit(error, USAGE);
  }
  const { outDir, steps, confine } = args;
  if (confine) refuseUnconfinable();
  const numbers = steps.map((s) => s.step);
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const shownOut = relative(cwd, outDir) || '.';
  const graded: SubmissionGrade[] = [];
  const lang = detectLang();
  const t = translator(lang);
  const progress = new Progress(process.stderr, { submissions: subs.length, steps: steps.length }, Boolean(process.stderr.isTTY), lang);
  installExitHandlers((signal) => {
    // Every program was just killed; keep what was fully graded before leaving.
    progress.stop();
    writeReports(outDir, sortGrades(graded, subs), numbers, false, confine);
    const where = { done: graded.length, total: subs.length, out: shownOut };
    process.stderr.write(`\n${signal === 'SIGINT' ? t('grade.interrupted', where) : t('grade.stopped', { ...where, signal })}\n`);
  });

  if (!confine) progress.print(t('grade.unconfinedStart'));
  progress.print(t('grade.start', { subs: subs.length, steps: steps.length, numbers: numbers.join(', '), jobs: args.jobs, budget: args.budgetMs / 1000 }));
  const started = Date.now();
  const grades = await gradeClass(subs, steps, {
    jobs: args.jobs,
    budgetMs: args.budgetMs,
    confine,
    onStepStart: (sub, step) => progress.stepStart(sub, step),
    onStepDone: (sub, result) => progress.stepDone(sub, result),
    onSubmissionDone: (grade) => {
      graded.push(grade);
      progress.submissionDone(grade);
      writeReports(outDir, sortGrades(graded, subs), numbers, false, confine);
    },
  });
  progress.stop();
  writeReports(outDir, grades, numbers, true, confine);

  const summary = t('grade.summary', { n: grades.length, time: clock(Date.now() - started), files: REPORT_FILES.map((f) => `${shownOut}/${f}`).join(', ') });
  // Exiting (once the table is out) also kills, by the exit handler, whatever a check that never returned left running.
  const notes = grades.flatMap((g) => g.steps.flatMap((s) => (s.notes ?? []).map((note) => t('grade.note', { name: g.name, step: s.step, note }))));
  const noted = notes.length ? `\n${t('grade.notes')}\n${notes.map((n) => `  ${n}`).join('\n')}\n` : '';
  const mark = confine ? '' : `\n${t('grade.unconfinedMark')}\n`;
  process.stdout.write(`\n${renderClassTable(grades, numbers, lang)}\n${noted}${mark}${summary}\n`, () => process.exit(0));
}

/** Fail closed: say why and how to fix it, and run nothing. */
function refuseUnconfinable(): void {
  const support = confinementSupport();
  if (support.ok) return;
  process.stderr.write(refusal(support, 'grade', detectLang()));
  process.exit(3);
}

await main();
