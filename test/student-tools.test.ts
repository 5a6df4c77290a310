// The parts under the menu and the CLI: progress file, progressive hints,
// language choice and catalogs, French coverage of every check, quizzes,
// the README renderer and pager, the action the menu offers next, and
// resetting a starter without losing anything.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { showNextHint } from '../checks/cli/hint.ts';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { asIs } from './helpers/kit.ts';
import { crashHint, STILL_RUNNING_HINT } from '../checks/harness/context.ts';
import type { Program } from '../checks/harness/program.ts';
import { START_HINT } from '../checks/harness/runner.ts';
import type { CheckResult, Step, StepResult } from '../checks/harness/types.ts';
import { revealNextHint, renderHint } from '../checks/hints.ts';
import { defineStep } from '../checks/harness/types.ts';
import { isProgramTrouble } from '../checks/hints.ts';
import { checkHints, localizeResult } from '../checks/report/localize.ts';
import { detectLang, isMessage, render, translate, type Text } from '../checks/i18n/index.ts';
import { en } from '../checks/i18n/messages.en.ts';
import { fr } from '../checks/i18n/messages.fr.ts';
import { renderMarkdown } from '../checks/menu/markdown.ts';
import { nextAction } from '../checks/menu/next-action.ts';
import { page, pages } from '../checks/menu/pager.ts';
import { resetStarter } from '../checks/menu/starter.ts';
import { loadProgress, recordResult, stepStatus } from '../checks/progress.ts';
import { QUIZZES } from '../checks/quiz/index.ts';
import { isRight } from '../checks/quiz/types.ts';
import { PrettyRenderer } from '../checks/report/pretty.ts';
import { STEPS } from '../checks/steps.ts';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lab-unit-'));
  file = join(dir, 'progress.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const step: Step = defineStep({
  step: 1,
  slug: '01-test',
  title: asIs('Test'),
  concept: asIs(''),
  checks: [
    { id: 'a', title: asIs('A'), role: 'server', hints: [asIs('a1'), asIs('a2'), asIs('a3')], run: async () => {} },
    { id: 'b', title: asIs('B'), role: 'server', hints: [asIs('b1')], run: async () => {} },
  ],
});
/** A check's result; a failure's hint (`hint`, as the runner gives it) goes into its data too. */
const check = (id: string, status: CheckResult['status'], extra: Partial<Omit<CheckResult, 'hint'>> & { hint?: Text } = {}): CheckResult => {
  const { hint, ...rest } = extra;
  const failure = status === 'fail' && hint !== undefined ? { failure: { expected: asIs('x'), received: asIs(rest.message ?? 'y'), hint, cause: 'wrong-reply' as const, blame: 'student' as const } } : {};
  return { id, title: id.toUpperCase(), status, durationMs: 1, points: 0, maxPoints: 1, ...(hint !== undefined ? { hint: render('en', hint) } : {}), ...failure, ...rest };
};
const result = (...checks: CheckResult[]): StepResult => ({ step: 1, slug: '01-test', title: 'Test', dir, passed: checks.every((c) => c.status === 'pass'), points: 0, maxPoints: 2, durationMs: 1, checks });

describe('progress file', () => {
  test('a missing or broken file is a fresh start', () => {
    expect(loadProgress(file)).toEqual({ steps: {} });
    writeFileSync(file, '{ not json');
    expect(stepStatus(loadProgress(file), 1)).toBe('untried');
  });

  test('records passed and failed, and the first hint as seen', () => {
    recordResult(result(check('a', 'fail'), check('b', 'pass')), file);
    let p = loadProgress(file);
    expect(stepStatus(p, 1)).toBe('failed');
    expect(p.steps['1']).toMatchObject({ firstFailing: 'a', hintsSeen: { a: 1 } });
    recordResult(result(check('a', 'pass'), check('b', 'pass')), file);
    p = loadProgress(file);
    expect(stepStatus(p, 1)).toBe('passed');
    expect(p.steps['1'].hintsSeen).toEqual({ a: 1 }); // what was seen stays seen
  });
});

describe('progressive hints', () => {
  test('each request reveals the next hint of the first failing check, then stays on the last', () => {
    const failed = result(check('a', 'fail'), check('b', 'fail'));
    recordResult(failed, file);
    const shown = [1, 2, 3].map(() => revealNextHint(step, failed, 'en', file));
    expect(shown.map((h) => (h.kind === 'hint' ? [h.checkId, h.shown, h.last] : h.kind))).toEqual([
      ['a', 2, false],
      ['a', 3, true],
      ['a', 3, true],
    ]);
    const text = renderHint(shown[0], 1, 'en', false);
    expect(text).toContain('1. a1');
    expect(text).toContain('Hint 2 of 3 for "A":\n  a2');
  });

  test('a failure that showed a hint of its own uses none of the check\'s: the next asked for is the first', () => {
    recordResult(result(check('a', 'fail', { hint: asIs('about this very failure') })), file, step);
    const next = revealNextHint(step, result(check('a', 'fail')), 'en', file);
    expect(next.kind === 'hint' ? next.shown : next.kind).toBe(1);
    recordResult(result(check('a', 'fail', { hint: asIs('a1') })), file, step);
    const after = revealNextHint(step, result(check('a', 'fail')), 'en', file);
    expect(after.kind === 'hint' ? after.shown : after.kind).toBe(2);
  });

  test('asked before any failure was shown, the first hint comes first', () => {
    const failed = result(check('a', 'fail'), check('b', 'fail'));
    const first = revealNextHint(step, failed, 'en', file);
    expect(first.kind === 'hint' ? [first.checkId, first.shown] : first.kind).toEqual(['a', 1]);
    expect(renderHint(first, 1, 'en', false)).not.toContain('already shown');
  });

  test('all passing, or only the checker failing, gives no hint', () => {
    expect(revealNextHint(step, result(check('a', 'pass')), 'en', file).kind).toBe('all-pass');
    expect(revealNextHint(step, result(check('a', 'fail', { internal: true })), 'en', file).kind).toBe('internal');
  });
});

describe('language', () => {
  test('LAB_LANG first, then LC_ALL, LC_MESSAGES, LANG; English by default', () => {
    expect(detectLang({})).toBe('en');
    expect(detectLang({ LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(detectLang({ LC_ALL: 'en_US.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(detectLang({ LC_MESSAGES: 'fr_CA.UTF-8', LANG: 'en_GB.UTF-8' })).toBe('fr');
    expect(detectLang({ LAB_LANG: 'fr', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(detectLang({ LAB_LANG: 'en', LC_ALL: 'fr_FR.UTF-8' })).toBe('en');
  });

  test('catalogs have the same keys and the same placeholders', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(holes(fr[key]), key).toEqual(holes(en[key]));
    expect(translate('fr', 'report.passes', { n: 3 })).toBe('L\'étape 3 est validée. Bravo !');
  });

  test('every step and check says its title, concept and hints by catalog id', () => {
    const plain: string[] = [];
    for (const s of STEPS) {
      for (const [what, text] of [['title', s.text.title], ['concept', s.text.concept]] as const) if (!isMessage(text)) plain.push(`step ${s.step} ${what}`);
      for (const c of s.checks) {
        if (!isMessage(c.text.title)) plain.push(`step ${s.step} ${c.id} title`);
        c.text.hints.forEach((h, i) => !isMessage(h) && plain.push(`step ${s.step} ${c.id} hint ${i + 1}`));
      }
    }
    expect(plain).toEqual([]);
  });

  test('a failure shows its hint and title in French', () => {
    const s1 = STEPS[0];
    const c = s1.checks[1];
    const r = localizeResult(s1, check(c.id, 'fail', { title: c.title, hint: c.text.hints[0] }), 'fr');
    expect(r.title).toBe(render('fr', c.text.title));
    expect(r.hint).toBe(checkHints(s1, c, 'fr')[0]);
    expect(r.hint).not.toBe(c.hints[0]);
    expect(localizeResult(s1, check(c.id, 'fail', { hint: asIs('x') }), 'en').hint).toBe('x');
  });
});

describe('quizzes', () => {
  test('every step has questions, answers in range, both languages filled', () => {
    for (let n = 1; n <= 8; n++) {
      const quiz = QUIZZES[n];
      expect(quiz.length, `step ${n}`).toBeGreaterThanOrEqual(2);
      for (const q of quiz) {
        for (const text of [q.question, q.explanation]) expect(render('en', text) && render('fr', text) !== render('en', text)).toBeTruthy();
        if (q.kind === 'choice') expect(q.choices[q.answer]).toBeDefined();
      }
    }
  });

  test('the accurate answers: byte stream, accept loop, split(" ", 1), eval', () => {
    const choice = (n: number, i: number) => QUIZZES[n][i] as Extract<(typeof QUIZZES)[1][0], { kind: 'choice' }>;
    const en = (n: number, i: number) => render('en', choice(n, i).choices[choice(n, i).answer]);
    expect(en(2, 2)).toMatch(/byte stream/);
    expect(en(3, 1)).toMatch(/loop that accepts/);
    expect(en(6, 1)).toBe('["/echo"]');
    expect(en(5, 1)).toMatch(/code that does not throw still runs/);
    expect(isRight(QUIZZES[1][3], ' connection ')).toBe(true);
    expect(isRight(QUIZZES[2][3], 'saut de ligne')).toBe(true);
    expect(isRight(QUIZZES[2][3], 'space')).toBe(false);
  });
});

test('markdown renders headings, code and lists as plain readable text', () => {
  const out = renderMarkdown('# Title\n\nSome **bold** and `code`.\n\n- one\n\n```sh\nnpm start\n```\n', false);
  expect(out).toBe('Title\n\nSome bold and code.\n\n• one\n\n  ┌──\n  │ npm start\n  └──\n\n');
});

test('resetting a starter backs up every file first, then restores the original', () => {
  const stepDir = join(dir, 'steps', '01-test');
  mkdirSync(join(stepDir, 'lib'), { recursive: true });
  writeFileSync(join(stepDir, 'server.ts'), 'my work');
  writeFileSync(join(stepDir, 'lib', 'extra.ts'), 'my helper');
  process.env.LAB_BACKUP_DIR = join(dir, 'backups');
  try {
    const backup = resetStarter(step, new Map([['server.ts', Buffer.from('// TODO')]]), stepDir);
    expect(readFileSync(join(backup, 'server.ts'), 'utf8')).toBe('my work');
    expect(readFileSync(join(backup, 'lib', 'extra.ts'), 'utf8')).toBe('my helper');
    expect(readFileSync(join(stepDir, 'server.ts'), 'utf8')).toBe('// TODO');
    expect(existsSync(join(stepDir, 'lib'))).toBe(false);
    const again = resetStarter(step, new Map([['server.ts', Buffer.from('// TODO')]]), stepDir);
    expect(again).not.toBe(backup); // two resets in the same second keep both backups
  } finally {
    delete process.env.LAB_BACKUP_DIR;
  }
});

test('watch mode reacts to program files, not to data files or editor leftovers', async () => {
  const { isSourceChange } = await import('../checks/cli/watch.ts');
  expect(['server.ts', 'client.py', 'lib/util.mjs', 'package.json'].map(isSourceChange)).toEqual([true, true, true, true]);
  expect(['counter.txt', 'chat.log', 'server.ts~', '.server.ts.swp', 'node_modules/x/index.js', '4913', null].map(isSourceChange)).toEqual([false, false, false, false, false, false, false]);
});

test('every step README has a French translation with the same sections and code', () => {
  const stepsDir = join(KIT_ROOT, 'steps');
  const outline = (text: string) => {
    let inCode = false;
    const kept: string[] = [];
    for (const line of text.split('\n')) {
      if (/^\s*```/.test(line)) inCode = !inCode;
      else if (inCode) kept.push(line.replace(/\s*(#|\/\/).*$/, '')); // the same code; its comments are translated
      else if (/^#{1,6} /.test(line)) kept.push('#'.repeat(line.indexOf(' ')));
    }
    return kept;
  };
  for (const slug of readdirSync(stepsDir).filter((s) => existsSync(join(stepsDir, s, 'README.md')))) {
    const fr = join(stepsDir, slug, 'README.fr.md');
    expect(existsSync(fr), `${slug}/README.fr.md`).toBe(true);
    expect(outline(readFileSync(fr, 'utf8')), slug).toEqual(outline(readFileSync(join(stepsDir, slug, 'README.md'), 'utf8')));
  }
});

describe('hints of the harness itself: a program that crashed, did not start, did not exit', () => {
  const crashed = (name: string, code: number, step?: number) => crashHint({ name, file: `/kit/steps/x/${name.split(' ').at(-1)}.ts`, exited: { code, signal: null } } as unknown as Program, step)!;

  test('a failure because the program crashed or did not start shows that hint, and uses up no concept hint', () => {
    for (const hint of [START_HINT, crashed('server', 1, 1)]) {
      const failed = result(check('a', 'fail', { hint, message: 'received: the server exited (code 1)' }), check('b', 'fail'));
      recordResult(failed, file);
      const next = revealNextHint(step, failed, 'en', file);
      expect(next).toMatchObject({ kind: 'program', checkId: 'a', hint: render('en', hint) });
      expect(loadProgress(file).steps['1'].hintsSeen).toEqual({ a: 1 });
      const text = renderHint(next, 1, 'en', false);
      expect(text).toContain('"A" failed because the program crashed or did not start');
      expect(text).toContain('  received: the server exited (code 1)');
      expect(text).not.toContain('a2');
    }
    // A program that runs but does not exit is about the step (closing what it opened): hints go on.
    expect(revealNextHint(step, result(check('a', 'fail', { hint: STILL_RUNNING_HINT })), 'en', file).kind).toBe('hint');
  });

  test('a crash after the program had answered (a reset it did not survive) is the check\'s lesson: its hint is shown, with the crash', () => {
    const hint = crashed('server', 1, 3);
    const transcript = [
      { at: 1, who: 'A', dir: '←' as const, text: 'echo: hello' },
      { at: 2, who: 'server stderr', dir: '←' as const, text: 'Error: read ECONNRESET' },
    ];
    const failed = result(check('a', 'fail', { hint, message: 'received: it exited with code 1', transcript }));
    const next = revealNextHint(step, failed, 'en', file);
    expect(next).toMatchObject({ kind: 'hint', checkId: 'a', crash: 'received: it exited with code 1' });
    const text = renderHint(next, 1, 'en', false);
    expect(text).toContain('The program crashed during "A", after it had answered');
    expect(text).toContain('a1');
  });

  test('in French, with the variable parts of the crash hint kept', () => {
    const s1 = STEPS[0];
    const fr = (hint: Text) => render('fr', hint);
    expect(fr(START_HINT)).toMatch(/^Rien ne peut être vérifié tant que le programme ne démarre pas/);
    expect(fr(STILL_RUNNING_HINT)).toMatch(/^Un programme se termine quand plus rien n'est ouvert/);
    expect(fr(crashed('server', 1, 3))).toBe(
      'Votre serveur s\'est arrêté avec une erreur (code 1) : la ligne d\'erreur est ci-dessus et toute sa sortie est dans les échanges. Corrigez cela d\'abord ; npm run server -- 3 le montre en direct.',
    );
    expect(fr(crashed('client', 13))).toMatch(/^Votre client s'est arrêté avec une erreur \(code 13 : un await de premier niveau ne s'est jamais terminé\) .* le lancer à la main le montre en direct\.$/);
    expect(fr(crashed('restarted server', 2, 8))).toMatch(/^Votre serveur redémarré s'est arrêté avec une erreur \(code 2\)/);
    const failing = (hint: Text) => check('a', 'fail', { hint });
    expect(isProgramTrouble(failing(crashed('client', 1, 1))) && isProgramTrouble(failing(START_HINT)) && !isProgramTrouble(failing(STILL_RUNNING_HINT))).toBe(true);
  });

  test('npm run step -- N --hint on a crashing server shows the crash, its error line and the crash hint', async () => {
    const crashing = join(dir, '01-blocking-accept');
    cpSync(join(KIT_ROOT, 'solutions', '01-blocking-accept'), crashing, { recursive: true });
    writeFileSync(join(crashing, 'server.ts'), 'throw new Error("boom at startup");\n');
    let printed = '';
    const out = { isTTY: false, write: (s: string) => ((printed += s), true) } as unknown as NodeJS.WriteStream;
    process.env.LAB_PROGRESS_FILE = file; // never the student's own progress
    try {
      await showNextHint(STEPS[0], crashing, 'fr', out);
    } finally {
      delete process.env.LAB_PROGRESS_FILE;
    }
    const flowing = printed.replace(/\s+/g, ' '); // folded to the terminal's width
    expect(flowing).toContain('a échoué parce que le programme a planté ou n\'a pas démarré');
    expect(printed).toContain('boom at startup');
    expect(flowing).toContain('Votre serveur s\'est arrêté avec une erreur (code 1)');
    expect(printed).not.toMatch(/Indice \d sur/);
  });
});

test('the French renderer says "same failure", "next step" and "last step" in French', () => {
  const pretty = new PrettyRenderer({ color: false, cwd: dir, lang: 'fr' });
  pretty.check(check('a', 'fail', { message: 'm' }));
  expect(pretty.check(check('b', 'fail', { message: 'm' }))).toContain('(le même échec que ci-dessus)');
  const passed = (n: number) => ({ ...result(check('a', 'pass')), step: n });
  expect(pretty.footer(passed(1))).toContain('L\'étape 1 est validée. Bravo ! Ensuite : l\'étape 2, npm run step 2');
  expect(pretty.footer(passed(8))).toContain('C\'était la dernière étape du TP.');
});

test('the actions come back on the likely next one: a hint after a failed check, back after a pass, else check', () => {
  expect(nextAction()).toBe('check');
  expect(nextAction({ checked: 'failed' })).toBe('hint');
  expect(nextAction({ checked: 'passed' })).toBe('back');
  expect(nextAction({ back: true })).toBe('check');
});

test('the README pager cuts screenfuls by rows on screen, long lines counting as several; off a terminal it prints all', async () => {
  const text = ['a', 'b', 'x'.repeat(25), 'c', '\x1b[1md\x1b[22m', 'e'].join('\n') + '\n';
  expect(pages(text, 3, 10)).toEqual([['a', 'b'], ['x'.repeat(25)], ['c', '\x1b[1md\x1b[22m', 'e']]);
  expect(pages('one\n', 3, 10)).toEqual([['one']]);
  let printed = '';
  const notTty = { isTTY: false, write: (s: string) => ((printed += s), true) } as unknown as NodeJS.WriteStream;
  expect(await page(text, () => 'more?', false, notTty)).toBe(false);
  expect(printed).toBe(text);
});
