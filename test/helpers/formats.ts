// Strict readers for the report formats, so tests prove the files parse
// as a consumer would read them: RFC 4180 CSV, and well-formed XML 1.0.

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. Throws on malformed quoting. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && !',\r\n'.includes(text[i])) throw new Error(`CSV: text after a closing quote at ${i}`);
      } else (field += ch), i++;
    } else if (ch === '"') {
      if (field !== '') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' || ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else (field += ch), i++;
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length) row.push(field), rows.push(row);
  return rows;
}

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  if (/[<]/.test(raw)) throw new Error(`XML: "<" in text or attribute near ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`XML: bare "&" near ${where}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const num = /^#(\d+)$/.exec(ref) ?? /^#x([0-9a-fA-F]+)$/.exec(ref);
    if (!num) throw new Error(`XML: unknown entity &${ref}; near ${where}`);
    return String.fromCodePoint(parseInt(num[1], ref.startsWith('#x') ? 16 : 10));
  });
}

function checkChars(text: string): void {
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const ok = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!ok) throw new Error(`XML: character U+${c.toString(16)} is not allowed in XML 1.0`);
  }
}

/** Parses well-formed XML 1.0 (no DTD): one root, matched tags, quoted unique attributes, valid entities and characters. */
export function parseXml(text: string): XmlElement {
  checkChars(text);
  let i = 0;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  if (text.startsWith('<?xml')) i = text.indexOf('?>') + 2;
  while (i < text.length) {
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i);
      if (end < 0) throw new Error('XML: unterminated comment');
      i = end + 3;
    } else if (text.startsWith('</', i)) {
      const m = NAME.exec(text.slice(i + 2));
      const open = stack.pop();
      if (!m || !open || open.name !== m[0]) throw new Error(`XML: </${m?.[0]}> does not close <${open?.name}> at ${i}`);
      i += 2 + m[0].length;
      skipSpace();
      if (text[i++] !== '>') throw new Error(`XML: malformed end tag at ${i}`);
    } else if (text[i] === '<') {
      const m = NAME.exec(text.slice(i + 1));
      if (!m) throw new Error(`XML: bad tag name at ${i}`);
      if (!stack.length && root) throw new Error('XML: more than one root element');
      const el: XmlElement = { name: m[0], attrs: {}, children: [], text: '' };
      i += 1 + m[0].length;
      for (;;) {
        const before = i;
        skipSpace();
        if (text.startsWith('/>', i) || text[i] === '>') break;
        if (i === before) throw new Error(`XML: attributes must be separated by space at ${i}`);
        const a = /^([A-Za-z_:][\w.:-]*)\s*=\s*(["'])/.exec(text.slice(i));
        if (!a) throw new Error(`XML: malformed attribute at ${i}`);
        i += a[0].length;
        const end = text.indexOf(a[2], i);
        if (end < 0) throw new Error('XML: unterminated attribute value');
        if (a[1] in el.attrs) throw new Error(`XML: duplicate attribute ${a[1]}`);
        el.attrs[a[1]] = decode(text.slice(i, end), i);
        i = end + 1;
      }
      (stack.at(-1)?.children ?? []).push(el);
      root ??= el;
      if (text.startsWith('/>', i)) i += 2;
      else (i += 1), stack.push(el);
    } else {
      const end = text.indexOf('<', i) < 0 ? text.length : text.indexOf('<', i);
      const raw = text.slice(i, end);
      if (!stack.length && raw.trim()) throw new Error(`XML: text outside the root element at ${i}`);
      if (stack.length) stack.at(-1)!.text += decode(raw, i);
      i = end;
    }
  }
  if (stack.length) throw new Error(`XML: <${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error('XML: no root element');
  return root;
}
