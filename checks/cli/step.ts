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
import { localizeResult, localizeStep } from '../report/localize.ts';
import { detectLang, msg, translate } from '../i18n/index.ts';
import { recordIfOwn } from '../progress.ts';
import { showNextHint } from './hint.ts';
import { watchStep } from './watch.ts';
import { kitDir } from '../steps.ts';
import { confinedHere } from '../confine/program-sandbox.ts';
import { copyInFromEnv } from '../confine/copy-in.ts';
import { runConfinedStep } from '../confine/confined-step.ts';
import { existingDir, htmlTarget, writeHtmlTarget, parse, parseStep, reclaimNpmFlags, usageExit, UsageError } from './args.ts';

const USAGE = msg('cli.step.usage');

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
    process.stdout.write(`${translate(detectLang(), 'cli.step.usage')}\n`);
    process.exit(0);
  }
  if (positionals.length > 1) throw new UsageError(msg('cli.step.oneStep', { steps: positionals.join(' ') }));
  const step = parseStep(positionals[0]);
  if (values.dir !== undefined && values.solution) throw new UsageError(msg('cli.step.dirOrSolution'));
  const dir = values.dir !== undefined ? existingDir(values.dir as string, '--dir') : kitDir(step, values.solution ? 'solutions' : 'steps');
  if ([values.json, values.watch, values.hint].filter(Boolean).length > 1) throw new UsageError(msg('cli.step.oneMode'));
  if (values.html !== undefined && (values.watch || values.hint)) throw new UsageError(msg('cli.step.htmlOnce'));
  if (values.confine && (values.watch || values.hint || values.html !== undefined)) {
    throw new UsageError(msg('cli.step.confineOnce'));
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
    process.exitCode = await runConfinedStep(dir, args.confine, lang);
    return;
  }
  if (confinedHere()) copyInFromEnv();
  if (args.mode === 'watch') return watchStep(step, dir, lang); // with its own exit message
  installExitHandlers(() =>
    process.stderr.write(`\n${translate(lang, 'cli.step.interrupted')}\n`),
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
