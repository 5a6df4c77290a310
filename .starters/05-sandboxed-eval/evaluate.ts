// Step 5 — the evaluator: arithmetic read by a grammar, never run as code.
// Step 6 imports this file too (../05-sandboxed-eval/evaluate.ts): keep the
// two exports below, with these signatures.
//
// The grammar, from the loosest binding to the tightest:
//   expr    := term (("+" | "-") term)*            1 - 2 - 3 is (1 - 2) - 3
//   term    := unary (("*" | "/" | "%") unary)*
//   unary   := ("-" | "+")* power                  -2 ** 2 is -(2 ** 2) = -4
//   power   := primary ("**" unary)?               2 ** 3 ** 2 is 2 ** 9
//   primary := NUMBER | "(" expr ")"
//   NUMBER  := digits ["." digits] [("e" | "E") ["+" | "-"] digits]     12, 3.25, 1e3

/** A problem with the expression itself: its message goes back to the client after "error: ". */
export class ExpressionError extends Error {}

/**
 * The value of `source`, or an ExpressionError such as
 * `unexpected ")" at column 7`. Never eval, new Function or vm: those run
 * the line as code.
 */
export function evaluate(source: string): number {
  // TODO 1: tokenize: walk the string, skip spaces, and cut numbers (see
  //         NUMBER above), "**" (before "*"!), + - * / % ( ). Anything else:
  //         throw new ExpressionError(`unexpected "${ch}" at column ${i + 1}`).
  // TODO 2: parse with one function per grammar rule (expr, term, unary,
  //         power, primary), each returning the value of what it read.
  //         Loops for the left-associative levels and for the signs; a depth
  //         counter for "(": over 100 is an error.
  // TODO 3: after expr(), the next token must be the end: "1 2" is an error.
  // TODO 4: errors, not answers: a line over 1,000 characters, x / 0, x % 0,
  //         and any result that is Infinity or NaN (1e308 * 10, (-8) ** 0.5).
  throw new ExpressionError(`cannot evaluate ${JSON.stringify(source)} yet: evaluate() is still a stub`);
}

/** The reply for a value: a decimal number, e.g. String(value). */
export function formatNumber(value: number): string {
  return String(value);
}
