// Arithmetic without eval: a tokenizer and a recursive-descent parser that
// compute as they parse. The input is data: it can only ever produce a number
// or an ExpressionError, whatever it contains.
//
//   expr    := term (("+" | "-") term)*            left-associative
//   term    := unary (("*" | "/" | "%") unary)*    left-associative
//   unary   := ("-" | "+")* power                  signs bind looser than **
//   power   := primary ("**" unary)?               right-associative: 2 ** 3 ** 2 = 2 ** 9
//   primary := NUMBER | "(" expr ")"
//   NUMBER  := digits ["." digits] [("e" | "E") ["+" | "-"] digits]

export const MAX_LENGTH = 1000;
export const MAX_DEPTH = 100;

/** A problem with the expression itself: its message is safe to send back to the client. */
export class ExpressionError extends Error {}

type Token =
  | { kind: 'number'; value: number; text: string; column: number }
  | { kind: 'op'; text: string; column: number }
  | { kind: 'end'; text: ''; column: number };

const NUMBER = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y; // sticky: matches exactly at lastIndex
const OPERATORS = ['**', '+', '-', '*', '/', '%', '(', ')'];

/** Cuts the source into tokens; columns are 1-based, for the error messages. */
function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(source);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), text: number[0], column: i + 1 });
      i += number[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, i));
    if (!op) throw new ExpressionError(`unexpected ${JSON.stringify(ch)} at column ${i + 1}`);
    tokens.push({ kind: 'op', text: op, column: i + 1 });
    i += op.length;
  }
  tokens.push({ kind: 'end', text: '', column: source.length + 1 });
  return tokens;
}

/** Parses and computes `source`; throws ExpressionError for anything outside the grammar. */
export function evaluate(source: string): number {
  if (source.length > MAX_LENGTH) throw new ExpressionError(`expression longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(source);
  let pos = 0;
  let depth = 0;

  const peek = () => tokens[pos];
  const isOp = (...ops: string[]) => peek().kind === 'op' && ops.includes(peek().text);
  const unexpected = (t: Token): never => {
    const what = t.kind === 'end' ? 'end of expression' : JSON.stringify(t.text);
    throw new ExpressionError(`unexpected ${what} at column ${t.column}`);
  };

  function expr(): number {
    let left = term();
    while (isOp('+', '-')) {
      const op = tokens[pos++];
      left = checked(op.text === '+' ? left + term() : left - term(), op);
    }
    return left;
  }

  function term(): number {
    let left = unary();
    while (isOp('*', '/', '%')) {
      const op = tokens[pos++];
      const right = unary();
      if (op.text !== '*' && right === 0) throw new ExpressionError(`division by zero at column ${op.column}`);
      left = checked(op.text === '*' ? left * right : op.text === '/' ? left / right : left % right, op);
    }
    return left;
  }

  // A loop, not recursion: a line of 999 minus signs is valid and must not overflow the stack.
  function unary(): number {
    let negative = false;
    while (isOp('-', '+')) if (tokens[pos++].text === '-') negative = !negative;
    const value = power();
    return negative ? -value : value;
  }

  function power(): number {
    const base = primary();
    if (!isOp('**')) return base;
    const op = tokens[pos++];
    return checked(base ** unary(), op); // unary() → power(): the right side may hold another **
  }

  function primary(): number {
    const t = tokens[pos++];
    if (t.kind === 'number') return checked(t.value, t);
    if (t.kind === 'op' && t.text === '(') {
      if (++depth > MAX_DEPTH) throw new ExpressionError(`nesting deeper than ${MAX_DEPTH} at column ${t.column}`);
      const value = expr();
      if (!isOp(')')) unexpected(peek());
      pos++;
      depth--;
      return value;
    }
    return unexpected(t);
  }

  const value = expr();
  if (peek().kind !== 'end') unexpected(peek()); // "1 2", "(1))": a second expression is an error
  return value;
}

/** Infinity and NaN are not answers: 1e308 * 10, (-8) ** 0.5. */
function checked(value: number, at: Token): number {
  if (Number.isNaN(value)) throw new ExpressionError(`no real result for ${JSON.stringify(at.text)} at column ${at.column}`);
  if (!Number.isFinite(value)) throw new ExpressionError(`number too large at column ${at.column}`);
  return value;
}

/**
 * The reply for a value: the shortest decimal text that reads back as the
 * same double (what Python's repr() prints too), so 0.1 + 0.2 shows as
 * 0.30000000000000004: that is the double, not a bug. -0 prints as "0".
 */
export function formatNumber(value: number): string {
  return String(value);
}
