// Inline Markdown (code, bold, italic, links) as styled runs of text, and
// those runs folded to the terminal's width. Code spans are set aside before
// emphasis is read, so that `2 ** 3` is never bold, while **bold with `code`
// in it** still is.
import type { ChalkInstance } from 'chalk';
import { displayWidth, fill, glueFrenchPunctuation } from '../report/wrap.ts';

export interface Run {
  text: string;
  code?: boolean;
  bold?: boolean;
  italic?: boolean;
  link?: boolean;
  url?: boolean;
}

type Style = Omit<Run, 'text'>;

// Private-use characters mark where a code span sits and where styles start and end.
const CODE = '\ue000';
const TOGGLES: Record<string, keyof Style> = { '\ue001': 'bold', '\ue002': 'italic', '\ue003': 'link', '\ue004': 'url' };
const [BOLD, ITALIC, LINK, URL] = Object.keys(TOGGLES);

export function parseInline(text: string): Run[] {
  const codes: string[] = [];
  const masked = text
    .replace(/`([^`]+)`/g, (_m, code: string) => (codes.push(code), CODE))
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, `${LINK}$1${LINK} ${URL}($2)${URL}`)
    .replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g, (_m, a?: string, b?: string) => `${BOLD}${a ?? b}${BOLD}`)
    .replace(/(^|[^*\w])\*(?=[^*\s])([^*]*?[^*\s])\*(?!\*)/g, `$1${ITALIC}$2${ITALIC}`);
  const runs: Run[] = [];
  const style: Style = {};
  let pending = '';
  const flush = () => {
    if (pending) runs.push({ text: pending, ...style });
    pending = '';
  };
  for (const ch of masked) {
    if (ch === CODE) {
      flush();
      runs.push({ text: codes.shift()!, ...style, code: true });
    } else if (ch in TOGGLES) {
      flush();
      const key = TOGGLES[ch];
      style[key] = !style[key] || undefined;
    } else pending += ch;
  }
  flush();
  return runs;
}

export function paint(run: Run, c: ChalkInstance): string {
  let brush = c;
  if (run.code) brush = brush.cyan;
  if (run.bold) brush = brush.bold;
  if (run.italic) brush = brush.italic;
  if (run.link) brush = brush.underline;
  if (run.url) brush = brush.dim;
  return brush(run.text);
}

/** A word on screen: the runs it is made of ("`bind()`," is a code run and a comma). */
type Word = Run[];

const plain = (word: Word) => word.map((r) => r.text).join('');

/** The words of `runs`: split at spaces, except inside a code span that fits in `room` columns. */
function wordsOf(runs: Run[], room: number): Word[] {
  const words: Word[] = [];
  let word: Word = [];
  const flush = () => {
    if (word.length) words.push(word);
    word = [];
  };
  for (const run of runs) {
    const parts = run.code && displayWidth(run.text) <= room ? [run.text] : run.text.split(/ +/);
    parts.forEach((part, i) => {
      if (i > 0) flush();
      if (part) word.push({ ...run, text: part });
    });
  }
  flush();
  return glueFrenchPunctuation(words, plain, (a, b) => [...a, { text: ' ' }, ...b]);
}

const sameStyle = (a: Run, b: Run) => !!a.code === !!b.code && !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.link === !!b.link && !!a.url === !!b.url;

/** The words of a line as runs, a space between two words styled as both sides are when they agree, runs of one style merged. */
function lineRuns(words: Word[]): Run[] {
  const runs: Run[] = [];
  for (const word of words) {
    const last = runs.at(-1);
    if (last) runs.push(sameStyle(last, word[0]) ? { ...last, text: ' ' } : { text: ' ' });
    runs.push(...word);
  }
  return runs.reduce<Run[]>((merged, run) => {
    const last = merged.at(-1);
    if (last && sameStyle(last, run)) merged[merged.length - 1] = { ...last, text: last.text + run.text };
    else merged.push(run);
    return merged;
  }, []);
}

/** `runs` folded to `room` columns, painted: one string a line. */
export function foldRuns(runs: Run[], room: number, c: ChalkInstance): string[] {
  return fill(wordsOf(runs, room), room, (w) => displayWidth(plain(w))).map((line) => lineRuns(line).map((r) => paint(r, c)).join(''));
}

/** Columns the runs take on one line. */
export function runsWidth(runs: Run[]): number {
  return displayWidth(runs.map((r) => r.text).join(''));
}
