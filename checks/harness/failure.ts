// A failed expectation about the student's program, as data: what the
// checker did, what it expected, what it got, and why (the cause), each a
// Message the renderers say in the reader's language.
import { msg, render, type Message, type Text, type Var } from '../i18n/index.ts';

/**
 * Why a check failed, for renderers and decisions (never read from the
 * wording): the program's reply was wrong, nothing came in time, the
 * connection closed or was reset, the program crashed, did not start, exited
 * with the wrong code, kept running, or left processes behind; or the check
 * ran out of time. `internal` is the checker's own bug.
 */
export type Cause =
  | 'wrong-reply'
  | 'no-reply'
  | 'closed'
  | 'reset'
  | 'crashed'
  | 'not-started'
  | 'exit-code'
  | 'still-running'
  | 'exited'
  | 'left-processes'
  | 'check-timeout'
  | 'internal';

export interface FailureInit {
  /** What the checker sent or did, e.g. `"hello\n" split inside "é"`. */
  sent?: Text;
  /** What the contract asks for. */
  expected: Text;
  /** What actually happened: a line, a close, "nothing within 2 s"… */
  received: Text;
  /** A hint more precise than the check's own first hint. */
  hint?: Text;
  /** Defaults to a wrong reply. */
  cause?: Cause;
}

export class CheckFailure extends Error {
  readonly sent?: Text;
  readonly expected: Text;
  readonly received: Text;
  readonly hint?: Text;
  readonly cause: Cause;

  constructor(init: FailureInit) {
    super(formatFailure(init));
    this.name = 'CheckFailure';
    this.sent = init.sent;
    this.expected = init.expected;
    this.received = init.received;
    this.hint = init.hint;
    this.cause = init.cause ?? 'wrong-reply';
  }

  get init(): FailureInit {
    return { sent: this.sent, expected: this.expected, received: this.received, hint: this.hint, cause: this.cause };
  }
}

/** The checker could not do its own job (no free port, a bug): never the student's fault. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}

/** The failure as text, in English (`message` of the JSON result) or as `say` renders each part. */
export function formatFailure(f: FailureInit, say: (text: Text) => string = (text) => render('en', text)): string {
  const rows: string[] = [];
  if (f.sent !== undefined) rows.push(`sent:     ${say(f.sent)}`);
  rows.push(`expected: ${say(f.expected)}`);
  rows.push(`received: ${say(f.received)}`);
  return rows.join('\n');
}

/** Shows text the way a student can compare it: quoted, escapes visible, long text cut (its length said). */
export function show(text: string, max = 120): Message {
  const quoted = JSON.stringify(text);
  return quoted.length <= max ? msg('quote.text', { q: quoted }) : msg('quote.cut', { q: `${quoted.slice(0, max - 12)}…"`, n: text.length });
}

/** Several shown texts, "a", "b", "c": one value to put in a message. */
export function showAll(texts: string[]): Var {
  return joined(texts.map((t) => show(t)), 'list.commas');
}

/** Values joined by the list message `by` ("a, b" / "a; b"), as one value. */
export function joined(items: Var[], by: 'list.commas' | 'list.semicolons'): Var {
  return items.length === 0 ? '' : items.reduceRight((rest, first) => msg(by, { first, rest }));
}

export function seconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
