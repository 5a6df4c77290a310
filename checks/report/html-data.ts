// The data the HTML report embeds: the grading results (the very objects
// grades.json is made of), in the reader's language, trimmed to what the
// page shows. Transcripts are kept for failed checks only, long texts are
// capped, and each transcript row carries its kind (connect, FIN, RST,
// exit…) recognised on the checker's English wording, before translation.
import type { SubmissionGrade } from '../grade/run.ts';
import type { CheckResult, StepResult, TranscriptEntry } from '../harness/types.ts';
import { localizeResult, localizeStep } from './localize.ts';
import type { Lang } from '../i18n/index.ts';
import { findStep } from '../steps.ts';

export type RowKind = 'send' | 'recv' | 'in' | 'out' | 'start' | 'exit' | 'connect' | 'fin-peer' | 'rst-peer' | 'fin-self' | 'rst-self' | 'event';
/** A transcript row: ms since the check started, kind, who speaks, and its text as an index in ReportData.texts. */
export type Row = [at: number, kind: RowKind, who: string, text: number];

/** What is the same for a check in every submission: said once, in ReportData.catalog. */
export interface CheckInfo {
  title: string;
  hint?: string;
}

export interface CheckView {
  id: string;
  status: CheckResult['status'];
  ms: number;
  pts: number;
  max: number;
  msg?: string;
  /** The checker itself failed: not the student's fault. */
  fault?: true;
  /** Skipped because the step used up its grading time. */
  budget?: true;
  rows?: Row[];
}

export interface CellView {
  step: number;
  title: string;
  pts: number;
  max: number;
  fault?: true;
  budget?: true;
  checks: CheckView[];
}

export interface SubmissionView {
  name: string;
  pts: number;
  max: number;
  /** One a step of the report, in order; null when that step was not graded. */
  cells: (CellView | null)[];
}

/** How many graded submissions failed a check: one bar of "what the class got wrong". */
export interface WrongView {
  step: number;
  id: string;
  title: string;
  failed: number;
  graded: number;
}

export interface ReportData {
  lang: Lang;
  steps: { n: number; title: string }[];
  subs: SubmissionView[];
  wrong: WrongView[];
  /** Title and hint of each check, by "step/id". */
  catalog: Record<string, CheckInfo>;
  /**
   * Every distinct transcript text once: a class's programs are sent the
   * same lines and say much the same, so rows point here (keeps the page small).
   */
  texts: string[];
}

/** Texts said once, each given an index. */
class TextTable {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();

  id(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) this.index.set(text, (i = this.texts.push(text) - 1));
    return i;
  }
}

interface Collect {
  catalog: Record<string, CheckInfo>;
  texts: TextTable;
}

const MAX_TEXT = 600;
const MAX_MESSAGE = 4000;
const MAX_ROWS = 120;

function cap(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more)`;
}

/** What a transcript row stands for, on the harness's English wording. */
export function rowKind(e: TranscriptEntry): RowKind {
  if (e.dir === '→') return / stdin$/.test(e.who) ? 'in' : 'send';
  if (e.dir === '←') return / (stdout|stderr)$/.test(e.who) ? 'out' : 'recv';
  const t = e.text;
  if (/^started |^could not start/.test(t)) return 'start';
  if (/^exited with |killed$/.test(t)) return 'exit';
  if (/^connected to |^the client connected/.test(t)) return 'connect';
  if (/^closed cleanly by the peer/.test(t)) return 'fin-peer';
  if (/^reset by the peer/.test(t)) return 'rst-peer';
  if (/^checker closed its sending side/.test(t)) return 'fin-self';
  if (/^checker reset the connection/.test(t)) return 'rst-self';
  return 'event';
}


function checkView(step: StepResult, original: CheckResult, lang: Lang, into: Collect): CheckView {
  const def = findStep(step.step);
  const budget = original.skip?.reason === 'budget';
  const r = def ? localizeResult(def, original, lang) : original;
  const msg = r.message;
  const view: CheckView = { id: r.id, status: r.status, ms: Math.round(r.durationMs), pts: r.points, max: r.maxPoints };
  if (msg) view.msg = cap(msg, MAX_MESSAGE);
  const info = (into.catalog[`${step.step}/${r.id}`] ??= { title: r.title });
  if (r.hint && r.status === 'fail') info.hint ??= cap(r.hint, MAX_TEXT);
  if (r.internal) view.fault = true;
  if (budget) view.budget = true;
  if (r.status === 'fail' && r.transcript?.length) {
    // Kinds come from the English rows; the text shown from the localized ones (same order).
    const english = original.transcript ?? [];
    view.rows = r.transcript.slice(0, MAX_ROWS).map((e, i) => [Math.round(e.at), rowKind(english[i] ?? e), e.who, into.texts.id(cap(e.text, MAX_TEXT))]);
  }
  return view;
}

function cellView(step: StepResult, lang: Lang, into: Collect): CellView {
  const def = findStep(step.step);
  const checks = step.checks.map((c) => checkView(step, c, lang, into));
  const cell: CellView = { step: step.step, title: def ? localizeStep(def, lang).title : step.title, pts: step.points, max: step.maxPoints, checks };
  if (checks.some((c) => c.fault)) cell.fault = true;
  if (checks.some((c) => c.budget)) cell.budget = true;
  return cell;
}

/** The checks failed by the most submissions first; checker faults are not the class's mistakes. */
function whatWentWrong(subs: SubmissionView[], steps: number[], catalog: Record<string, CheckInfo>): WrongView[] {
  const bars = new Map<string, WrongView>();
  for (const sub of subs) {
    for (const cell of sub.cells) {
      if (!cell) continue;
      for (const c of cell.checks) {
        const key = `${cell.step}/${c.id}`;
        const bar = bars.get(key) ?? { step: cell.step, id: c.id, title: catalog[key].title, failed: 0, graded: 0 };
        bars.set(key, bar);
        bar.graded++;
        if (c.status === 'fail' && !c.fault) bar.failed++;
      }
    }
  }
  return [...bars.values()].filter((b) => b.failed > 0).sort((a, b) => b.failed - a.failed || steps.indexOf(a.step) - steps.indexOf(b.step));
}

export function reportData(grades: SubmissionGrade[], steps: number[], lang: Lang): ReportData {
  const into: Collect = { catalog: {}, texts: new TextTable() };
  const subs = grades.map((g): SubmissionView => ({
    name: g.name,
    pts: g.points,
    max: g.maxPoints,
    cells: steps.map((n) => {
      const s = g.steps.find((r) => r.step === n);
      return s ? cellView(s, lang, into) : null;
    }),
  }));
  const titles = steps.map((n) => {
    const def = findStep(n);
    return { n, title: def ? localizeStep(def, lang).title : `step ${n}` };
  });
  return { lang, steps: titles, subs, wrong: whatWentWrong(subs, steps, into.catalog), catalog: into.catalog, texts: into.texts.texts };
}
