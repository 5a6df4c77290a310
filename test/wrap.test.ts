// Text folded to the terminal: by columns, never before French spaced
// punctuation, never inside a command; and the places that use it — check
// lines, footers, hints shown before, the menu's step list.
import { expect, test } from 'vitest';
import type { CheckResult, StepResult } from '../checks/harness/types.ts';
import { renderHint } from '../checks/hints.ts';
import { stepTitles, ellipsize } from '../checks/menu/step-list.ts';
import { PrettyRenderer } from '../checks/report/pretty.ts';
import { displayWidth, wrap } from '../checks/report/wrap.ts';
import { KIT_ROOT } from './helpers/kit.ts';

const HINT = 'Votre serveur s\'est arrêté avec une erreur (code 1) : la ligne d\'erreur est au-dessus ; npm run server -- 3 le montre en direct. Pourquoi ? Relisez « le README » !';

test('no line starts with a lone « : », « ; », « ? », « ! » or », nor ends with «, at any width', () => {
  for (let width = 20; width <= 120; width++) {
    for (const line of wrap(HINT, width, '  ')) {
      expect(line, `${width}: ${line}`).not.toMatch(/^\s*[:;?!»]/);
      expect(line, `${width}: ${line}`).not.toMatch(/«$/);
    }
  }
});

test('a command stays on one line: npm run … -- N, nc HOST PORT, `inline code`', () => {
  const text = 'Stuck? npm run step -- 1 --hint. By hand: npm run server -- 1, then nc 127.0.0.1 4000, or `node server.ts --port 4000`.';
  for (let width = 30; width <= 120; width++) {
    const lines = wrap(text, width);
    expect(lines.some((l) => l.includes('npm run step -- 1 --hint.')), `${width}`).toBe(true);
    expect(lines.some((l) => l.includes('npm run server -- 1,')), `${width}`).toBe(true);
    expect(lines.some((l) => l.includes('nc 127.0.0.1 4000,')), `${width}`).toBe(true);
    expect(lines.some((l) => l.includes('`node server.ts --port 4000`.')), `${width}`).toBe(true);
  }
});

test('folded by columns on screen: accents and colours take none of their own', () => {
  expect(displayWidth('é\u0301\x1b[36mà\x1b[39m')).toBe(2);
  expect(wrap('éééé ààà', 8)).toEqual(['éééé ààà']);
  expect(wrap('alpha beta gamma', 14, '  - ', '    ')).toEqual(['  - alpha beta', '    gamma']);
});

const check = (id: string, status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult => ({ id, title: id, status, durationMs: 5, points: 0, maxPoints: 1, ...extra });

test('a skipped check too long for the line gives its reason on the next, folded', () => {
  const pretty = new PrettyRenderer({ color: false, cwd: KIT_ROOT, lang: 'fr', width: 80 });
  const out = pretty.check(check('répond à une rafale de 200 lignes, toutes, dans l\'ordre', 'skip', { message: 'sautée : « répond à chacune de plusieurs lignes arrivées dans un même segment » doit d\'abord réussir' }));
  const lines = out.trimEnd().split('\n');
  expect(lines[0]).toBe('  - répond à une rafale de 200 lignes, toutes, dans l\'ordre');
  expect(lines.slice(1).join(' ').replace(/\s+/g, ' ')).toBe(' (sautée : « répond à chacune de plusieurs lignes arrivées dans un même segment » doit d\'abord réussir)');
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  for (const line of lines.slice(1)) expect(line).toMatch(/^ {6}\S/);
});

const failed: StepResult = { step: 1, slug: '01-blocking-accept', title: 'Blocking accept', dir: KIT_ROOT, passed: false, points: 0, maxPoints: 1, durationMs: 1, checks: [check('echo', 'fail', { message: 'm' })] };

test('the footer is folded; in the menu it points at the menu\'s actions, once', () => {
  for (const lang of ['en', 'fr'] as const) {
    const cli = new PrettyRenderer({ color: false, cwd: KIT_ROOT, lang, width: 80 }).footer(failed);
    expect(cli).toContain('npm run step -- 1 --hint');
    const menu = new PrettyRenderer({ color: false, cwd: KIT_ROOT, lang, width: 80, inMenu: true }).footer(failed);
    expect(menu).not.toContain('npm run');
    expect(menu.match(lang === 'fr' ? /« Voir l'indice suivant »/g : /"Show the next hint"/g)).toHaveLength(1);
    expect(menu.match(lang === 'fr' ? /Bloqué/g : /Stuck/g)).toHaveLength(1);
    for (const out of [cli, menu]) for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  }
});

test('hints shown before are folded under their number, punctuation kept with its word', () => {
  const hints = [HINT, 'Deuxième indice : court.', 'Troisième.'];
  const out = renderHint({ kind: 'hint', checkId: 'a', title: 'A', hints, shown: 3, last: true }, 1, 'fr', false, 60);
  const lines = out.split('\n');
  expect(lines[0]).toBe('Indices déjà montrés :');
  expect(lines[1]).toMatch(/^ {2}1\. Votre serveur/);
  expect(lines[2]).toMatch(/^ {5}\S/); // under the text, not under the number
  for (const line of lines) {
    expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    expect(line, line).not.toMatch(/^\s*(\d+\.\s+)?[:;?!»]/);
  }
  expect(out).toContain('npm run server -- 3');
});

test('the step list: a gap of two columns before the statuses, and every line within 80 columns', () => {
  const titles = ['1. accept() bloquant', '4. Non bloquant : dans les deux sens à la fois', '8. Ressources partagées et verrous'];
  const statuses = ['validée', 'pas essayée', 'échouée'];
  const shown = stepTitles(titles, statuses, 80);
  // enquirer writes "❯ ", the mark and a space, the title, a space, then the status.
  const lines = shown.map((title, i) => `❯ · ${title} ${statuses[i]}`);
  expect(lines[1]).toBe('❯ · 4. Non bloquant : dans les deux sens à la fois  pas essayée');
  expect(new Set(lines.map((l, i) => displayWidth(l) - displayWidth(statuses[i]))).size).toBe(1);
  for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  // On a narrow terminal the title gives way, with an ellipsis.
  const narrow = stepTitles(titles, statuses, 50).map((title, i) => `❯ · ${title} ${statuses[i]}`);
  expect(narrow[1]).toMatch(/^❯ · 4\. Non bloquant : dans les deux… {2,}pas essayée$/);
  expect(new Set(narrow.map((l, i) => displayWidth(l) - displayWidth(statuses[i]))).size).toBe(1);
  for (const line of narrow) expect(displayWidth(line)).toBeLessThanOrEqual(50);
  expect(ellipsize('abcdef', 4)).toBe('abc…');
});

test('spaces doubled on purpose are kept, and a line is not broken there', () => {
  expect(wrap('the reply to "/echo  a  b" keeps both spaces', 20)).toEqual(['the reply to', '"/echo  a  b" keeps', 'both spaces']);
});
