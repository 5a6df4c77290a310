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
import { msg, type Text, type Var } from './i18n/index.ts';
import { calcFaults } from './shared/faults-by-step.ts';

const CORPUS_SEED = 20240501;
const CORPUS_SIZE = 80;
const BATCH = 10;

const NOT_EVAL = msg('step5.notEval.hint');

/** A line, its value, and how it reads: the expression with every parenthesis, or a message that says more. */
type Case = [line: string, value: number, reading: Var];

/** Asks each case in turn on one connection, the value and how the line reads in the failure. */
async function askAll(conn: Conn, cases: Case[], hint?: Text): Promise<void> {
  for (const [line, value, reading] of cases) await ask(conn, line, value, { reading, hint });
}

async function askErrors(conn: Conn, cases: Bad[], hint?: Text): Promise<void> {
  for (const [line, why] of cases) await askError(conn, line, why, { hint });
}

/** After the bad lines: the same connection still answers, and, once it is closed, a new client is served. */
async function stillServing(t: CheckContext, server: ServerHandle, a: Conn): Promise<void> {
  await ask(a, '6 * 7', 42, { hint: msg('step5.afterError.hint') });
  a.end();
  const b = await t.connect(server, 'B');
  await ask(b, '2 + 3', 5, { hint: msg('step5.nextClient.hint') });
}

export default defineStep({
  step: 5,
  slug: '05-sandboxed-eval',
  title: msg('step5.title'),
  concept: msg('step5.concept'),
  reuseServer: true,
  checks: [
    {
      id: 'arithmetic',
      title: msg('step5.arithmetic.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('step5.arithmetic.hint1'),
        msg('step5.arithmetic.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await askAll(a, [
          ['1 + 2', 3, '(1 + 2)'],
          ['7 / 2', 3.5, msg('step5.reading.trueDivision', { expr: '(7 / 2)' })],
          ['3.25 * 4', 13, '(3.25 * 4)'],
          ['1e3 + 1', 1001, '(1000 + 1)'],
          ['2e-1 * 5', 1, '(0.2 * 5)'],
          ['10 % 4', 2, '(10 % 4)'],
          ['(1 + 2) * 3', 9, '((1 + 2) * 3)'],
          ['  12  ', 12, msg('step5.reading.spacesAround', { expr: '12' })],
          ['1-0.25', 0.75, msg('step5.reading.noSpaces', { expr: '(1 - 0.25)' })],
        ]);
      },
    },
    {
      id: 'precedence',
      title: msg('step5.precedence.title'),
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        msg('step5.precedence.hint1'),
        msg('step5.precedence.hint2'),
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
      title: msg('step5.powerAndSigns.title'),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        msg('step5.powerAndSigns.hint1'),
        msg('step5.powerAndSigns.hint2'),
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
          ['--3', 3, msg('step5.reading.twoUnaryMinus', { expr: '(-(-3))' })],
          ['+-+4', -4, '(+(-(+4)))'],
          ['2 * -3', -6, '(2 * (-3))'],
          ['1 - -1', 2, '(1 - (-1))'],
          ['2 ** 0.5', Math.SQRT2, '(2 ** 0.5)'],
        ]);
      },
    },
    {
      id: 'corpus',
      title: msg('step5.corpus.title', { n: CORPUS_SIZE }),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        msg('step5.corpus.hint1'),
        msg('step5.corpus.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const samples = corpus(CORPUS_SEED, CORPUS_SIZE);
        for (let i = 0; i < samples.length; i += BATCH) {
          const batch = samples.slice(i, i + BATCH);
          await a.sendMerged(batch.map((s) => s.text));
          for (const s of batch) await expectValue(a, s.text, s.value, { reading: s.reading, scale: s.scale, sent: msg('step5.corpus.sent', { q: show(s.text), n: batch.length }) });
        }
      },
    },
    {
      id: 'syntax-errors',
      title: msg('step5.syntaxErrors.title'),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        msg('step5.syntaxErrors.hint1'),
        msg('step5.syntaxErrors.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1 +', msg('calc.why.operandMissing')],
          ['(1 + 2', msg('calc.why.parenNotClosed')],
          ['1 + 2)', msg('calc.why.parenTooMany')],
        ]);
        await ask(a, '4 * 5', 20, { hint: msg('step5.oneReplyPerLine.hint') });
        await askErrors(a, [
          ['1 2', msg('calc.why.twoNumbers')],
          ['* 3', msg('calc.why.noLeftOperand')],
          ['2 * * 3', msg('calc.why.spacedStars')],
          ['()', msg('calc.why.emptyParens')],
          ['1 . 5', msg('calc.why.loneDot')],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'division-by-zero',
      title: msg('step5.divisionByZero.title'),
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        msg('step5.divisionByZero.hint1'),
        msg('step5.divisionByZero.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1 / 0', msg('calc.why.divisionByZero')],
          ['5 % 0', msg('calc.why.remainderByZero')],
          ['0 / 0', msg('calc.why.divisionByZero')],
          ['1 / (2 - 2)', msg('calc.why.divisionByZeroComputed')],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'non-finite',
      title: msg('step5.nonFinite.title'),
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        msg('step5.nonFinite.hint1'),
        msg('step5.nonFinite.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, [
          ['1e308 * 10', msg('calc.why.overflows')],
          ['1e999', msg('calc.why.numberTooLarge')],
          ['(-8) ** 0.5', msg('calc.why.notReal')],
          ['0 ** -1', msg('calc.why.zeroPowerNegative')],
          ['9 ** 9 ** 9', msg('calc.why.farTooLarge')],
        ]);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'not-code-js',
      title: msg('step5.notCodeJs.title'),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [NOT_EVAL, msg('step5.notCodeJs.hint2')],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, JS_CODE, NOT_EVAL);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'not-code-python',
      title: msg('step5.notCodePython.title'),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [NOT_EVAL, msg('step5.notCodePython.hint2')],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        await askErrors(a, PYTHON_CODE, NOT_EVAL);
        await stillServing(t, server, a);
      },
    },
    {
      id: 'nesting',
      title: msg('step5.nesting.title'),
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        msg('step5.nesting.hint1'),
        msg('step5.nesting.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const nest = (n: number, inner = '2') => `${'('.repeat(n)}${inner}${')'.repeat(n)}`;
        await ask(a, nest(100), 2, { reading: msg('step5.reading.insideParens', { expr: '2', n: 100 }) });
        await askError(a, nest(101), msg('calc.why.nestingDeeper', { n: 100 }));
        await askError(a, `${'('.repeat(499)}1`, msg('calc.why.neverClosed', { n: 499, limit: 100 }));
        await ask(a, nest(50, '1 + 1'), 2, { reading: msg('step5.reading.insideParensAfterErrors', { expr: '(1 + 1)', n: 50 }) });
      },
    },
    {
      id: 'sign-chain',
      title: msg('step5.signChain.title'),
      role: 'server',
      needs: ['power-and-signs'],
      hints: [
        msg('step5.signChain.hint1'),
        msg('step5.signChain.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await ask(a, `${'-'.repeat(899)}5`, -5, { reading: msg('step5.reading.minusSigns', { n: 899, value: '5' }) });
        await ask(a, `${'- '.repeat(450)}7`, 7, { reading: msg('step5.reading.minusSignsSpaced', { n: 450, value: '7' }) });
      },
    },
    {
      id: 'long-line',
      title: msg('step5.longLine.title'),
      role: 'server',
      needs: ['arithmetic'],
      hints: [
        msg('step5.longLine.hint1'),
        msg('step5.longLine.hint2'),
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const sum = (terms: number) => `${'1+'.repeat(terms - 1)}1`;
        await ask(a, `${'1+'.repeat(499)}10`, 509, { reading: msg('step5.reading.sum1000') });
        await askError(a, sum(501), msg('calc.why.line1001'));
        await askError(a, sum(10_000), msg('calc.why.line19999'));
        await ask(a, '2 * 3', 6, { hint: msg('step5.longLineKeepsWorking.hint') });
      },
    },
    {
      id: 'huge-line',
      title: msg('step5.hugeLine.title'),
      role: 'server',
      needs: ['arithmetic'],
      points: 2,
      hints: [
        msg('step5.hugeLine.hint1'),
        msg('step5.hugeLine.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await t.connect(server);
        const flood = '1'.repeat(70_000);
        await a.send(flood);
        const sent = msg('step5.hugeLine.sent');
        await expectError(a, flood, msg('calc.why.over64KiB'), { sent });
        await a.expectClose({ sent, expected: msg('step5.hugeLine.expectedClose') });
        const b = await t.connect(server, 'B');
        await ask(b, '1 + 1', 2, { hint: msg('step5.afterFlood.hint') });
      },
    },
    ...calcFaults(),
  ],
});
