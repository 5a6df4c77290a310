// The menu as a student uses it: in a real terminal, typing keys and
// reading the screen. Pick step 1, check it, see it fail, fix it, see it
// pass; run the server by hand and stop it; Ctrl-C during a check; in
// French. The menu works on a copy of the reference step 1 (LAB_STEPS_DIR),
// never on the student's own steps/.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { freePort } from '../checks/harness/ports.ts';
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

/** npm start, with its own progress file; `env` adds to the student's environment. */
function startMenu(env: Record<string, string> = {}): Tty {
  tty = Tty.start('npm start', { env: { LAB_PROGRESS_FILE: join(home, 'progress.json'), LAB_STEPS_DIR: join(home, 'steps'), ...env } });
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
    await t.waitFor('Step 1 · Blocking accept — what now?');
    t.keys('Enter'); // Check my step
    const failed = await t.waitFor(/\d+ passed, \d+ failed/, 30_000);
    expect(failed).toContain('✗ client sends its words and prints the reply');
    expect(failed).toContain('no client program');
    expect(failed).toContain('hint:');
    // Waits anchored at the end of the screen: the question being asked now.
    await t.waitFor(PAUSE);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    t.keys('Up', 'Enter'); // the list wraps: Up from the first action is "Back"
    await t.waitFor(/1\. Blocking accept\s+failed[\s\S]*Quit\s*$/);
    expect(JSON.parse(readFileSync(join(home, 'progress.json'), 'utf8')).steps['1'].status).toBe('failed');

    copyFileSync(join(SOLUTION, 'client.ts'), join(home, 'steps', '01-blocking-accept', 'client.ts'));
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    t.keys('Enter');
    await t.waitFor(/Step 1 passes\. Well done!\n\d+ passed, 0 failed/, 30_000);
    await t.waitFor(PAUSE);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    t.keys('Up', 'Enter');
    await t.waitFor(/1\. Blocking accept\s+passed[\s\S]*Quit\s*$/);
    await quit(t, 'Bye!');
  });

  test('run the server by hand, stop it with Ctrl-C, and come back to the menu', async () => {
    const port = await freePort();
    const t = startMenu({ PORT: String(port) });
    await t.waitFor('Choose a step', 20_000);
    t.keys('Enter');
    await t.waitFor('what now?');
    t.keys('Down', 'Down', 'Enter'); // Run my server by hand
    await t.waitFor(`nc 127.0.0.1 ${port}`);
    await t.waitFor(`listening on 127.0.0.1:${port}`, 20_000);
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
    await t.waitFor(PAUSE, 10_000);
    expect(await t.programsGone()).toEqual([]);
    t.keys('Enter');
    await t.waitFor(ACTIONS);
    await quit(t, 'Bye!');
  });

  test('en français : le menu, le quiz et son explication', async () => {
    const t = startMenu({ LANG: 'fr_FR.UTF-8' });
    await t.waitFor(/Choisissez une étape[\s\S]*1\. Accept bloquant\s+pas essayée/, 20_000);
    t.keys('Enter');
    await t.waitFor('Étape 1 · Accept bloquant — que faire ?');
    for (let i = 0; i < 5; i++) t.keys('Down');
    t.keys('Enter'); // Répondre au quiz
    await t.waitFor('Quiz — étape 1');
    await t.waitFor('Pourquoi le serveur est-il « bloqué » sur accept() ?');
    t.keys('Enter'); // the first choice is the right one
    await t.waitFor(/Exact\.\s*\n.*boucle d'événements reste libre/);
    await quit(t, 'Au revoir !');
  });
});
