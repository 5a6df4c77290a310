// Lines that are valid JavaScript or valid Python but not arithmetic: a
// server that hands the line to eval (whatever it catches or filters)
// answers one of them with a number, or runs the last one and dies.
export type Bad = [line: string, why: string];

export const JS_CODE: Bad[] = [
  ['Math.PI', 'a name: eval would read JavaScript\'s Math object'],
  ['Math.max(7, 8)', 'a call'],
  ['process.pid', 'a name of the server\'s own process'],
  ['0x10', 'a hexadecimal literal, not a decimal number'],
  ['[7]', 'brackets'],
  ['"7"', 'a string'],
  ['1; 2', 'two statements'],
  ['(1, 2)', 'a comma: JavaScript\'s comma operator'],
  ['true + 1', 'a name (true)'],
  ['~1', 'an operator outside the grammar (~)'],
  ['8 // 2', 'two "/" in a row: a comment in JavaScript'],
  ['x = 1', 'an assignment'],
  ['process.exit(3)', 'a call that would stop the server'],
];

export const PYTHON_CODE: Bad[] = [
  ["__import__('os').getpid()", 'a call that would reach the operating system'],
  ['abs(-7)', 'a call'],
  ['len("abc")', 'a call and a string'],
  ['0x10', 'a hexadecimal literal, not a decimal number'],
  ['1_000', 'an underscore inside a number'],
  ['7 // 2', 'floor division (//) is not in the grammar'],
  ['7 if 1 else 8', 'a conditional expression'],
  ['True + 1', 'a name (True)'],
  ['[7][0]', 'brackets'],
  ['(x := 1)', 'an assignment expression'],
  ['(1, 2)', 'a tuple'],
  ["__import__('os')._exit(3)", 'a call that would stop the server'],
];
