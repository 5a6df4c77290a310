// A Markdown table on the terminal: aligned columns when it fits the width;
// on a narrower terminal, one block a row, each cell beside its column's
// name, so that nothing is cut or wrapped out of its column.
import type { ChalkInstance } from 'chalk';
import { foldRuns, paint, parseInline, runsWidth, type Run } from './markdown-inline.ts';

const INDENT = '  ';
const BETWEEN = ' │ ';
/** Beside its name, a cell keeps at least this many columns; otherwise it goes under the name. */
const MIN_VALUE_COLUMNS = 30;

export const isTableRow = (line: string) => /^\s*\|.*\|\s*$/.test(line);
const isDelimiterRow = (line: string) => /^\s*\|(\s*:?-+:?\s*\|)+\s*$/.test(line);

/** The cells of a row, split at the | that are not inside a code span nor escaped. */
export function cellsOf(row: string): string[] {
  const inner = row.trim().slice(1, -1);
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && inner[i + 1] === '|') {
      cell += '|';
      i++;
      continue;
    }
    if (ch === '`') inCode = !inCode;
    if (ch === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

export function renderTable(lines: string[], width: number, c: ChalkInstance): string[] {
  const hasHeader = lines.length > 1 && isDelimiterRow(lines[1]);
  const rows = lines.filter((line) => !isDelimiterRow(line)).map((line) => cellsOf(line).map(parseInline));
  const columns = Math.max(...rows.map((row) => row.length));
  for (const row of rows) while (row.length < columns) row.push([]);
  const header = hasHeader ? rows.shift()!.map((cell) => cell.map((run) => ({ ...run, bold: true }))) : undefined;
  const widths = [...(header ? [header] : []), ...rows].reduce((w, row) => w.map((n, i) => Math.max(n, runsWidth(row[i]))), new Array<number>(columns).fill(0));
  const total = INDENT.length + widths.reduce((a, b) => a + b, 0) + BETWEEN.length * (columns - 1);
  return total <= width ? inColumns(header, rows, widths, c) : inBlocks(header, rows, width, c);
}

function inColumns(header: Run[][] | undefined, rows: Run[][][], widths: number[], c: ChalkInstance): string[] {
  const line = (row: Run[][]) =>
    INDENT + row.map((cell, i) => cell.map((run) => paint(run, c)).join('') + (i < row.length - 1 ? ' '.repeat(widths[i] - runsWidth(cell)) : '')).join(c.dim(BETWEEN));
  const out = header ? [line(header), c.dim(INDENT + widths.map((w) => '─'.repeat(w)).join('─┼─'))] : [];
  return [...out, ...rows.map(line)];
}

function inBlocks(header: Run[][] | undefined, rows: Run[][][], width: number, c: ChalkInstance): string[] {
  const names = header ?? [];
  const nameWidth = Math.max(0, ...names.map(runsWidth));
  const beside = nameWidth > 0 && width - INDENT.length - nameWidth - 2 >= MIN_VALUE_COLUMNS;
  const out: string[] = [];
  for (const [r, row] of rows.entries()) {
    if (r > 0) out.push('');
    for (const [i, cell] of row.entries()) {
      const name = names[i]?.length ? names[i].map((run) => paint({ ...run, bold: false }, c.dim)).join('') : '';
      if (beside) {
        const pad = ' '.repeat(nameWidth - runsWidth(names[i] ?? []) + 2);
        const folded = foldRuns(cell, width - INDENT.length - nameWidth - 2, c);
        if (!folded.length) folded.push('');
        folded.forEach((text, j) => out.push(`${INDENT}${j === 0 ? name + pad : ' '.repeat(nameWidth + 2)}${text}`.trimEnd()));
      } else {
        if (name) out.push(`${INDENT}${name}`);
        for (const text of foldRuns(cell, width - INDENT.length - 2, c)) out.push(`${INDENT}  ${text}`);
      }
    }
  }
  return out;
}
