// A failed expectation about the student's program. Everything a student
// needs to fix it: what the checker did, what it expected, what it got.
export interface FailureInit {
  /** What the checker sent or did, e.g. `"hello\n" split inside "é"`. */
  sent?: string;
  /** What the contract asks for. */
  expected: string;
  /** What actually happened: a line, a close, "nothing within 2 s"… */
  received: string;
  /** A hint more precise than the check's own first hint. */
  hint?: string;
}

export class CheckFailure extends Error {
  readonly sent?: string;
  readonly expected: string;
  readonly received: string;
  readonly hint?: string;

  constructor(init: FailureInit) {
    super(formatFailure(init));
    this.name = 'CheckFailure';
    this.sent = init.sent;
    this.expected = init.expected;
    this.received = init.received;
    this.hint = init.hint;
  }
}

/** The checker could not do its own job (no free port, a bug): never the student's fault. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

export function formatFailure(f: FailureInit): string {
  const rows: string[] = [];
  if (f.sent !== undefined) rows.push(`sent:     ${f.sent}`);
  rows.push(`expected: ${f.expected}`);
  rows.push(`received: ${f.received}`);
  return rows.join('\n');
}

/** Shows text the way a student can compare it: quoted, escapes visible, long text cut. */
export function show(text: string, max = 120): string {
  const quoted = JSON.stringify(text);
  return quoted.length <= max ? quoted : `${quoted.slice(0, max - 12)}…" (${text.length} chars)`;
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
