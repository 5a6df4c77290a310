// The terminal renderer a student reads dozens of times an evening: one
// line a check, and under a failure what was sent, expected and received,
// a hint about the concept, and the conversation that led there.
import { relative } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckResult, Step, StepResult, TranscriptEntry } from '../harness/types.ts';
import { countLine } from './summary.ts';
import { findStep } from '../steps.ts';
import { frenchLabel } from '../i18n/failures.fr.ts';
import { translator, type Lang, type Translate } from '../i18n/index.ts';

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
  private lastFailure?: string;

  constructor(private readonly o: PrettyOptions) {
    this.c = new Chalk({ level: o.color ? 1 : 0 });
    this.t = translator(o.lang ?? 'en');
  }

  header(step: Step, dir: string): string {
    const where = relative(this.o.cwd, dir) || '.';
    return `${this.c.bold(this.t('report.step', { n: step.step, title: step.title }))}  ${this.c.dim(where)}\n${this.c.dim(step.concept)}\n\n`;
  }

  check(result: CheckResult): string {
    const { c } = this;
    const r = this.o.localize?.(result) ?? result;
    const time = c.dim(formatMs(r.durationMs));
    if (r.status === 'pass') return `  ${c.green('✓')} ${r.title}  ${time}\n`;
    if (r.status === 'skip') return `  ${c.yellow('-')} ${r.title}  ${c.dim(`(${r.message ?? 'skipped'})`)}\n`;
    const mark = r.internal ? c.magenta('!') : c.red('✗');
    const lines = [`  ${mark} ${c.bold(r.title)}  ${time}`];
    // A program that does not start fails every check alike: say it once.
    if (r.message && r.message === this.lastFailure) return `${lines[0]}\n      ${c.dim(this.t('report.same'))}\n\n`;
    this.lastFailure = r.message;
    for (const row of (r.message ?? '').split('\n')) lines.push(`      ${this.o.lang === 'fr' ? frenchLabel(row) : row}`);
    if (r.hint) lines.push(...wrapLabel(this.t('report.hint'), r.hint, 6).map((l) => c.cyan(l)));
    if (r.transcript?.length) lines.push(...this.transcript(r.transcript));
    return `${lines.join('\n')}\n\n`;
  }

  private transcript(entries: TranscriptEntry[]): string[] {
    const { c } = this;
    const shown = entries.slice(-TRANSCRIPT_ROWS);
    const width = Math.min(16, Math.max(...shown.map((e) => e.who.length)));
    const rows = [c.dim(`      ${this.t('report.transcript')}`)];
    if (entries.length > shown.length) rows.push(c.dim(`        ${this.t('report.earlier', { n: entries.length - shown.length })}`));
    for (const e of shown) {
      const at = `+${(e.at / 1000).toFixed(3)}s`;
      const text = e.dir === '·' ? c.dim(e.text) : e.text;
      rows.push(`        ${c.dim(at.padStart(8))}  ${e.who.padEnd(width)} ${e.dir} ${text}`);
    }
    return rows;
  }

  footer(result: StepResult): string {
    const { c } = this;
    const internal = result.checks.some((r) => r.internal);
    const lines: string[] = [''];
    if (internal) lines.push(c.magenta(this.t('report.internal')));
    else if (result.passed) {
      const next = this.o.own === false ? '' : findStep(result.step + 1) ? this.t('report.next', { m: result.step + 1 }) : this.t('report.last');
      lines.push(c.green(`${this.t('report.passes', { n: result.step })}${next}`));
    }
    else lines.push(c.dim(this.t(this.o.watching ? 'report.fixFirstWatch' : 'report.fixFirst', { n: result.step })));
    const line = this.o.lang === 'fr' ? this.countLine(result.checks) : countLine(result.checks);
    lines.push(result.passed ? c.green(line) : c.red(line));
    return `${lines.join('\n')}\n`;
  }

  private countLine(checks: CheckResult[]): string {
    const n = (s: string) => checks.filter((c) => c.status === s).length;
    const vars = { pass: n('pass'), fail: n('fail'), skip: n('skip') };
    return this.t(vars.skip ? 'report.countSkipped' : 'report.count', vars);
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "label text…" wrapped at 100 columns, continuation lines aligned under the text. */
function wrapLabel(label: string, text: string, indent: number): string[] {
  const width = 100 - indent - label.length;
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  const pad = ' '.repeat(indent);
  return out.map((l, i) => `${pad}${i === 0 ? label : ' '.repeat(label.length)}${l}`);
}
