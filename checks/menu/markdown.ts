// Markdown for the terminal, simply: headings, emphasis, inline code, code
// blocks, lists, tables, quotes and links, coloured; everything else as
// written. A paragraph's (or a list item's) source lines are joined before
// code spans and emphasis are read, since either may run over a line break,
// then folded again to the terminal's width.
import { Chalk, type ChalkInstance } from 'chalk';
import { displayWidth } from '../report/wrap.ts';
import { foldRuns, parseInline, type Run } from './markdown-inline.ts';
import { isTableRow, renderTable } from './markdown-table.ts';

/** Prose is folded at most this wide, however wide the terminal: longer lines are hard to read. */
const PROSE_MAX = 100;

const FENCE = /^\s*(```|~~~)/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const RULE = /^\s*([-*_])(\s*\1){2,}\s*$/;
const QUOTE = /^\s*>\s?(.*)$/;
const ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

/** A line that starts a block of its own, and so ends the paragraph or list item before it. */
const startsBlock = (line: string) => [FENCE, HEADING, RULE, QUOTE, ITEM].some((re) => re.test(line)) || isTableRow(line);

export function renderMarkdown(text: string, color: boolean, width = 100): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const prose = Math.min(width, PROSE_MAX);
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const out: string[] = [];
  let i = 0;
  /** Takes the lines that go on with the current paragraph; returns them joined. */
  const goOn = (first: string): string => {
    const parts = [first.trim()];
    while (i < lines.length && lines[i].trim() && !startsBlock(lines[i])) parts.push(lines[i++].trim());
    return parts.join(' ');
  };
  while (i < lines.length) {
    const line = lines[i++];
    if (FENCE.test(line)) {
      out.push(c.dim('  ┌──'));
      while (i < lines.length && !FENCE.test(lines[i])) out.push(...codeLine(lines[i++], width, c));
      i++;
      out.push(c.dim('  └──'));
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      const style = (run: Run): Run => ({ ...run, bold: true });
      const styled = foldRuns(parseInline(heading[2]).map(style), prose, c);
      if (out.at(-1) !== '') out.push('');
      out.push(...styled.map((l) => (level === 1 ? c.underline(l) : level === 2 ? l : c.dim(l))));
      continue;
    }
    if (RULE.test(line)) {
      out.push(c.dim('─'.repeat(Math.min(width, 60))));
      continue;
    }
    if (isTableRow(line)) {
      const rows = [line];
      while (i < lines.length && isTableRow(lines[i])) rows.push(lines[i++]);
      out.push(...renderTable(rows, width, c));
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      const said: string[] = [quote[1]];
      while (i < lines.length && QUOTE.test(lines[i])) said.push(QUOTE.exec(lines[i++])![1]);
      const runs = parseInline(said.join(' ')).map((run) => ({ ...run, italic: true }));
      out.push(...foldRuns(runs, prose - 2, c).map((l) => `${c.dim('│')} ${l}`));
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const bullet = /\d/.test(item[2]) ? item[2] : '•';
      const lead = `${item[1]}${bullet} `;
      const folded = foldRuns(parseInline(goOn(item[3])), prose - displayWidth(lead), c);
      folded.forEach((l, j) => out.push(j === 0 ? `${item[1]}${c.dim(bullet)} ${l}` : `${' '.repeat(displayWidth(lead))}${l}`));
      continue;
    }
    if (!line.trim()) {
      out.push('');
      continue;
    }
    out.push(...foldRuns(parseInline(goOn(line)), prose, c));
  }
  return `${out.join('\n').replace(/^\n+/, '')}\n`;
}

const GUTTER = '  │ ';
const GUTTER_MORE = '  ┆ ';

/**
 * A line of a code block, as written when it fits; otherwise cut at a space
 * (or, with none, where the width ends), its rest a little further indented
 * behind a dotted gutter that tells it is one line.
 */
function codeLine(line: string, width: number, c: ChalkInstance): string[] {
  const room = Math.max(20, width - GUTTER.length);
  const own = `${/^\s*/.exec(line)![0]}  `;
  const indent = own.length < room / 2 ? own : '  ';
  const rows: string[] = [];
  let rest = line;
  while (displayWidth(rest) > room) {
    const chars = [...rest];
    let fits = 0;
    for (let w = 0; fits < chars.length && w + displayWidth(chars[fits]) <= room; fits++) w += displayWidth(chars[fits]);
    const space = chars.lastIndexOf(' ', fits);
    const cut = space > indent.length ? space : fits;
    rows.push(chars.slice(0, cut).join('').trimEnd());
    rest = indent + chars.slice(cut).join('').trimStart();
  }
  rows.push(rest);
  return rows.map((row, j) => `${c.dim(j === 0 ? GUTTER : GUTTER_MORE)}${c.cyan(row)}`.trimEnd());
}
