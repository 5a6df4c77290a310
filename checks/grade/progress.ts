// What an instructor watches while a class is graded: one line per graded
// submission, and on a terminal a live status line below them (steps done,
// elapsed time, what is running). Logs and CI get the plain lines only.
import type { Step, StepResult } from '../harness/types.ts';
import type { Submission } from './discover.ts';
import type { SubmissionGrade } from './run.ts';
import { translate, type Lang } from '../i18n/index.ts';

const CLEAR_LINE = '\r\x1b[2K';

export class Progress {
  private readonly started = Date.now();
  private readonly running = new Map<string, string>();
  private stepsDone = 0;
  private subsDone = 0;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly total: { submissions: number; steps: number },
    private readonly live = Boolean(out.isTTY),
    private readonly lang: Lang = 'en',
  ) {
    if (live) {
      this.timer = setInterval(() => this.draw(), 1000);
      this.timer.unref();
    }
  }

  stepStart(sub: Submission, step: Step): void {
    this.running.set(`${sub.dir}\0${step.step}`, sub.name);
    this.draw();
  }

  stepDone(sub: Submission, result: StepResult): void {
    this.running.delete(`${sub.dir}\0${result.step}`);
    this.stepsDone++;
    this.draw();
  }

  submissionDone(grade: SubmissionGrade): void {
    this.subsDone++;
    const n = String(this.total.submissions);
    const steps = grade.steps.map((s) => `${s.step}:${s.points}/${s.maxPoints}`).join(' ');
    this.print(translate(this.lang, 'grade.progress.done', { i: String(this.subsDone).padStart(n.length), n, name: grade.name, points: grade.points, max: grade.maxPoints, steps }));
  }

  /** A line that stays, above the live line. */
  print(line: string): void {
    this.out.write(`${this.live ? CLEAR_LINE : ''}${line}\n`);
    this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    if (this.live) this.out.write(CLEAR_LINE);
  }

  private draw(): void {
    if (!this.live) return;
    const width = Math.max(20, (this.out.columns || 80) - 1);
    const tasks = this.total.submissions * this.total.steps;
    const filled = Math.round((10 * this.stepsDone) / Math.max(1, tasks));
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(10 - filled)}]`;
    const now = [...new Set(this.running.values())].join(', ');
    const line = translate(this.lang, 'grade.progress.live', { bar, done: this.stepsDone, tasks, subs: this.subsDone, total: this.total.submissions, clock: clock(Date.now() - this.started) });
    const text = now ? translate(this.lang, 'grade.progress.running', { line, names: now }) : line;
    this.out.write(`${CLEAR_LINE}${text.length > width ? `${text.slice(0, width - 1)}…` : text}`);
  }
}

export function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
