// Reading replies of the evaluation steps: a number (7, 0.5, 7.0, 1e+21 all
// read as numbers) compared with a tolerance, or a line "error: reason".
import type { Conn } from '../harness/connection.ts';
import { CheckFailure, show } from '../harness/failure.ts';

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseNumber(line: string): number | null {
  const text = line.trim();
  return DECIMAL.test(text) ? Number(text) : null;
}

export interface ValueOptions {
  /** How the expression reads, e.g. "(1 + (2 * 3))". */
  reading?: string;
  /** Largest magnitude met while computing it (for the tolerance). */
  scale?: number;
  hint?: string;
  /** What was sent, when the line is wrapped (e.g. "/calc 1 + 2"). */
  sent?: string;
}

/** The reply to `line` must be a number close to `value` (relative 1e-9). */
export async function expectValue(conn: Conn, line: string, value: number, o: ValueOptions = {}): Promise<void> {
  const expected = `the number ${value}${o.reading ? `, reading the line as ${o.reading}` : ''}`;
  const reply = await conn.readLine(expected, { hint: o.hint, sent: o.sent ?? show(line) });
  const got = parseNumber(reply);
  const tolerance = 1e-9 * Math.max(1, Math.abs(value), o.scale ?? 0);
  if (got === null || !(Math.abs(got - value) <= tolerance)) {
    throw new CheckFailure({ sent: o.sent ?? show(line), expected, received: `the line ${show(reply)}`, hint: o.hint });
  }
}

/** The reply to `line` must be "error: " and a reason; `why` says why the line is an error. */
export async function expectError(conn: Conn, line: string, why: string, o: { hint?: string; sent?: string } = {}): Promise<void> {
  const expected = `a line "error: <reason>" (${why})`;
  const reply = await conn.readLine(expected, { hint: o.hint, sent: o.sent ?? show(line) });
  if (!reply.startsWith('error: ') || reply.slice(7).trim() === '') {
    throw new CheckFailure({ sent: o.sent ?? show(line), expected, received: `the line ${show(reply)}`, hint: o.hint });
  }
}

/** Sends one line and checks the value of its reply. */
export async function ask(conn: Conn, line: string, value: number, o: ValueOptions = {}): Promise<void> {
  await conn.sendLine(line);
  await expectValue(conn, line, value, o);
}

/** Sends one line and checks that the reply is an error. */
export async function askError(conn: Conn, line: string, why: string, o: { hint?: string } = {}): Promise<void> {
  await conn.sendLine(line);
  await expectError(conn, line, why, o);
}
