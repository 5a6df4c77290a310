// npm run step -- N [--dir PATH] [--solution] [--json] [--html FILE] [--watch] [--hint] [--confine]
// Checks one step of the kit, of the reference solution, or of any folder;
// with --confine, inside the sandbox grading uses (confine/).
// Exit code: 0 all checks pass, 1 a check fails, 2 usage error, 3 the checker itself failed.
import { installExitHandlers } from '../harness/reaper.ts';
import { runStep } from '../harness/runner.ts';
import type { CheckResult, Step } from '../harness/types.ts';
import { renderJson } from '../report/json.ts';
import { renderStepHtml } from '../report/html.ts';
import { PrettyRenderer, wantsColor } from '../report/pretty.ts';
import { localizeResult, localizeStep } from '../i18n/hints.ts';
import { detectLang } from '../i18n/index.ts';
import { recordIfOwn } from '../progress.ts';
import { showNextHint } from './hint.ts';
import { watchStep } from './watch.ts';
import { kitDir } from '../steps.ts';
import { confinedHere } from '../confine/program-sandbox.ts';
import { copyInFromEnv } from '../confine/copy-in.ts';
import { runConfinedStep } from '../confine/confined-step.ts';
import { existingDir, htmlTarget, writeHtmlTarget, parse, parseStep, reclaimNpmFlags, usageExit, UsageError } from './args.ts';

const USAGE = {
  en: 'usage: npm run step -- N [--dir PATH] [--solution] [--json | --watch | --hint] [--html FILE] [--confine]   (N = 1…8, e.g. npm run step 3)',
  fr: 'usage : npm run step -- N [--dir DOSSIER] [--solution] [--json | --watch | --hint] [--html FICHIER] [--confine]   (N = 1…8, par exemple npm run step 3)',
};

interface StepArgs {
  step: Step;
  dir: string;
  json: boolean;
  /** Where to write the step's HTML page, when asked. */
  html?: string;
  mode: 'once' | 'watch' | 'hint';
  /** Run inside the grading sandbox (the arguments to pass on, without --confine). */
  confine?: string[];
}

function readArgs(argv: string[]): StepArgs {
  const { values, positionals } = parse(argv, {
    dir: { type: 'string' },
    solution: { type: 'boolean' },
    json: { type: 'boolean' },
    html: { type: 'string' },
    watch: { type: 'boolean' },
    hint: { type: 'boolean' },
    confine: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  reclaimNpmFlags(values, positionals, { booleans: ['solution', 'json', 'watch', 'hint', 'confine'], strings: ['dir', 'html'] }, 'step');
  if (values.help) {
    process.stdout.write(`${detectLang() === 'fr' ? USAGE.fr : USAGE.en}\n`);
    process.exit(0);
  }
  if (positionals.length > 1) throw new UsageError({ en: `one step at a time (got ${positionals.join(' ')})`, fr: `une étape à la fois (reçu ${positionals.join(' ')})` });
  const step = parseStep(positionals[0]);
  if (values.dir !== undefined && values.solution) throw new UsageError({ en: '--dir and --solution choose the folder both: give one', fr: '--dir et --solution choisissent tous deux le dossier : donnez-en un seul' });
  const dir = values.dir !== undefined ? existingDir(values.dir as string, '--dir') : kitDir(step, values.solution ? 'solutions' : 'steps');
  if ([values.json, values.watch, values.hint].filter(Boolean).length > 1) throw new UsageError({ en: '--json, --watch and --hint do not go together: give one', fr: '--json, --watch et --hint ne vont pas ensemble : donnez-en un seul' });
  if (values.html !== undefined && (values.watch || values.hint)) throw new UsageError({ en: '--html goes with a single run: not with --watch or --hint', fr: '--html va avec une seule exécution : pas avec --watch ni --hint' });
  if (values.confine && (values.watch || values.hint || values.html !== undefined)) {
    throw new UsageError({ en: '--confine goes with a single run: not with --watch, --hint or --html', fr: '--confine va avec une seule exécution : pas avec --watch, --hint ni --html' });
  }
  const html = values.html === undefined ? undefined : htmlTarget(values.html as string);
  const confine = values.confine ? [String(step.step), ...(values.json ? ['--json'] : [])] : undefined;
  return { step, dir, html, json: Boolean(values.json), mode: values.watch ? 'watch' : values.hint ? 'hint' : 'once', confine };
}

async function main(): Promise<void> {
  let args: StepArgs;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    usageExit(error, USAGE);
  }
  const { step, dir, json } = args;
  const lang = detectLang();
  if (args.confine && !confinedHere()) {
    installExitHandlers();
    process.exitCode = await runConfinedStep(dir, args.confine, lang === 'fr');
    return;
  }
  if (confinedHere()) copyInFromEnv();
  if (args.mode === 'watch') return watchStep(step, dir, lang); // with its own exit message
  installExitHandlers(() =>
    process.stderr.write(lang === 'fr' ? '\ninterrompu : tous les programmes lancés par les vérifications ont été arrêtés\n' : '\ninterrupted: every program the checks started was stopped\n'),
  );
  if (args.mode === 'hint') return showNextHint(step, dir, lang);
  const pretty = new PrettyRenderer({ color: wantsColor(process.stdout), cwd: process.env.INIT_CWD ?? process.cwd(), lang, own: dir === kitDir(step, 'steps'), localize: (r) => localizeResult(step, r, lang) });
  if (!json) process.stdout.write(pretty.header(localizeStep(step, lang), dir));

  // Print each check as soon as it and every check above it are done: live, yet in order.
  const order = step.checks.map((c) => c.id);
  const finished = new Map<string, CheckResult>();
  let printed = 0;
  const result = await runStep(step, dir, {
    onResult: (r) => {
      finished.set(r.id, r);
      while (!json && printed < order.length && finished.has(order[printed])) {
        process.stdout.write(pretty.check(finished.get(order[printed++])!));
      }
    },
  });
  process.stdout.write(json ? renderJson(result) : pretty.footer(result));
  if (!confinedHere()) recordIfOwn(step, dir, result); // the kit is read-only in the sandbox
  process.exitCode = result.checks.some((c) => c.internal) ? 3 : result.passed ? 0 : 1;
  if (args.html) writeHtmlTarget(args.html, renderStepHtml(result, lang), lang);
}

await main();
