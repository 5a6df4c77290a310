// npm run step -- N [--dir PATH] [--solution] [--json]
// Checks one step of the kit, of the reference solution, or of any folder.
// Exit code: 0 all checks pass, 1 a check fails, 2 usage error, 3 the checker itself failed.
import { installExitHandlers } from '../harness/reaper.ts';
import { runStep } from '../harness/runner.ts';
import type { CheckResult, Step } from '../harness/types.ts';
import { renderJson } from '../report/json.ts';
import { PrettyRenderer, wantsColor } from '../report/pretty.ts';
import { kitDir } from '../steps.ts';
import { existingDir, parse, parseStep, usageExit, UsageError } from './args.ts';

const USAGE = 'usage: npm run step -- N [--dir PATH] [--solution] [--json]   (N = 1…8, e.g. npm run step 3)';

interface StepArgs {
  step: Step;
  dir: string;
  json: boolean;
}

function readArgs(argv: string[]): StepArgs {
  const { values, positionals } = parse(argv, {
    dir: { type: 'string' },
    solution: { type: 'boolean' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (positionals.length > 1) throw new UsageError(`one step at a time (got ${positionals.join(' ')})`);
  const step = parseStep(positionals[0]);
  if (values.dir !== undefined && values.solution) throw new UsageError('--dir and --solution choose the folder both: give one');
  const dir = values.dir !== undefined ? existingDir(values.dir as string, '--dir') : kitDir(step, values.solution ? 'solutions' : 'steps');
  return { step, dir, json: Boolean(values.json) };
}

async function main(): Promise<void> {
  let args: StepArgs;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    usageExit(error, USAGE);
  }
  installExitHandlers(() => process.stderr.write('\ninterrupted: every program the checks started was stopped\n'));
  const { step, dir, json } = args;
  const pretty = new PrettyRenderer({ color: wantsColor(process.stdout), cwd: process.env.INIT_CWD ?? process.cwd() });
  if (!json) process.stdout.write(pretty.header(step, dir));

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
  process.exitCode = result.checks.some((c) => c.internal) ? 3 : result.passed ? 0 : 1;
}

await main();
