// A generated arithmetic corpus for the evaluation steps, with its own
// evaluator: each expression is built as a tree, its value computed from the
// tree (never by parsing the text), and the text printed from the tree with
// only the parentheses the grammar needs. A server reading the text with the
// wrong precedence or associativity gets another number.

export interface Sample {
  /** The line sent: `-2 ** 2`, `10 - 4 - 3`. */
  text: string;
  /** The same tree with every parenthesis spelled out, to show how it reads. */
  reading: string;
  value: number;
  /** Largest magnitude met on the way: the tolerance scales with it. */
  scale: number;
}

type Tree =
  | { kind: 'num'; text: string }
  | { kind: 'sign'; op: '-' | '+'; arg: Tree }
  | { kind: 'bin'; op: '+' | '-' | '*' | '/' | '%' | '**'; left: Tree; right: Tree };

// Decimals and exponents of the contract: 12, 3.25, 1e3.
const LITERALS = ['0', '1', '2', '3', '4', '5', '7', '9', '10', '12', '25', '100', '0.5', '3.25', '2.5', '0.125', '1e3', '2e-1', '1.5e2'];
const BINARY = ['+', '-', '*', '/', '%', '**'] as const;

/** Small, seeded, and the same on every machine: a failure can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function grow(rand: () => number, depth: number): Tree {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  if (depth === 0 || rand() < 0.25) return { kind: 'num', text: pick(LITERALS) };
  if (rand() < 0.2) return { kind: 'sign', op: rand() < 0.8 ? '-' : '+', arg: grow(rand, depth - 1) };
  return { kind: 'bin', op: pick(BINARY), left: grow(rand, depth - 1), right: grow(rand, depth - 1) };
}

class Rejected extends Error {}

/** The value of a tree; trees outside the contract's well-defined cases are rejected. */
function compute(tree: Tree, scale: { max: number }): number {
  const v = ((): number => {
    if (tree.kind === 'num') return Number(tree.text);
    if (tree.kind === 'sign') return tree.op === '-' ? -compute(tree.arg, scale) : compute(tree.arg, scale);
    const a = compute(tree.left, scale);
    const b = compute(tree.right, scale);
    switch (tree.op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return a * b;
      case '/':
        if (b === 0) throw new Rejected();
        return a / b;
      case '%':
        if (b <= 0 || a < 0) throw new Rejected(); // % is only checked on non-negative operands
        return a % b;
      case '**':
        // Keep powers small (a Python int would take for ever on 9 ** 9 ** 9) and real.
        if (Math.abs(a) > 100 || Math.abs(b) > 6 || (a < 0 && !Number.isInteger(b)) || (a === 0 && b < 0)) throw new Rejected();
        return a ** b;
    }
  })();
  if (!Number.isFinite(v) || Math.abs(v) > 1e12) throw new Rejected();
  scale.max = Math.max(scale.max, Math.abs(v));
  return v;
}

// Binding levels: 1 + -, 2 * / %, 3 unary signs, 4 **, 5 numbers and parentheses.
const LEVEL = { '+': 1, '-': 1, '*': 2, '/': 2, '%': 2, '**': 4 } as const;

/** Prints a tree; `need` is the level its position asks for; `spaced` adds spaces around operators. */
function print(tree: Tree, need: number, rand: () => number, spaced: boolean): string {
  const sp = spaced ? ' ' : '';
  let text: string;
  let level: number;
  if (tree.kind === 'num') [text, level] = [tree.text, 5];
  else if (tree.kind === 'sign') [text, level] = [tree.op + print(tree.arg, 3, rand, spaced), 3];
  else if (tree.op === '**') [text, level] = [`${print(tree.left, 5, rand, spaced)}${sp}**${sp}${print(tree.right, 3, rand, spaced)}`, 4];
  else {
    level = LEVEL[tree.op];
    text = `${print(tree.left, level, rand, spaced)}${sp}${tree.op}${sp}${print(tree.right, level + 1, rand, spaced)}`;
  }
  const redundant = level < 5 && rand() < 0.08;
  return level < need || redundant ? `(${text})` : text;
}

/** Every operation in parentheses: how the expression must be read. */
function spellOut(tree: Tree): string {
  if (tree.kind === 'num') return tree.text;
  if (tree.kind === 'sign') return `(${tree.op}${spellOut(tree.arg)})`;
  return `(${spellOut(tree.left)} ${tree.op} ${spellOut(tree.right)})`;
}

/** `count` distinct expressions from `seed`, of depth 1 to 4 (bounded attempts). */
export function corpus(seed: number, count: number): Sample[] {
  const rand = seededRandom(seed);
  const samples: Sample[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; samples.length < count && attempt < count * 50; attempt++) {
    const tree = grow(rand, 1 + Math.floor(rand() * 4));
    if (tree.kind === 'num') continue;
    const scale = { max: 1 };
    let value: number;
    try {
      value = compute(tree, scale);
    } catch (error) {
      if (error instanceof Rejected) continue;
      throw error;
    }
    if (value !== 0 && Math.abs(value) < 1e-6) continue; // too close to 0 for a fair comparison
    const text = print(tree, 0, rand, rand() < 0.7);
    if (seen.has(text)) continue;
    seen.add(text);
    samples.push({ text, reading: spellOut(tree), value, scale: scale.max });
  }
  return samples;
}
