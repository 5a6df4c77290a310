// Reading replies of the evaluation steps: a number (7, 0.5, 7.0, 1e+21 all
// read as numbers) compared with a tolerance, or a line "error: reason".
import type { Conn } from '../harness/connection.ts';
import { CheckFailure, show } from '../harness/failure.ts';
import { msg, type Message, type Text, type Var } from '../i18n/index.ts';

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseNumber(line: string): number | null {
  const text = line.trim();
  return DECIMAL.test(text) ? Number(text) : null;
}

export interface ValueOptions {
  /** How the expression reads: "(1 + (2 * 3))" as data, or a message with a remark. */
  /** How the line reads: an expression (data), or a message around one. */
  reading?: Var;
  /** Largest magnitude met while computing it (for the tolerance). */
  scale?: number;
  hint?: Text;
  /** What was sent, when the line is wrapped (e.g. "/calc 1 + 2"). */
  sent?: Text;
}

/** The reply to `line` must be a number close to `value` (relative 1e-9). */
export async function expectValue(conn: Conn, line: string, value: number, o: ValueOptions = {}): Promise<void> {
  const sent = o.sent ?? show(line);
  const expected = o.reading === undefined ? msg('calc.expected.number', { value: String(value) }) : msg('calc.expected.numberReading', { value: String(value), reading: o.reading });
  const reply = await conn.readLine(expected, { hint: o.hint, sent });
  const got = parseNumber(reply);
  const tolerance = 1e-9 * Math.max(1, Math.abs(value), o.scale ?? 0);
  if (got === null || !(Math.abs(got - value) <= tolerance)) {
    throw new CheckFailure({ sent, expected, received: msg('received.line', { q: show(reply) }), hint: o.hint });
  }
}

/** The reply to `line` must be "error: " and a reason; `why` says why the line is an error (calc.why.*). */
export async function expectError(conn: Conn, line: string, why: Message, o: { hint?: Text; sent?: Text } = {}): Promise<void> {
  const sent = o.sent ?? show(line);
  const expected = msg('calc.expected.error', { why });
  const reply = await conn.readLine(expected, { hint: o.hint, sent });
  if (!reply.startsWith('error: ') || reply.slice(7).trim() === '') {
    throw new CheckFailure({ sent, expected, received: msg('received.line', { q: show(reply) }), hint: o.hint });
  }
}

/** Sends one line and checks the value of its reply. */
export async function ask(conn: Conn, line: string, value: number, o: ValueOptions = {}): Promise<void> {
  await conn.sendLine(line);
  await expectValue(conn, line, value, o);
}

/** Sends one line and checks that the reply is an error. */
export async function askError(conn: Conn, line: string, why: Message, o: { hint?: Text } = {}): Promise<void> {
  await conn.sendLine(line);
  await expectError(conn, line, why, o);
}
