// Runs the checks of one step against one folder: independent checks side
// by side, each under its own deadline, a check skipped when one it needs
// failed, and the checker's own failures kept apart from the student's.
import { programFiles, stepRoles } from './program.ts';
import { resolve } from 'node:path';
import { checkSlots, defaultSlotOptions } from './check-slots.ts';
import { CheckRun } from './context.ts';
import { msg, render, type Message } from '../i18n/index.ts';
import { CheckFailure, InternalError, joined, seconds } from './failure.ts';
import { StartError } from './program.ts';
import { ServerPool } from './server-pool.ts';
import type { Check, CheckResult, FailureData, SkipReason, Step, StepResult } from './types.ts';

const DEFAULT_CHECK_MS = 15_000;
/** Servers a step keeps when they are reused: its checks then take turns on them. */
const SERVERS_PER_STEP = 2;
const STOPPED = Symbol('stopped');
export const START_HINT = msg('hint.harness.start');

export interface RunStepOptions {
  /** Checks run at once; programs start in parallel, so a little above the core count. */
  concurrency?: number;
  /** Called as each check finishes, for live output. */
  onResult?: (result: CheckResult) => void;
  /** Called as each check gets its slot and starts. */
  onStart?: (check: Check) => void;
  /**
   * Start a check only once the checks it needs have passed. Slower to
   * report, but a failing step starts no program for nothing: grading a
   * class, where the CPU and not the wait is the limit, wants this.
   */
  needsFirst?: boolean;
  /**
   * In steps whose data allow it, checks take over the server of an earlier
   * passing check instead of starting their own (harness/server-pool.ts):
   * far fewer program starts for a class, the same verdicts.
   */
  reuseServers?: boolean;
  /** Only these check ids (and what they need). */
  only?: string[];
  signal?: AbortSignal;
}

/**
 * One set of check slots for the whole process: steps run side by side
 * (grading, tests) share the cores instead of each assuming it has them all,
 * so a correct program is never starved past its 2 s deadline.
 */
const sharedSlots = checkSlots(defaultSlotOptions());
/**
 * Steps rank in the order they were asked for: a step's checks (dependents
 * included, asked for late) go before those of steps asked for after it, so
 * a step started is a step soon finished, its time and budget its own.
 */
let stepsAsked = 0;

export async function runStep(step: Step, dir: string, o: RunStepOptions = {}): Promise<StepResult> {
  const asked = performance.now();
  const rank = stepsAsked++;
  let firstStart: number | undefined; // time spent waiting for a slot is not the step's
  const absDir = resolve(dir);
  const checks = selectChecks(step.checks, o.only);
  const done = new Map<string, Promise<CheckResult>>();
  const limit = o.concurrency ? checkSlots({ base: o.concurrency, max: o.concurrency }) : sharedSlots;
  const pool = o.reuseServers && step.reuseServer ? new ServerPool(SERVERS_PER_STEP) : undefined;

  // A check starts without waiting for the checks it needs (they rarely fail
  // once a step is nearly done, and waiting would double the feedback time);
  // if one of them fails, the check is cancelled and reported as skipped.
  // With `needsFirst`, it waits for them instead.
  // One listener on the caller's signal for all the checks (watch mode passes
  // one signal per run: a listener per check would pass Node's limit of 10).
  const cancels = new Set<AbortController>();
  const cancelAll = () => cancels.forEach((c) => c.abort());
  o.signal?.addEventListener('abort', cancelAll, { once: true });
  let lightDone!: () => void;
  const lightChecksDone = new Promise<void>((r) => (lightDone = r));
  let heavyTurn = lightChecksDone;
  for (const check of checks) {
    const needs = (check.needs ?? []).map((id) => done.get(id)!);
    const cancel = new AbortController();
    cancels.add(cancel);
    if (o.signal?.aborted) cancel.abort();
    const abort = () => cancel.abort();
    for (const need of needs) void need.then((r) => r.status !== 'pass' && abort());
    const start = () =>
      limit(() => {
        if (cancel.signal.aborted) return Promise.resolve(null);
        firstStart ??= performance.now();
        o.onStart?.(check);
        return runCheck(check, absDir, cancel.signal, step.step, pool);
      }, rank);
    const ready = () => (o.needsFirst ? Promise.all(needs).then(start) : start());
    let own: Promise<CheckResult | null>;
    if (check.heavy) {
      own = heavyTurn.then(ready);
      heavyTurn = own.then(() => undefined);
    } else own = ready();
    done.set(
      check.id,
      Promise.all([own, Promise.all(needs)]).then(([r, before]) => {
        cancels.delete(cancel);
        const blocked = before.find((b) => b.status !== 'pass');
        const result = blocked
          ? skipped(check, { reason: 'needs', check: blocked.id }, step.checks)
          : (r ?? skipped(check, { reason: 'cancelled' }, step.checks));
        o.onResult?.(result);
        return result;
      }),
    );
  }

  void Promise.all(checks.filter((c) => !c.heavy).map((c) => done.get(c.id)!)).then(() => lightDone());
  const results = await Promise.all(checks.map((c) => done.get(c.id)!));
  o.signal?.removeEventListener('abort', cancelAll);
  await pool?.drain();
  const points = results.reduce((sum, r) => sum + r.points, 0);
  return {
    step: step.step,
    slug: step.slug,
    title: step.title,
    dir: absDir,
    passed: results.every((r) => r.status === 'pass'),
    points,
    maxPoints: results.reduce((sum, r) => sum + r.maxPoints, 0),
    durationMs: Math.round(performance.now() - (firstStart ?? asked)),
    ...programFiles(absDir, stepRoles(step)),
    checks: results,
  };
}

function selectChecks(all: Check[], only?: string[]): Check[] {
  if (!only?.length) return all;
  const wanted = new Set<string>();
  const add = (id: string) => {
    if (wanted.has(id)) return;
    wanted.add(id);
    for (const need of all.find((c) => c.id === id)?.needs ?? []) add(need);
  };
  only.forEach(add);
  return all.filter((c) => wanted.has(c.id));
}

function skipped(check: Check, skip: SkipReason, checks: Check[]): CheckResult {
  return { id: check.id, title: check.title, status: 'skip', message: render('en', skipMessage(skip, checks)), skip, durationMs: 0, points: 0, maxPoints: check.points ?? 1 };
}

/** Why a check was skipped, as the reports say it. */
export function skipMessage(skip: SkipReason, checks: Pick<Check, 'id' | 'text'>[]): Message {
  if (skip.reason === 'cancelled') return msg('skip.cancelled');
  if (skip.reason === 'budget') return msg('skip.budget', { seconds: skip.seconds });
  return msg('skip.needs', { check: checks.find((c) => c.id === skip.check)?.text.title ?? skip.check });
}

/**
 * Runs one check; `cancel` stops it early (its programs stopped), with a null
 * result. With `pool`, its server may be one an earlier check left running.
 */
export async function runCheck(check: Check, dir: string, cancel?: AbortSignal, step?: number, pool?: ServerPool): Promise<CheckResult | null> {
  const first = await attempt(check, dir, cancel, step, pool);
  // A failure on a server that served other checks before may be their
  // doing: the verdict is the one a fresh server gives.
  if (first?.reused && first.result.status === 'fail') return (await attempt(check, dir, cancel, step))?.result ?? null;
  return first?.result ?? null;
}

async function attempt(check: Check, dir: string, cancel?: AbortSignal, step?: number, pool?: ServerPool): Promise<{ result: CheckResult; reused: boolean } | null> {
  const t = new CheckRun(dir, step, pool);
  const result = await runIn(t, check, cancel);
  return result && { result, reused: t.reusedServer };
}

async function runIn(t: CheckRun, check: Check, cancel?: AbortSignal): Promise<CheckResult | null> {
  const started = performance.now();
  const maxPoints = check.points ?? 1;
  const limitMs = check.timeoutMs ?? DEFAULT_CHECK_MS;
  let timer: NodeJS.Timeout | undefined;
  let error: unknown = null;
  try {
    const body = check.run(t);
    body.catch(() => {}); // after a timeout its late failure is not news
    await Promise.race([
      body,
      new Promise((_, reject) => {
        if (cancel?.aborted) reject(STOPPED);
        cancel?.addEventListener('abort', () => reject(STOPPED), { once: true });
      }),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new CheckFailure({ expected: msg('expected.finishWithin', { time: seconds(limitMs) }), received: msg('received.stillWaiting'), cause: 'check-timeout' })),
          limitMs,
        );
      }),
    ]);
  } catch (e) {
    error = e instanceof CheckFailure ? await t.explainCrash(e) : e;
  } finally {
    clearTimeout(timer);
  }
  let leftovers: Message[] = [];
  try {
    leftovers = await t.cleanup(!error);
  } catch (e) {
    error ??= new InternalError(render('en', msg('internal.cleanup', { error: (e as Error).message })));
  }
  if (!error && leftovers.length) {
    error = new CheckFailure({
      expected: msg('expected.nothingOutlives'),
      received: msg('received.leftRunning', { processes: joined(leftovers, 'list.semicolons') }),
      hint: msg('hint.harness.leftProcesses'),
      cause: 'left-processes',
    });
  }
  if (error === STOPPED || cancel?.aborted) return null;
  const base = { id: check.id, title: check.title, durationMs: Math.round(performance.now() - started), maxPoints };
  if (!error) return { ...base, status: 'pass', points: maxPoints };
  const transcript = t.transcript.snapshot();
  if (error instanceof CheckFailure) {
    const hint = error.hint ?? check.text.hints[0];
    const failure: FailureData = { ...error.init, hint, blame: 'student', cause: error.cause };
    return { ...base, status: 'fail', points: 0, message: error.message, hint: render('en', hint), failure, transcript };
  }
  if (error instanceof StartError) {
    // A program missing or not compiling: one line, no sent / expected / received.
    const failure: FailureData = { received: error.text, hint: START_HINT, cause: 'not-started', blame: 'student' };
    return { ...base, status: 'fail', points: 0, message: error.message, hint: render('en', START_HINT), failure, transcript };
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const text = msg('internal.error', { detail });
  return {
    ...base,
    status: 'fail',
    points: 0,
    internal: true,
    message: render('en', text),
    failure: { received: text, cause: 'internal', blame: 'checker' },
    transcript,
  };
}
