// Text folded to the reader's terminal, measured in columns (colour codes and
// accents' combining marks take none), and never broken where a reader would
// stumble: inside `inline code` or a command such as npm run server -- 3, or
// before the spaced « : », « ; », « ? », « ! » of French typography.

const ANSI = /\x1b\[[0-9;]*m/g;
/** East Asian wide characters and emoji take two columns. */
const WIDE = /[\p{Emoji_Presentation}\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const MARK = /\p{M}/u;

/** Columns `text` takes on a terminal. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text.replace(ANSI, '')) n += MARK.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

/** `text` padded with spaces to `width` columns. */
export function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** How wide to fold text: the terminal's width up to `max`; `max` when the output is not a terminal (a file, CI). */
export function foldWidth(stream: NodeJS.WriteStream = process.stdout, max = 100): number {
  return stream.isTTY && stream.columns ? Math.min(max, stream.columns) : max;
}

/** Greedy fill: `tokens` into lines of at most `width` columns, a space between two tokens; a token wider than `width` gets a line of its own. */
export function fill<T>(tokens: T[], width: number, widthOf: (token: T) => number): T[][] {
  const lines: T[][] = [];
  let line: T[] = [];
  let used = 0;
  for (const token of tokens) {
    const w = widthOf(token);
    if (line.length && used + 1 + w > width) {
      lines.push(line);
      line = [];
      used = 0;
    }
    used += (line.length ? 1 : 0) + w;
    line.push(token);
  }
  if (line.length) lines.push(line);
  return lines;
}

/** A word that is only French spaced punctuation: it stays on the line of the word before it. */
const CLOSING = /^[:;?!»]+[.,:;?!)»]*$/u;
/** An opening « stays with the word after it. */
const OPENING = /^[(]?«$/u;

/** Joins a lone « : », « ? »… to the word before it, and a lone « to the word after it, so that no line starts with one. */
export function glueFrenchPunctuation<T>(tokens: T[], textOf: (token: T) => string, join: (a: T, b: T) => T): T[] {
  const out: T[] = [];
  let opening: T | undefined;
  for (let token of tokens) {
    if (opening !== undefined) {
      token = join(opening, token);
      opening = undefined;
    }
    if (OPENING.test(textOf(token))) opening = token;
    else if (out.length && CLOSING.test(textOf(token))) out.push(join(out.pop()!, token));
    else out.push(token);
  }
  if (opening !== undefined) out.push(opening);
  return out;
}

/** Spans never split across lines: inline code, and commands (npm run server -- 3, npm run step -- 1 --hint, nc 127.0.0.1 4000). */
const UNBREAKABLE = [/`[^`]*`/g, /\bnpm run [\w:-]+(?: -- \S+)?(?: --?[\w-]+)*/g, /\bnc(?: -\w+)* \d{1,3}(?:\.\d{1,3}){3} \d+/g];
const KEPT_SPACE = '\u0000';

/** The words of `text`, each unbreakable span one word. */
function words(text: string): string[] {
  let kept = text;
  for (const span of UNBREAKABLE) kept = kept.replace(span, (m) => m.replaceAll(' ', KEPT_SPACE));
  // Spaces that were doubled on purpose ("' a  b '", columns) are kept, and not broken at.
  kept = kept.replace(/(?<=\S) {2,}(?=\S)/g, (m) => KEPT_SPACE.repeat(m.length));
  const spaced = (a: string, b: string) => `${a} ${b}`;
  return glueFrenchPunctuation(kept.split(/ +/).filter(Boolean), (w) => w, spaced).map((w) => w.replaceAll(KEPT_SPACE, ' '));
}

/**
 * `text` folded to `width` columns: the first line starts with `first`, the
 * others with `rest` (by default as many spaces as `first` is wide). Line
 * breaks in `text` are kept. A span too long for any line is split at its spaces.
 */
export function wrap(text: string, width: number, first = '', rest = ' '.repeat(displayWidth(first))): string[] {
  const room = Math.max(10, width - Math.max(displayWidth(first), displayWidth(rest)));
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens = words(paragraph).flatMap((w) => (displayWidth(w) > room && w.includes(' ') ? w.split(' ') : [w]));
    const lines = fill(tokens, room, displayWidth).map((line) => line.join(' '));
    for (const line of lines.length ? lines : ['']) out.push(`${out.length ? rest : first}${line}`.trimEnd());
  }
  return out;
}
