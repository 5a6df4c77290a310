// Step 5: a line is an arithmetic expression, read by a grammar, never run
// as code. Fixed cases name each rule (precedence, associativity, signs and
// **); a generated corpus checks them together; the injection lists are
// valid JavaScript or Python but not arithmetic, so any eval-based server
// answers one of them with a number, or dies.
import { corpus } from './shared/arithmetic-corpus.ts';
import { JS_CODE, PYTHON_CODE, type Bad } from './shared/not-arithmetic.ts';
import { ask, askError, expectError, expectValue } from './shared/replies.ts';
import type { CheckContext, ServerHandle } from './harness/context.ts';
import type { Conn } from './harness/connection.ts';
import { show } from './harness/failure.ts';
import { defineStep } from './harness/types.ts';
import { calcFaults } from './shared/faults-by-step.ts';

const CORPUS_SEED = 20240501;
const CORPUS_SIZE = 80;
const BATCH = 10;

const NOT_EVAL = 'Parse the line with your own grammar (a tokenizer and a recursive-descent parser): eval, new Function and vm run it as code, and code can do anything the server can.';

type Case = [line: string, value: number, reading: string];

/** Asks each case in turn on one connection, the value and how the line reads in the failure. */
async function askAll(conn: Conn, cases: Case[], hint?: string): Promise<void> {
  for (const [line, value, reading] of cases) await ask(conn, line, value, { reading, hint });
}

async function askErrors(conn: Conn, cases: Bad[], hint?: string): Promise<void> {
  for (const [line, why] of cases) await askError(conn, line, why, { hint });
}

/** After the bad lines: the same connection still answers, and, once it is closed, a new client is served. */
async function stillServing(t: CheckContext, server: ServerHandle, a: Conn): Promise<void> {
  await ask(a, '6 * 7', 42, { hint: 'After an error, the same connection must keep answering: catch the error for that line only.' });
  a.end();
  const b = await t.connect(server, 'B');
  await ask(b, '2 + 3', 5, { hint: 'The server must serve the next client after all of that.' });
}

export default defineStep({
  step: 5,
  slug: '05-sandboxed-eval',
  title: 'Evaluation without eval',
  concept: 'The client sends data, never code: a grammar decides what a line means.',
  reuseServer: true,
  checks: [
    {
      id: 'arithmetic',
      title: 'answers numbers, decimals and exponents with their value',
      role: 'server',
      points: 2,
      hints: [
        'Cut the line into tokens (numbers, operators, parentheses), parse them, and reply the value as a decimal number followed by "\\n".',
        'Numbers are digits with an optional ".digits" and an optional exponent (e, an optional sign, digits): 12, 3.25, 1e3, 2e-1.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askAll(a, [
          ['1 + 2', 3, '(1 + 2)'],
          ['7 / 2', 3.5, '(7 / 2): true division'],
          ['3.25 * 4', 13, '(3.25 * 4)'],
          ['1e3 + 1', 1001, '(1000 + 1)'],
          ['2e-1 * 5', 1, '(0.2 * 5)'],
          ['10 % 4', 2, '(10 % 4)'],
          ['(1 + 2) * 3', 9, '((1 + 2) * 3)'],
          ['  12  ', 12, '12, spaces around'],
          ['1-0.25', 0.75, '(1 - 0.25), no spaces'],
        ]);
      },
    },
    {
      id: 'precedence',
      title: 'usual precedence, left-associative + - * / %',
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        'One parsing function per level: expr handles + and -, term handles * / %, each calling the next level for its operands; a loop makes them left-associative.',
        '10 - 4 - 3 is (10 - 4) - 3: loop "left = left op next()" rather than recursing on the right.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askAll(a, [
          ['1 + 2 * 3', 7, '(1 + (2 * 3))'],
          ['10 - 4 - 3', 3, '((10 - 4) - 3)'],
          ['64 / 4 / 2', 8, '((64 / 4) / 2)'],
          ['2 * 3 % 4', 2, '((2 * 3) % 4)'],
          ['1 - 2 + 3', 2, '((1 - 2) + 3)'],
          ['2 + 3 * 4 - 5', 9, '((2 + (3 * 4)) - 5)'],
          ['100 / 10 * 2', 20, '((100 / 10) * 2)'],
          ['7 - (2 - 1)', 6, '(7 - (2 - 1))'],
        ]);
      },
    },
    {
      id: 'power-and-signs',
      title: '** is right-associative and binds tighter than unary minus',
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        'Give ** its own level below the signs: unary := ("-" | "+")* power, and power := primary ("**" unary)?. Then -2 ** 2 is -(2 ** 2) = -4, and 2 ** 3 ** 2 is 2 ** 9.',
        'The right side of ** is parsed by unary(), which may contain another **: that is what makes it right-associative, and 2 ** -1 valid.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askAll(a, [
          ['2 ** 3 ** 2', 512, '(2 ** (3 ** 2))'],
          ['(2 ** 3) ** 2', 64, '((2 ** 3) ** 2)'],
          ['-2 ** 2', -4, '(-(2 ** 2))'],
          ['(-2) ** 2', 4, '((-2) ** 2)'],
          ['2 ** -1', 0.5, '(2 ** (-1))'],
          ['-3 ** 2 * 2', -18, '((-(3 ** 2)) * 2)'],
          ['- -3', 3, '(-(-3))'],
          ['--3', 3, '(-(-3)), two unary minus'],
          ['+-+4', -4, '(+(-(+4)))'],
          ['2 * -3', -6, '(2 * (-3))'],
          ['1 - -1', 2, '(1 - (-1))'],
          ['2 ** 0.5', Math.SQRT2, '(2 ** 0.5)'],
        ]);
      },
    },
    {
      id: 'corpus',
      title: `a generated corpus of ${CORPUS_SIZE} expressions, several lines per segment`,
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        'The failure shows how the expression must be read, with every parenthesis: compare it with how your parser groups it.',
        'Several lines may arrive in one segment: answer each, in order, one reply line per line.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const samples = corpus(CORPUS_SEED, CORPUS_SIZE);
        for (let i = 0; i < samples.length; i += BATCH) {
          const batch = samples.slice(i, i + BATCH);
          await a.sendMerged(batch.map((s) => s.text));
          for (const s of batch) await expectValue(a, s.text, s.value, { reading: s.reading, scale: s.scale, sent: `${show(s.text)} (among ${batch.length} lines sent in one segment)` });
        }
      },
    },
    {
      id: 'syntax-errors',
      title: 'a malformed line gets "error: …" and the connection keeps working',
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        'When the tokens do not fit the grammar, reply "error: " and the reason (e.g. "unexpected \\")\\" at column 7"), then keep reading the next line.',
        'After parsing, the next token must be the end of the line: "1 2" and "(1))" hold a second expression or a stray token.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1 +', 'an operand is missing'],
          ['(1 + 2', 'a parenthesis is not closed'],
          ['1 + 2)', 'a ")" too many'],
        ]);
        await ask(a, '4 * 5', 20, { hint: 'One reply per line: after an error, the next line gets its own answer.' });
        await askErrors(a, [
          ['1 2', 'two numbers: a second expression'],
          ['* 3', 'an operator without its left operand'],
          ['2 * * 3', '"* *" with a space is not **'],
          ['()', 'empty parentheses'],
          ['1 . 5', 'a lone "."'],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'division-by-zero',
      title: 'division by zero is an error, not a crash',
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        'Check the divisor before dividing: x / 0 and x % 0 are "error: division by zero", and the server keeps serving.',
        'In Python, 1 / 0 raises ZeroDivisionError: an except that does not catch it lets it end the server. In JavaScript it gives Infinity or NaN, which are not answers either.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1 / 0', 'division by zero'],
          ['5 % 0', 'remainder of a division by zero'],
          ['0 / 0', 'division by zero'],
          ['1 / (2 - 2)', 'division by zero, found only by computing'],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'non-finite',
      title: 'results that are not finite numbers are errors',
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        'Check every result: Infinity and NaN (1e308 * 10, (-8) ** 0.5) are "error: …", not answers.',
        'In Python, compute with float: 9 ** 9 ** 9 with int has 370 million digits and takes minutes; with float it overflows at once (OverflowError).',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1e308 * 10', 'the result overflows to infinity'],
          ['1e999', 'the number itself is too large'],
          ['(-8) ** 0.5', 'no real result (NaN)'],
          ['0 ** -1', 'infinite: a division by zero in disguise'],
          ['9 ** 9 ** 9', 'far too large for a number'],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'not-code-js',
      title: 'JavaScript that is not arithmetic is an error, never run',
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [NOT_EVAL, 'A try/catch around eval only catches what fails: Math.PI, 0x10 and process.exit(3) succeed.'],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, JS_CODE, NOT_EVAL);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'not-code-python',
      title: 'Python that is not arithmetic is an error, never run',
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [NOT_EVAL, 'eval with empty globals is no sandbox either: __import__ and ().__class__ reach everything. ast.literal_eval does not compute expressions.'],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, PYTHON_CODE, NOT_EVAL);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'nesting',
      title: 'nesting up to 100 parentheses works; deeper is an error',
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        'Count the depth of parentheses while parsing: past 100, reply "error: …" before the recursion goes deeper.',
        'Each "(" is a recursive call: without a limit, a long line of "(" overflows the stack (RangeError in JavaScript, RecursionError in Python).',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const nest = (n: number, inner = '2') => `${'('.repeat(n)}${inner}${')'.repeat(n)}`;
        await ask(a, nest(100), 2, { reading: '2, inside 100 parentheses' });
        await askError(a, nest(101), 'nesting deeper than 100');
        await askError(a, `${'('.repeat(499)}1`, '499 "(" never closed: deeper than 100');
        await ask(a, nest(50, '1 + 1'), 2, { reading: '(1 + 1) inside 50 parentheses, after the errors' });
      },
    },
    {
      id: 'sign-chain',
      title: 'a chain of 900 unary signs is valid and does not crash the server',
      role: 'server',
      needs: ['power-and-signs'],
      hints: [
        'Only parentheses count as depth: a chain of signs is bounded by the line length alone. Read signs in a loop, not one recursive call each.',
        'One recursive call per sign (or two, through a precedence-climbing helper) brings Python close to or past its default recursion limit of 1000; a loop has no such limit.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await ask(a, `${'-'.repeat(899)}5`, -5, { reading: '899 unary minus signs before 5' });
        await ask(a, `${'- '.repeat(450)}7`, 7, { reading: '450 unary minus signs, spaced, before 7' });
      },
    },
    {
      id: 'long-line',
      title: 'lines over 1,000 characters get "error: …", the connection stays open',
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        'Check the length of the line before parsing it: over 1,000 characters, reply "error: …" and go on with the next line.',
        'Exactly 1,000 characters is still a valid line.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const sum = (terms: number) => `${'1+'.repeat(terms - 1)}1`;
        await ask(a, `${'1+'.repeat(499)}10`, 509, { reading: 'a sum of exactly 1,000 characters' });
        await askError(a, sum(501), 'a line of 1,001 characters');
        await askError(a, sum(10_000), 'a line of 19,999 characters');
        await ask(a, '2 * 3', 6, { hint: 'A long line is an error for that line only: the connection keeps working.' });
      },
    },
    {
      id: 'huge-line',
      title: '70 KB without a newline: an error, that connection closed, the next client served',
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        'readline (and Python\'s readline() or a "buffer += data" loop) keep buffering until "\\n": a client can fill the memory. Keep at most 64 KiB of one line; past that, reply "error: …" and close that connection.',
        'Split lines yourself on the "data" chunks, counting the bytes held for the current line; close with socket.end(), then ignore what still arrives.',
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        const flood = '1'.repeat(70_000);
        await a.send(flood);
        await expectError(a, flood, 'a line over 64 KiB, still without "\\n"', { sent: '70,000 digits and no "\\n"' });
        await a.expectClose({ sent: '70,000 digits and no "\\n"', expected: 'the server to close that connection after the error' });
        const b = await t.connect(server, 'B');
        await ask(b, '1 + 1', 2, { hint: 'After closing the flooding connection, serve the next client.' });
      },
    },
    ...calcFaults(),
  ],
});
