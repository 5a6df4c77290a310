// The grader's side of confined grading: one submission's sandbox runs
// worker.ts, which grades its steps exactly as unconfined grading does and
// reports each step as a JSON line. Its programs write to pipes the worker
// reads, never to this stream. The submission counts as graded only once
// its sandbox has exited: every process it held is gone by then.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { KIT_ROOT } from '../harness/compile.ts';
import { RUNNER_PID_VAR, signalGroup, track, untrack } from '../harness/reaper.ts';
import { msg } from '../i18n/index.ts';
import type { Step, StepResult } from '../harness/types.ts';
import { STEPS } from '../steps.ts';
import { stepDir, type Submission } from '../grade/discover.ts';
import { HUNG_AFTER_BUDGET_MS, hungStep } from '../grade/hung.ts';
import type { GradeOptions } from '../grade/options.ts';
import { ConfineError, submissionSandbox, type SubmissionPlan } from './submission-sandbox.ts';
import type { WorkerEvent, WorkerTask } from './worker-protocol.ts';

/** Sandboxes in flight for `jobs` submissions side by side (more, each with fewer check slots, measured slower). */
export function sandboxesInFlight(jobs: number): number {
  return Math.max(1, jobs);
}

/** A sandbox that has not started its checks by then is reported as the checker's failure. */
const START_MS = 60_000;

export async function gradeConfined(sub: Submission, steps: Step[], o: GradeOptions): Promise<StepResult[]> {
  const dirs = new Map(steps.map((s) => [s.step, stepDir(sub, s)]));
  // Every step folder of the submission is copied in, graded or not: a step may import from an earlier one.
  let plan: SubmissionPlan;
  try {
    plan = submissionSandbox(sub.dir, [...new Set([...dirs.values(), ...STEPS.map((s) => stepDir(sub, s))])], KIT_ROOT);
  } catch (error) {
    if (!(error instanceof ConfineError)) throw error;
    return steps.map((s) => hungStep(s, dirs.get(s.step)!, [], 0, error.text));
  }
  const task: WorkerTask = {
    steps: steps.map((s) => ({ step: s.step, dir: dirs.get(s.step)!, notes: plan.notes.get(dirs.get(s.step)!) ?? [] })),
    budgetMs: o.budgetMs,
    concurrency: o.concurrency,
  };
  const worker = [process.execPath, '--import', 'tsx', join(KIT_ROOT, 'checks', 'confine', 'worker.ts')];
  const child = spawn('bwrap', [...plan.args, '--', ...worker], { cwd: KIT_ROOT, env: { ...plan.env, TCP_LAB_SLOT_SHARE: String(sandboxesInFlight(o.jobs)), [RUNNER_PID_VAR]: String(process.pid) }, detached: true, stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  if (child.pid) track(child.pid, `${process.pid}.${randomUUID()}`);
  child.stdin.on('error', () => {});
  child.stdin.end(JSON.stringify(task));
  // fd 3 is only held open: the worker ends as soon as this process does, whatever ends it.

  const results = new Map<number, StepResult>();
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  createInterface({ input: child.stdout }).on('line', (line) => {
    let event: WorkerEvent;
    try {
      event = JSON.parse(line) as WorkerEvent;
    } catch {
      return;
    }
    const step = steps.find((s) => s.step === (event.event === 'start' ? event.step : event.result.step));
    if (!step) return;
    if (event.event === 'start') o.onStepStart?.(sub, step);
    else {
      results.set(step.step, event.result);
      o.onStepDone?.(sub, event.result);
    }
  });

  const limitMs = START_MS + o.budgetMs + HUNG_AFTER_BUDGET_MS;
  const kill = () => child.pid && signalGroup(child.pid, 'SIGKILL');
  const timer = setTimeout(kill, limitMs);
  o.signal?.addEventListener('abort', kill);
  const exit = await new Promise<number | null>((resolve) => {
    child.on('error', () => resolve(null));
    child.on('close', (code) => resolve(code));
  });
  clearTimeout(timer);
  o.signal?.removeEventListener('abort', kill);
  if (child.pid) untrack(child.pid);

  const why = exit === 0 ? msg('hung.notReported') : msg('hung.sandboxEnded', { detail: describe(exit, stderr) });
  return steps.map((s) => results.get(s.step) ?? hungStep(s, dirs.get(s.step)!, [], limitMs, why));
}

function describe(code: number | null, stderr: string): string {
  const last = stderr.trim().split('\n').at(-1)?.slice(0, 200);
  return `${code === null ? 'killed' : `exit code ${code}`}${last ? `: ${last}` : ''}`;
}
