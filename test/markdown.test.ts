// The README renderer of the menu: every step's README, in both languages,
// read on an 80- and a 120-column terminal; and the Markdown it must get right.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { renderMarkdown } from '../checks/menu/markdown.ts';
import { displayWidth } from '../checks/report/wrap.ts';

const CYAN = /\x1b\[36m.*?\x1b\[39m/g;
const ANSI = /\x1b\[[0-9;]*m/g;
const plain = (text: string) => text.replace(ANSI, '');
/** The text as read, with every code span (cyan) blanked out: what is left must hold no Markdown. */
const prose = (text: string) => text.replace(CYAN, 'X').replace(ANSI, '');

const stepsDir = join(KIT_ROOT, 'steps');
const readmes = readdirSync(stepsDir).flatMap((slug) => ['README.md', 'README.fr.md'].map((f) => `${slug}/${f}`));

describe.each([80, 120])('every step README at %i columns', (width) => {
  test.each(readmes)('%s: no line too wide, no Markdown left, no lone punctuation starting a line', (name) => {
    const out = renderMarkdown(readFileSync(join(stepsDir, name), 'utf8'), true, width);
    for (const line of out.split('\n')) {
      expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      expect(prose(line), line).not.toMatch(/\*\*|`|^\s*[:;?!»](\s|$)|^\s*\|/);
    }
  });
});

test('bold that holds inline code is bold, the code in it cyan', () => {
  const out = renderMarkdown('**Que font `bind()` et `listen()` ?** `bind()` donne', true);
  expect(out).toContain('\x1b[1mQue font\x1b[22m');
  expect(out).toContain('\x1b[36m\x1b[1mbind()\x1b[22m\x1b[39m');
  expect(out).toContain('\x1b[1m?\x1b[22m');
  expect(plain(out)).toBe('Que font bind() et listen() ? bind() donne\n');
});

test('** inside code is code, not bold', () => {
  const out = renderMarkdown('`-2 ** 2` vaut `-4`, `2 ** 3 ** 2` vaut `512`', true);
  expect(out).not.toContain('\x1b[1m');
  expect(plain(out)).toBe('-2 ** 2 vaut -4, 2 ** 3 ** 2 vaut 512\n');
});

test('a paragraph\'s lines are joined before code spans are read, then folded again', () => {
  const out = renderMarkdown('La ligne `readline.createInterface({ input:\nsocket })` rassemble les octets\njusqu\'au `\\n`.', true, 50);
  expect(out).toContain('\x1b[36mreadline.createInterface({ input: socket })\x1b[39m');
  expect(plain(out)).toBe('La ligne\nreadline.createInterface({ input: socket })\nrassemble les octets jusqu\'au \\n.\n');
});

test('a list item\'s lines are joined and folded under its text', () => {
  const out = renderMarkdown('- **client** : `client [mots...]` se connecte à `HOST:PORT`,\n  envoie les mots\n- second', false, 30);
  expect(out).toBe('• client : client [mots...] se\n  connecte à HOST:PORT, envoie\n  les mots\n• second\n');
});

test('French punctuation never starts a line', () => {
  const out = renderMarkdown('Et si le client ne trouve pas le serveur ? La connexion est refusée', false, 38);
  expect(out).toBe('Et si le client ne trouve pas le\nserveur ? La connexion est refusée\n');
});

const TABLE = '| Python | Node.js |\n| --- | --- |\n| `conn.recv(1024)` | the `\'data\'` event, or `readline` |\n| `conn.close()` | `conn.end()` |\n';

test('a table that fits is drawn in aligned columns, code rendered', () => {
  const out = renderMarkdown(TABLE, true, 80);
  expect(plain(out).split('\n')).toEqual([
    '  Python          │ Node.js',
    '  ────────────────┼──────────────────────────────',
    '  conn.recv(1024) │ the \'data\' event, or readline',
    '  conn.close()    │ conn.end()',
    '',
    '',
  ]);
  expect(out).toContain('\x1b[36mconn.recv(1024)\x1b[39m');
});

test('columns are padded by what shows, not by the length of the Markdown', () => {
  const out = plain(renderMarkdown('| a | b |\n|---|---|\n| `é` | x |\n| **bold** | y |\n', false, 80));
  const bars = out.split('\n').filter((l) => l.includes('│')).map((l) => l.indexOf('│'));
  expect(new Set(bars).size).toBe(1);
});

test('a table wider than the terminal becomes one block a row, each cell beside its column\'s name', () => {
  const out = plain(renderMarkdown(TABLE, true, 45));
  expect(out.split('\n')).toEqual([
    '  Python   conn.recv(1024)',
    '  Node.js  the \'data\' event, or readline',
    '',
    '  Python   conn.close()',
    '  Node.js  conn.end()',
    '',
    '',
  ]);
  // Narrower still, a cell goes under its column's name.
  expect(plain(renderMarkdown(TABLE, true, 40))).toMatch(/^ {2}Python\n {4}conn\.recv\(1024\)\n {2}Node\.js\n {4}the 'data' event, or readline\n\n/);
});

test('the step 1 table: columns at 120, blocks at 80', () => {
  const readme = readFileSync(join(stepsDir, '01-blocking-accept', 'README.fr.md'), 'utf8');
  const wide = plain(renderMarkdown(readme, false, 120));
  expect(wide).toMatch(/^ {2}`?s = socket\.socket\(\); s\.bind\(\(h, p\)\); s\.listen\(\) │ server = createServer\(\); server\.listen\(p, h\)$/m);
  expect(wide).toMatch(/^ {2}conn\.close\(\) +│ conn\.end\(\)$/m);
  const narrow = plain(renderMarkdown(readme, false, 80));
  expect(narrow).toMatch(/^ {2}Python \(le TP d'origine\) {2}conn\.close\(\)\n {2}Node\.js {19}conn\.end\(\)$/m);
});

test('a code line too long for the terminal goes on under a dotted gutter', () => {
  const out = plain(renderMarkdown('```\nawait once(client, \'connect\');                      // rejects on \'error\' (ECONNREFUSED)\n```\n', false, 80));
  expect(out).toBe('  ┌──\n  │ await once(client, \'connect\');                      // rejects on \'error\'\n  ┆   (ECONNREFUSED)\n  └──\n\n');
});
