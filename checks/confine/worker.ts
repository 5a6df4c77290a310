// Runs inside one submission's sandbox: copies its step folders in, grades
// each step exactly as unconfined grading does (gradeStep), and reports on
// stdout, one JSON line per event. Nothing else writes to stdout here.
import { Socket } from 'node:net';
import { text } from 'node:stream/consumers';
import { gradeStep } from '../grade/run.ts';
import { STEPS } from '../steps.ts';
import { copyInFromEnv } from './copy-in.ts';
import type { WorkerEvent, WorkerTask } from './worker-protocol.ts';

function emit(event: WorkerEvent): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

/** The grader holds the other end of fd 3: its end of file means the grader is gone, and so must this be. */
function endWithGrader(): void {
  const link = new Socket({ fd: 3, readable: true, writable: false });
  link.on('error', () => process.exit(1));
  link.on('end', () => process.exit(1));
  link.resume();
  link.unref();
}

async function main(): Promise<void> {
  endWithGrader();
  const task = JSON.parse(await text(process.stdin)) as WorkerTask;
  const copied = copyInFromEnv();
  await Promise.all(
    task.steps.map(async ({ step: n, dir, notes }) => {
      const step = STEPS.find((s) => s.step === n)!;
      emit({ event: 'start', step: n });
      const result = await gradeStep(dir, step, { budgetMs: task.budgetMs, concurrency: task.concurrency });
      const said = [...notes, ...(copied.get(dir) ?? [])];
      emit({ event: 'done', result: said.length ? { ...result, notes: said } : result });
    }),
  );
}

await main();
// Programs are stopped by now; whatever a check left behind ends with this sandbox.
process.stdout.write('', () => process.exit(0));
