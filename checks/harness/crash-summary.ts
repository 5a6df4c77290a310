// When a program dies, the student needs its error, not the last lines of
// a stack trace: this picks the error line and where it happened, for Node
// and Python, and falls back to the tail of stderr.

const PY_EXCEPTION = /^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt)\b/;
const NODE_ERROR = /^(?:Uncaught )?[A-Z]\w*(Error|Exception)\b(\s*\[[\w-]+\])?:|^Error\b/;
const NODE_SOURCE = /^(?:file:\/\/)?\/.*:\d+$/;

export function crashSummary(lines: string[], max = 6): string[] {
  const text = lines.map((l) => l.replace(/\s+$/, ''));
  if (text.some((l) => l.startsWith('Traceback (most recent call last)'))) {
    const error = findLast(text, (l) => PY_EXCEPTION.test(l));
    const file = findLastIndex(text, (l) => /^\s*File ".*", line \d+/.test(l));
    const where = file >= 0 ? [text[file].trim(), text[file + 1]?.trim()].filter((l): l is string => Boolean(l)) : [];
    if (error) return [...where, error];
  }
  // V8's own death (out of memory) comes with GC logs and a native stack, no JS error.
  const fatal = text.find((l) => l.startsWith('FATAL ERROR: '));
  if (fatal) return [fatal];
  const errorAt = text.findIndex((l) => NODE_ERROR.test(l));
  if (errorAt >= 0) {
    const source = text.findIndex((l) => NODE_SOURCE.test(l));
    const where = source >= 0 && source < errorAt ? [text[source], text[source + 1]?.trim()].filter((l): l is string => Boolean(l)) : [];
    const at = text.slice(errorAt + 1).find((l) => /^\s+at /.test(l) && !/\(node:|node:internal|node_modules/.test(l));
    return [text[errorAt], ...(where.length ? where : at ? [at.trim()] : [])];
  }
  return text.filter((l) => l !== '').slice(-max);
}

function findLast(xs: string[], test: (x: string) => boolean): string | undefined {
  const i = findLastIndex(xs, test);
  return i >= 0 ? xs[i] : undefined;
}

function findLastIndex(xs: string[], test: (x: string) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (test(xs[i])) return i;
  return -1;
}
