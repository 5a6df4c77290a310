// A strict reader for the block-style YAML subset the CI templates use:
// mappings, sequences, plain / 'single' / "double" quoted scalars, `|`
// literal blocks, comments. Whatever lies outside it (tabs, flow
// collections, anchors, duplicate keys, a stray indent) is an error, so a
// template it accepts is valid YAML that means what the test reads.
export type YamlValue = string | null | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  no: number;
  indent: number;
  text: string;
}

export function parseYaml(source: string): YamlValue {
  const raw = source.split(/\r?\n/);
  let pos = 0;
  const fail = (msg: string, no = pos + 1): never => {
    throw new Error(`YAML line ${no}: ${msg}`);
  };

  const peek = (): Line | undefined => {
    while (pos < raw.length) {
      const line = raw[pos];
      const text = line.trim();
      if (text === '' || text.startsWith('#') || (text === '---' && pos === 0)) {
        pos++;
        continue;
      }
      const lead = /^[ \t]*/.exec(line)![0];
      if (lead.includes('\t')) fail('tab in indentation');
      return { no: pos + 1, indent: lead.length, text };
    }
    return undefined;
  };

  const scalar = (text: string, no: number): string | null => {
    if (text.startsWith("'")) {
      const m = /^'((?:[^']|'')*)'\s*(#.*)?$/.exec(text);
      if (!m) fail('unterminated single-quoted scalar', no);
      return m![1].replaceAll("''", "'");
    }
    if (text.startsWith('"')) {
      const m = /^"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(text);
      if (!m) fail('unterminated double-quoted scalar', no);
      return m![1].replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t', '"': '"', '\\': '\\' })[c] ?? fail(`unknown escape \\${c}`, no));
    }
    const plain = text.replace(/\s+#.*$/, '');
    if (/^[[\]{}&*!|>%@`]/.test(plain)) fail(`unsupported construct: ${plain}`, no);
    if (/: |:$/.test(plain)) fail(`ambiguous ": " inside a plain scalar: ${plain}`, no);
    return plain === '' || plain === '~' || plain === 'null' ? null : plain;
  };

  const literal = (indent: number): string => {
    const body: string[] = [];
    let blockIndent = -1;
    while (pos < raw.length) {
      const line = raw[pos];
      const lead = /^ */.exec(line)![0].length;
      if (line.trim() !== '' && lead <= indent) break;
      if (line.trim() !== '' && blockIndent < 0) blockIndent = lead;
      body.push(line.slice(Math.max(0, blockIndent)));
      pos++;
    }
    return `${body.join('\n').replace(/\n+$/, '')}\n`;
  };

  // The value after "key:" or "- ": inline scalar, literal block, or a nested block below.
  const valueAfter = (rest: string, indent: number, no: number, seqSameIndent: boolean): YamlValue => {
    if (rest === '|' || rest === '|-') {
      const text = literal(indent);
      return rest === '|-' ? text.replace(/\n$/, '') : text;
    }
    if (rest !== '') return scalar(rest, no);
    const next = peek();
    if (next && next.indent > indent) return block(next.indent);
    if (next && seqSameIndent && next.indent === indent && /^-( |$)/.test(next.text)) return sequence(indent);
    return null;
  };

  const mapping = (indent: number, first?: Line): Record<string, YamlValue> => {
    const map: Record<string, YamlValue> = {};
    for (let line = first ?? peek(); line && line.indent === indent && !/^-( |$)/.test(line.text); line = peek()) {
      const m = /^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"#][^:#]*?)\s*:(?: +(.*)|$)/.exec(line.text);
      if (!m) fail(`expected "key: value", got: ${line.text}`, line.no);
      const key = scalar(m![1], line.no) ?? fail('empty key', line.no);
      if (Object.hasOwn(map, key!)) fail(`duplicate key ${key}`, line.no);
      pos = line.no; // past this line
      first = undefined;
      map[key!] = valueAfter((m![2] ?? '').trim(), indent, line.no, true);
    }
    const after = peek();
    if (after && after.indent > indent) fail('unexpected indentation', after.no);
    return map;
  };

  const sequence = (indent: number): YamlValue[] => {
    const items: YamlValue[] = [];
    for (let line = peek(); line && line.indent === indent && /^-( |$)/.test(line.text); line = peek()) {
      const rest = line.text.slice(1).trimStart();
      const column = indent + line.text.length - rest.length;
      if (/^('(?:[^']|'')*'|"(?:[^"\\]|\\.)*"|[^\s'"#][^:#]*?)\s*:( |$)/.test(rest)) {
        // "- key: value" opens a mapping whose keys sit at the column of "key".
        items.push(mapping(column, { no: line.no, indent: column, text: rest }));
      } else {
        pos = line.no;
        items.push(valueAfter(rest, indent, line.no, false));
      }
    }
    return items;
  };

  const block = (indent: number): YamlValue => {
    const line = peek();
    if (!line) return null;
    return /^-( |$)/.test(line.text) ? sequence(indent) : mapping(indent);
  };

  const first = peek();
  const doc = first ? block(first.indent) : null;
  const left = peek();
  if (left) fail(`unexpected content: ${left.text}`, left.no);
  return doc;
}
