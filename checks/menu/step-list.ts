// The lines of the menu's step list: titles padded to the longest, so that
// the statuses after them line up in a column with a clear gap before it,
// and a title cut with "…" when its line would not fit the terminal.
import { displayWidth, padDisplay } from '../report/wrap.ts';

/** What enquirer puts before a title: the pointer "❯ ", then the mark "✓ ". */
const BEFORE_TITLE = 4;
/** Columns between the longest title and its status. */
const GAP = 2;

/** `text` cut to `width` columns, an ellipsis telling it was. */
export function ellipsize(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

/** The titles as the list shows them, each followed by the status enquirer writes after one more space. */
export function stepTitles(titles: string[], statuses: string[], columns = 80): string[] {
  const room = columns - BEFORE_TITLE - GAP - Math.max(0, ...statuses.map(displayWidth));
  const shown = titles.map((title) => ellipsize(title, Math.max(10, room)));
  const width = Math.max(...shown.map(displayWidth));
  return shown.map((title) => padDisplay(title, width + GAP - 1));
}
