// Lines that are valid JavaScript or valid Python but not arithmetic: a
// server that hands the line to eval (whatever it catches or filters)
// answers one of them with a number, or runs the last one and dies.
import { msg, type Message } from '../i18n/index.ts';

export type Bad = [line: string, why: Message];

export const JS_CODE: Bad[] = [
  ['Math.PI', msg('calc.why.mathName')],
  ['Math.max(7, 8)', msg('calc.why.call')],
  ['process.pid', msg('calc.why.processName')],
  ['0x10', msg('calc.why.hexLiteral')],
  ['[7]', msg('calc.why.brackets')],
  ['"7"', msg('calc.why.string')],
  ['1; 2', msg('calc.why.twoStatements')],
  ['(1, 2)', msg('calc.why.commaOperator')],
  ['true + 1', msg('calc.why.name', { name: 'true' })],
  ['~1', msg('calc.why.outsideGrammar', { op: '~' })],
  ['8 // 2', msg('calc.why.jsComment')],
  ['x = 1', msg('calc.why.assignment')],
  ['process.exit(3)', msg('calc.why.stopsServer')],
];

export const PYTHON_CODE: Bad[] = [
  ["__import__('os').getpid()", msg('calc.why.reachesOs')],
  ['abs(-7)', msg('calc.why.call')],
  ['len("abc")', msg('calc.why.callAndString')],
  ['0x10', msg('calc.why.hexLiteral')],
  ['1_000', msg('calc.why.underscore')],
  ['7 // 2', msg('calc.why.floorDivision')],
  ['7 if 1 else 8', msg('calc.why.conditional')],
  ['True + 1', msg('calc.why.name', { name: 'True' })],
  ['[7][0]', msg('calc.why.brackets')],
  ['(x := 1)', msg('calc.why.assignmentExpression')],
  ['(1, 2)', msg('calc.why.tuple')],
  ["__import__('os')._exit(3)", msg('calc.why.stopsServer')],
];
