// The terminal renderer a student reads dozens of times an evening: one
// line a check, and under a failure what was sent, expected and received,
// a hint about the concept, and the conversation that led there.
import { relative } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckResult, Step, StepResult, TranscriptEntry } from '../harness/types.ts';
import { countLine } from './summary.ts';
import { findStep } from '../steps.ts';
import { translator, type Lang, type Translate } from '../i18n/index.ts';
import { displayWidth, foldWidth, wrap } from './wrap.ts';
import { programFiles, stepRoles } from '../harness/program.ts';

const TRANSCRIPT_ROWS = 24;

export interface PrettyOptions {
  color: boolean;
  /** Paths are shown relative to this folder. */
  cwd: string;
  /** False when the folder checked is not the student's own (--solution, --dir): no "next step" then. */
  own?: boolean;
  /** Language of the renderer's own words (default English). */
  lang?: Lang;
  /** The result in the reader's language (titles, hints); see i18n/hints.ts. */
  localize?: (r: CheckResult) => CheckResult;
  /** Watch mode runs the step again on each save: the footer says so instead of "run the step again". */
  watching?: boolean;
  /** Run from the menu (npm start): the footer points at the menu's actions rather than at commands. */
  inMenu?: boolean;
  /** Columns text is folded to (default: the terminal's, at most 100). */
  width?: number;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(stream: NodeJS.WriteStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export class PrettyRenderer {
  private readonly c: ChalkInstance;
  private readonly t: Translate;
  private readonly width: number;
  private lastFailure?: string;

  constructor(private readonly o: PrettyOptions) {
    this.c = new Chalk({ level: o.color ? 1 : 0 });
    this.t = translator(o.lang ?? 'en');
    this.width = o.width ?? foldWidth();
  }

  header(step: Step, dir: string): string {
    const where = relative(this.o.cwd, dir) || '.';
    const concept = wrap(step.concept, this.width).map((l) => this.c.dim(l));
    return `${this.c.bold(this.t('report.step', { n: step.step, title: step.title }))}  ${this.c.dim(where)}\n${concept.join('\n')}\n${this.programsLine(dir, step)}\n`;
  }

  /** Which files run, and which were left aside (a server.py next to the starter's server.ts). */
  private programsLine(dir: string, step: Step): string {
    const { programs, ignored } = programFiles(dir, stepRoles(step));
    const run = Object.values(programs);
    if (!run.length) return '';
    const rows = [this.c.dim(this.t('report.runs', { files: run.join(', ') }))];
    for (const file of ignored) {
      const role = file.slice(0, file.indexOf('.')) as 'server' | 'client';
      rows.push(this.c.yellow(this.t('report.ignored', { file, first: programs[role] ?? '' })));
    }
    return `${rows.flatMap((r) => wrap(r, this.width)).join('\n')}\n`;
  }

  /**
   * A check's line: its mark and title, then `after` (its time, or why it
   * was skipped) beside the title when it fits, else under it. Each line is
   * painted on its own, so that no colour runs over a line break.
   */
  private titleLine(mark: string, title: string, bold: boolean, after: string, paintAfter: (text: string) => string): string[] {
    const paintTitle = (text: string) => (bold ? this.c.bold(text) : text);
    const rows = wrap(title, this.width, '    '); // as wide as "  ✓ "
    const lines = rows.map((row, i) => `${i === 0 ? `  ${mark} ` : '    '}${paintTitle(row.slice(4))}`);
    if (displayWidth(`${rows.at(-1)}  ${after}`) <= this.width) {
      lines[lines.length - 1] += `  ${paintAfter(after)}`;
      return lines;
    }
    return [...lines, ...wrap(after, this.width, '      ').map(paintAfter)];
  }

  check(result: CheckResult): string {
    const { c } = this;
    const r = this.o.localize?.(result) ?? result;
    const dim = (text: string) => c.dim(text);
    const time = formatMs(r.durationMs);
    if (r.status === 'pass') return `${this.titleLine(c.green('✓'), r.title, false, time, dim).join('\n')}\n`;
    if (r.status === 'skip') return `${this.titleLine(c.yellow('-'), r.title, false, `(${r.message ?? 'skipped'})`, dim).join('\n')}\n`;
    const mark = r.internal ? c.magenta('!') : c.red('✗');
    const lines = this.titleLine(mark, r.title, true, time, dim);
    // A program that does not start fails every check alike: say it once.
    if (r.message && r.message === this.lastFailure) return `${lines.join('\n')}\n      ${c.dim(this.t('report.same'))}\n\n`;
    this.lastFailure = r.message;
    for (const row of (r.message ?? '').split('\n')) lines.push(...this.failureRow(row));
    if (r.hint) lines.push(...wrap(r.hint, this.width, `      ${this.t('report.hint')}`).map((l) => c.cyan(l)));
    if (r.transcript?.length) lines.push(...this.transcript(r.transcript));
    return `${lines.join('\n')}\n\n`;
  }

  /**
   * One row of a failure ("expected: …", or a line of stderr under it),
   * folded to the terminal with its continuation under the text: quoted
   * data shows its escapes (\\n), so a fold is never mistaken for data.
   */
  private failureRow(row: string): string[] {
    const label = /^(\S[^:]*:\s+)(.*)$/.exec(row);
    if (label && !row.startsWith(' ')) return wrap(label[2], this.width, `      ${label[1]}`);
    const indent = /^\s*/.exec(row)![0];
    return wrap(row.slice(indent.length), this.width, `      ${indent}`);
  }

  private transcript(entries: TranscriptEntry[]): string[] {
    const { c } = this;
    const shown = entries.slice(-TRANSCRIPT_ROWS);
    const width = Math.min(16, Math.max(...shown.map((e) => e.who.length)));
    const rows = [c.dim(`      ${this.t('report.transcript')}`)];
    if (entries.length > shown.length) rows.push(c.dim(`        ${this.t('report.earlier', { n: entries.length - shown.length })}`));
    // Every row starts in the same columns; a text of several lines (a
    // program's stack trace in one note) goes on under the text column.
    const under = ' '.repeat(8 + 8 + 2 + width + 3);
    for (const e of shown) {
      const at = `+${(e.at / 1000).toFixed(3)}s`;
      const [first, ...more] = e.text.split(/\r?\n/);
      const paint = (s: string) => (e.dir === '·' ? c.dim(s) : s);
      rows.push(`        ${c.dim(at.padStart(8))}  ${e.who.padEnd(width)} ${e.dir} ${paint(first)}`);
      for (const line of more) rows.push(`${under}${paint(line)}`);
    }
    return rows;
  }

  footer(result: StepResult): string {
    const { c } = this;
    const internal = result.checks.some((r) => r.internal);
    const lines: string[] = [''];
    const say = (paint: (text: string) => string, text: string) => lines.push(...wrap(text, this.width).map((l) => paint(l)));
    if (internal) say((l) => c.magenta(l), this.t('report.internal'));
    else if (result.passed) {
      // The reference or another folder passing is no progress of the student's: no "well done", no next step.
      if (this.o.own === false) say((l) => c.green(l), this.t('report.passesThere', { n: result.step }));
      else say((l) => c.green(l), `${this.t('report.passes', { n: result.step })}${findStep(result.step + 1) ? this.t('report.next', { m: result.step + 1 }) : this.t('report.last')}`);
    }
    else say((l) => c.dim(l), this.fixFirst(result.step));
    const line = countLine(result.checks, this.o.lang);
    say((l) => (result.passed ? c.green(l) : c.red(l)), line);
    return `${lines.join('\n')}\n`;
  }

  /** What to do after a failure: in the menu, its actions; elsewhere, the commands. */
  private fixFirst(n: number): string {
    if (this.o.inMenu) return this.t('menu.fixFirst', { hint: this.t('menu.action.hint'), server: this.t('menu.action.server') });
    return this.t(this.o.watching ? 'report.fixFirstWatch' : 'report.fixFirst', { n });
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}
