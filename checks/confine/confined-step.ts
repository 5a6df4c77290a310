// `npm run step -- N --confine`: the same run, inside the sandbox grading
// uses. The command starts itself again in a submission sandbox made for
// this one step folder (a throwaway copy of it), with the same terminal;
// inside, every program is started in its own sandbox.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KIT_ROOT } from '../harness/compile.ts';
import { RUNNER_PID_VAR } from '../harness/reaper.ts';
import { STEPS } from '../steps.ts';
import { msg, render, type Lang } from '../i18n/index.ts';
import { confinementSupport, refusal } from './support.ts';
import { ConfineError, submissionSandbox, type SubmissionPlan } from './submission-sandbox.ts';

/** Runs `step.ts ARGS --dir DIR` confined; resolves with its exit code. Exits 3 when this machine cannot confine. */
export function runConfinedStep(dir: string, args: string[], lang: Lang): Promise<number> {
  const support = confinementSupport();
  if (!support.ok) {
    process.stderr.write(refusal(support, 'step', lang));
    return Promise.resolve(3);
  }
  // Its sibling step folders come along (read-only to the programs): a step may import from an earlier one.
  const siblings = STEPS.map((s) => join(dirname(dir), s.slug)).filter((d) => d !== dir && existsSync(d));
  let plan: SubmissionPlan;
  try {
    plan = submissionSandbox(dirname(dir), [dir, ...siblings], KIT_ROOT);
  } catch (error) {
    if (!(error instanceof ConfineError)) throw error;
    process.stderr.write(`${render(lang, msg('confine.step.error', { error: error.text }))}\n`);
    return Promise.resolve(2);
  }
  const env = { ...plan.env, [RUNNER_PID_VAR]: String(process.pid), ...(process.env.INIT_CWD ? { INIT_CWD: process.env.INIT_CWD } : {}) };
  const command = [process.execPath, '--import', 'tsx', join(KIT_ROOT, 'checks', 'cli', 'step.ts'), ...args, '--dir', dir];
  const child = spawn('bwrap', [...plan.args, '--', ...command], { cwd: KIT_ROOT, env, stdio: 'inherit' });
  return new Promise((resolve) => {
    child.on('error', () => resolve(3));
    child.on('exit', (code, signal) => resolve(code ?? (signal === 'SIGINT' ? 130 : 143)));
  });
}
