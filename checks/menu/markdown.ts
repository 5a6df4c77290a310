// Markdown for the terminal, simply: headings, emphasis, inline code, code
// blocks, lists, tables, quotes and links, coloured; everything else as written.
import { Chalk, type ChalkInstance } from 'chalk';

export function renderMarkdown(text: string, color: boolean, width = 100): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const out: string[] = [];
  let inCode = false;
  for (const raw of text.replace(/\r\n/g, '\n').split('\n')) {
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      out.push(c.dim(inCode ? '  ┌──' : '  └──'));
      continue;
    }
    if (inCode) {
      out.push(`${c.dim('  │')} ${c.cyan(raw)}`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(raw);
    if (heading) {
      const title = inline(heading[2], c);
      const level = heading[1].length;
      out.push('', level === 1 ? c.bold.underline(title) : level === 2 ? c.bold(title) : c.bold.dim(title));
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push(c.dim('─'.repeat(Math.min(width, 60))));
      continue;
    }
    if (/^\s*\|.*\|\s*$/.test(raw)) {
      // A table row; its |---| separator line is dropped.
      if (!/^[\s|:-]+$/.test(raw)) out.push(raw.trim().slice(1, -1).split('|').map((cell) => inline(cell.trim(), c)).join(c.dim('  │  ')));
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(raw);
    if (quote) {
      out.push(`${c.dim('│')} ${c.italic(inline(quote[1], c))}`);
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    if (item) {
      const bullet = /\d/.test(item[2]) ? item[2] : '•';
      out.push(`${item[1]}${c.dim(bullet)} ${inline(item[3], c)}`);
      continue;
    }
    out.push(inline(raw, c));
  }
  return `${out.join('\n').replace(/^\n+/, '')}\n`;
}

/** Inline code first, so that its content is never read as emphasis. */
function inline(text: string, c: ChalkInstance): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return c.cyan(part.slice(1, -1));
      return part
        .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_m, label: string, url: string) => `${c.underline(label)} ${c.dim(`(${url})`)}`)
        .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_m, a?: string, b?: string) => c.bold(a ?? b ?? ''))
        .replace(/(^|[^*\w])\*([^*\s][^*]*)\*(?!\*)/g, (_m, pre: string, em: string) => `${pre}${c.italic(em)}`);
    })
    .join('');
}
