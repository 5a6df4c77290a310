// A README longer than the terminal, one screenful at a time: Enter (or
// Space, ↓) shows the next, q (or Esc, Ctrl-C) goes back to the menu. Not on
// a terminal, the text is printed whole, as `more` does.
import { Chalk } from 'chalk';
import { displayWidth } from '../report/wrap.ts';

const ESC = '\x1b';
const MORE_KEYS = new Set(['\r', '\n', ' ', 'j', `${ESC}[B`, `${ESC}[6~`]);
const BACK_KEYS = new Set(['q', 'Q', ESC, '\x03']);

/** Rows a line takes on the screen once wrapped (colours take none). */
function rowsOf(line: string, columns: number): number {
  return Math.max(1, Math.ceil(displayWidth(line) / columns));
}

/** `text` cut into screenfuls of at most `rows` rows each (a line longer than a screen is a page of its own). */
export function pages(text: string, rows: number, columns: number): string[][] {
  const lines = text.replace(/\n$/, '').split('\n');
  const out: string[][] = [];
  let page: string[] = [];
  let used = 0;
  for (const line of lines) {
    const needs = rowsOf(line, columns);
    if (page.length && used + needs > rows) {
      out.push(page);
      page = [];
      used = 0;
    }
    page.push(line);
    used += needs;
  }
  if (page.length) out.push(page);
  return out;
}

/** Resolves with the next key pressed that is one of ours: more, or back. */
function nextKey(stdin: NodeJS.ReadStream): Promise<'more' | 'back'> {
  return new Promise((resolve) => {
    const onData = (data: Buffer) => {
      const key = data.toString('utf8');
      const answer = MORE_KEYS.has(key) ? 'more' : BACK_KEYS.has(key) ? 'back' : undefined;
      if (!answer) return;
      stdin.off('data', onData);
      resolve(answer);
    };
    stdin.on('data', onData);
  });
}

/**
 * Shows `text` a screenful at a time, with `prompt(percent)` under each page
 * but the last. Resolves with true when the student went back before the end.
 */
export async function page(text: string, prompt: (percent: number) => string, color: boolean, out: NodeJS.WriteStream = process.stdout, stdin: NodeJS.ReadStream = process.stdin): Promise<boolean> {
  if (!out.isTTY || !stdin.isTTY) {
    out.write(text);
    return false;
  }
  const c = new Chalk({ level: color ? 1 : 0 });
  // One row is kept for the prompt.
  const screens = pages(text, Math.max(1, (out.rows || 24) - 1), out.columns || 80);
  const total = screens.reduce((n, p) => n + p.length, 0);
  let shown = 0;
  stdin.setRawMode(true);
  stdin.resume();
  try {
    for (const [i, screen] of screens.entries()) {
      out.write(`${screen.join('\n')}\n`);
      shown += screen.length;
      if (i === screens.length - 1) return false;
      out.write(c.inverse(prompt(Math.floor((100 * shown) / total))));
      const key = await nextKey(stdin);
      out.write('\r\x1b[2K'); // the prompt gives way to the next page
      if (key === 'back') return true;
    }
    return false;
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}
