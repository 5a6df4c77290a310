// The menu as a student uses it: in a real terminal, typing keys and
// reading the screen. Pick step 1, check it, see it fail, get a hint, fix
// it, see it pass; read the README a page at a time; run the server by hand
// and stop it; Ctrl-C during a check; the quiz; in French, with a failure
// and a yes/no question (o/N). The cursor is
// read off the screen: the menu must offer the likely next action. The menu
// works on a copy of the reference step 1 (LAB_STEPS_DIR), never on the
// student's own steps/.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { freePort } from '../checks/harness/ports.ts';
import { localizeStep } from '../checks/report/localize.ts';
import { STEPS } from '../checks/steps.ts';
import { HAS_TMUX, Tty } from './helpers/tty.ts';

let home: string;
let tty: Tty | undefined;
const SOLUTION = join(KIT_ROOT, 'solutions', '01-blocking-accept');

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'lab-menu-'));
  cpSync(SOLUTION, join(home, 'steps', '01-blocking-accept'), { recursive: true });
  // The step as a student has it halfway: the server done, the client not written yet.
  rmSync(join(home, 'steps', '01-blocking-accept', 'client.ts'));
});

afterEach(() => {
  tty?.close();
  tty = undefined;
  rmSync(home, { recursive: true, force: true });
});

const PAUSE = /Press Enter to go back to the menu[^\n]*\s*$/;
const ACTIONS = /what now\?[\s\S]*Back to the steps\s*$/;

/** The choice under the cursor in the question being asked (the last one on screen). */
function focused(screen: string): string | undefined {
  return [...screen.matchAll(/^[❯▸] (.*?)\s*$/gm)].at(-1)?.[1];
}

/** npm start, with its own progress file; `env` adds to the student's environment. */
function startMenu(env: Record<string, string> = {}, rows?: number): Tty {
  tty = Tty.start('npm start', { env: { LAB_PROGRESS_FILE: join(home, 'progress.json'), LAB_STEPS_DIR: join(home, 'steps'), ...env }, rows });
  return tty;
}

/** Leaves with Ctrl-C from a question; the command must end cleanly and leave nothing running. */
async function quit(t: Tty, bye: string): Promise<void> {
  t.keys('C-c');
  expect(await t.exited()).toBe(0);
  const screen = t.screen();
  const ending = screen.slice(screen.lastIndexOf('?'));
  expect(ending).toContain(bye);
  expect(ending).not.toMatch(/\n\s+at |npm error|Error/);
  expect(t.processes()).toEqual([]);
}

describe.skipIf(!HAS_TMUX)('npm start', () => {
  test('select step 1, check it, see it fail; write the client, check again, see it pass', async () => {
    const t = startMenu();
    await t.waitFor(/Choose a step[\s\S]*1\. Blocking accept\s+not tried/, 20_000);
    t.keys('Enter');
    await t.waitFor('✔ Choose a step (↑/↓, Enter; Ctrl-C quits) · 1. Blocking accept');
    expect(focused(await t.waitFor(ACTIONS))).toBe('Check my step');
    t.keys('Enter');
    const failed = await t.waitFor(/\d+ passed, \d+ failed/, 30_000);
    expect(failed).toContain('✔ Step 1 · Blocking accept — what now? · Check my step');
    expect(failed).toContain('✗ client sends its words and prints the reply');
    expect(failed).toContain('no client program');
    expect(failed).toContain('hint:');
    // Waits anchored at the end of the screen: the question being asked now.
    const paused = await t.waitFor(PAUSE);
    // The footer points at the menu's actions, once: no command to type, no second "Stuck?".
    const run = paused.slice(paused.lastIndexOf('· Check my step')).replace(/\s+/g, ' ');
    expect(run).toContain('Stuck? "Show the next hint" gives another hint.');
    expect(run.match(/Stuck\?/g)).toHaveLength(1);
    expect(run).not.toContain('npm run step');
    t.keys('Enter');
    // After a failed check, the next hint is one Enter away. The client does not
    // start: its hint says so, and no hint about the concept is used up.
    expect(focused(await t.waitFor(ACTIONS))).toBe('Show the next hint');
    t.keys('Enter');
    const hint = await t.waitFor(/"client sends its words and prints the reply" failed because the program crashed or did not start[\s\S]*Nothing can be checked until the program starts/, 30_000);
    expect(hint).not.toMatch(/Hint \d of \d/);
    await t.waitFor(PAUSE);
    t.keys('Enter');
    expect(focused(await t.waitFor(ACTIONS))).toBe('Check my step');
    t.keys('Up', 'Enter'); // the list wraps: Up from the first action is "Back"
    expect(focused(await t.waitFor(/1\. Blocking accept\s+failed[\s\S]*Quit\s*$/))).toMatch(/^✗ 1\. Blocking accept/);
    const progress = JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).steps['1'];
    // The client is missing: the failure said so instead of showing a hint, so no hint is used up.
    expect(progress).toMatchObject({ status: 'failed', firstFailing: 'client-words' });
    expect(progress.hintsSeen).toBeUndefined();

    copyFileSync(join(SOLUTION, 'client.ts'), join(home, 'steps', '01-blocking-accept', 'client.ts'));
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    t.keys('Enter');
    await t.waitFor(/Step 1 passes\. Well done![^\n]*\n\d+ passed, 0 failed/, 30_000);
    await t.waitFor(PAUSE);
    t.keys('Enter');
    // Passed: "Back" is one Enter away, and the list waits on the next step.
    expect(focused(await t.waitFor(ACTIONS))).toBe('Back to the steps');
    t.keys('Enter');
    const steps = await t.waitFor(/1\. Blocking accept\s+passed[\s\S]*Quit\s*$/);
    expect(focused(steps)).toMatch(/^· 2\. Receive loop/);
    await quit(t, 'Bye!');
  });

  test('the README a screenful at a time: Enter for more, q back to the actions, which offer "Check" again', async () => {
    copyFileSync(join(KIT_ROOT, 'steps', '01-blocking-accept', 'README.md'), join(home, 'steps', '01-blocking-accept', 'README.md'));
    const t = startMenu({}, 20);
    await t.waitFor('Choose a step', 20_000);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    t.keys('Down', 'Enter'); // Read the step's README
    const more = (percent = '\\d+') => new RegExp(`── ${percent}% ── Enter for more, q to go back\\s*$`);
    const first = await t.waitFor(more());
    expect(first).toContain('Step 1 — Blocking accept');
    expect(first).not.toContain('The questions of the lab'); // further down the README
    const shown = (screen: string) => Number(/── (\d+)% ──[^\n]*\s*$/.exec(screen)![1]);
    t.keys('Enter');
    const second = await t.waitFor(more(`(?!${shown(first)}%)\\d+`));
    expect(second).toContain('The questions of the lab');
    expect(shown(second)).toBeGreaterThan(shown(first));
    t.keys('q');
    // Straight back to the actions, with no "Press Enter" in between, on "Check my step".
    const back = await t.waitFor(ACTIONS);
    expect(back).not.toContain('Press Enter');
    expect(focused(back)).toBe('Check my step');
    await quit(t, 'Bye!');
  });

  test('the quiz echoes the chosen answer\'s text, with ✔ when right and a red ✗ when wrong', async () => {
    const t = startMenu();
    await t.waitFor('Choose a step', 20_000);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    for (let i = 0; i < 5; i++) t.keys('Down');
    t.keys('Enter'); // Take the quiz
    await t.waitFor('✔ Step 1 · Blocking accept — what now? · Take the quiz');
    await t.waitFor('1/4  Why does the server "block" at accept()?');
    t.keys('Enter'); // the first choice, the right one
    await t.waitFor(/✔ 1\/4 {2}Why does the server "block" at accept\(\)\? · It waits for a client to connect before going on\s*\nRight\./);
    await t.waitFor('2/4  The client starts while no server listens');
    t.keys('Enter'); // the first choice, a wrong one
    const wrong = await t.waitFor(/✗ 2\/4 {2}The client starts while no server listens\. What happens\? · connect\(\) waits until a server appears\s*\nNot quite\./);
    expect(wrong).not.toMatch(/✔ 2\/4/);
    await t.waitFor('3/4');
    await quit(t, 'Bye!');
  });

  test('run the server by hand, stop it with Ctrl-C, and come back to the menu', async () => {
    const port = await freePort();
    const t = startMenu({ PORT: String(port) });
    await t.waitFor('Choose a step', 20_000);
    t.keys('Enter');
    await t.waitFor('what now?');
    t.keys('Down', 'Down', 'Enter'); // Run my server by hand
    await t.waitFor(`✔ Step 1 · Blocking accept — what now? · Run my server by hand`);
    await t.waitFor(`nc 127.0.0.1 ${port}`);
    const running = await t.waitFor(`listening on 127.0.0.1:${port}`, 20_000);
    expect(running.slice(running.lastIndexOf('· Run my server by hand')).match(/Ctrl-C/g)).toHaveLength(1); // said once
    t.keys('C-c');
    await t.waitFor('[stopped the program and everything it started]');
    await t.waitFor(PAUSE);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    await quit(t, 'Bye!');
  });

  test('Ctrl-C during a check cancels it, stops its programs, and the menu goes on', async () => {
    const t = startMenu();
    await t.waitFor('Choose a step', 20_000);
    t.keys('Enter');
    await t.waitFor('what now?');
    t.keys('Enter');
    await t.waitFor(/Step 1 · Blocking accept  \S+01-blocking-accept/, 10_000);
    t.keys('C-c');
    // Said as npm run step says it: a run never just stops.
    await t.waitFor(/interrupted: every program the checks started was stopped\s*\n[\s\S]*Press Enter to go back to the menu[^\n]*\s*$/, 10_000);
    expect(await t.programsGone()).toEqual([]);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    await quit(t, 'Bye!');
  });

  test('en français : le menu, le quiz et son explication', async () => {
    const t = startMenu({ LANG: 'fr_FR.UTF-8' });
    const list = await t.waitFor(/Choisissez une étape[\s\S]*1\. accept\(\) bloquant\s+pas essayée/, 20_000);
    // The longest title keeps a gap before its status, and the lines fit 80 columns.
    const titles = STEPS.map((step) => `${step.step}. ${localizeStep(step, 'fr').title}`);
    const longest = titles.reduce((a, b) => (b.length > a.length ? b : a));
    expect(list).toContain(`${longest}  pas essayée`);
    for (const title of titles) expect(list.split('\n').find((l) => l.includes(title))!.trimEnd().length).toBeLessThanOrEqual(80);
    t.keys('Enter');
    await t.waitFor('✔ Choisissez une étape (↑/↓, Entrée ; Ctrl-C quitte) · 1. accept() bloquant');
    await t.waitFor('Étape 1 · accept() bloquant — que faire ?');
    for (let i = 0; i < 5; i++) t.keys('Down');
    t.keys('Enter'); // Répondre au quiz
    const chosen = await t.waitFor('Quiz — étape 1');
    expect(chosen).toContain('✔ Étape 1 · accept() bloquant — que faire ? · Répondre au quiz');
    expect(chosen).not.toMatch(/· quiz\s*$/m);
    await t.waitFor('Pourquoi le serveur est-il « bloqué » sur accept() ?');
    t.keys('Enter'); // the first choice is the right one
    // The explanation, folded to the terminal.
    await t.waitFor(/· Il attend qu'un client se connecte avant de continuer\s*\nExact\.\s*\n[^\n]*\n?[^\n]*boucle d'événements\s+reste\s+libre/);
    await t.waitFor('2/4');
    t.keys('Enter'); // a wrong one
    await t.waitFor(/✗ 2\/4 .* · connect\(\) attend qu'un serveur apparaisse\s*\nPas tout à fait\./);
    await quit(t, 'Au revoir !');
  });

  test('en français : l\'échec dit ce qui manque en français, et une question oui/non se répond par o ou n', async () => {
    const actions = /que faire \?[\s\S]*Retour aux étapes\s*$/;
    const pause = /Appuyez sur Entrée pour revenir au menu[^\n]*\s*$/;
    const t = startMenu({ LANG: 'fr_FR.UTF-8' });
    await t.waitFor('Choisissez une étape', 20_000);
    t.keys('Enter');
    expect(focused(await t.waitFor(actions))).toBe('Vérifier mon étape');
    t.keys('Enter');
    const failed = await t.waitFor(/\d+ réussies?, \d+ échouées?/, 30_000);
    expect(failed).toContain('pas de programme client : cherché client.ts, client.mjs, client.js, client.py dans');
    expect(failed).toMatch(/faux serveur · en écoute sur 127\.0\.0\.1:\d+/);
    const paused = await t.waitFor(pause);
    const run = paused.slice(paused.lastIndexOf('· Vérifier mon étape')).replace(/\s+/g, ' ');
    expect(run).toContain('Bloqué ? « Voir l\'indice suivant » donne un autre indice.');
    expect(run.match(/Bloqué/g)).toHaveLength(1);
    expect(run).not.toContain('npm run step');
    t.keys('Enter');
    expect(focused(await t.waitFor(actions))).toBe('Voir l\'indice suivant');
    t.keys('Down', 'Down', 'Enter'); // Repartir du code de départ
    await t.waitFor(/Remplacer les fichiers de [\s\S]*\(o\/N\)/);
    // As a student answers: n, then Enter. The Enter gives the answer, and what it printed waits to be read.
    t.keys('n', 'Enter');
    await t.waitFor(/\(o\/N\) · non\s*\nRien n'a changé\.\s*\n[^\n]*Appuyez sur Entrée pour revenir au menu[^\n]*\s*$/);
    t.keys('Enter');
    expect(focused(await t.waitFor(actions))).toBe('Vérifier mon étape');
    for (let i = 0; i < 7; i++) t.keys('Down');
    t.keys('Enter'); // Voir la solution de référence
    await t.waitFor(/Voir la solution de référence de l'étape 1 \?[\s\S]*\(o\/N\)/);
    t.keys('o', 'Enter');
    const shown = await t.waitFor('── solutions/01-blocking-accept/server.ts ──');
    expect(shown).toMatch(/\(o\/N\) · oui/);
    await t.waitFor(pause);
    t.keys('Enter');
    await t.waitFor(actions);
    await quit(t, 'Au revoir !');
  });
});
