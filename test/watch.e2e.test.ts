// Watch mode as a student uses it, in a real terminal: each save re-runs
// the checks within a second, a save during a run cancels it, and nothing
// the runs started is left once it stops; a failure's footer says to save
// (watch runs the step again by itself). In French too.
import { appendFileSync, cpSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { HAS_TMUX, Tty } from './helpers/tty.ts';

let dir: string;
let tty: Tty | undefined;

beforeEach(() => {
  // A copy of the reference solution, so that the student's own steps/ stay untouched.
  dir = mkdtempSync(join(tmpdir(), 'lab-watch-'));
  cpSync(join(KIT_ROOT, 'solutions', '01-blocking-accept'), dir, { recursive: true });
});

afterEach(() => {
  tty?.close();
  tty = undefined;
  rmSync(dir, { recursive: true, force: true });
});

const save = (note: string) => appendFileSync(join(dir, 'server.ts'), `\n// ${note}\n`);

test.skipIf(!HAS_TMUX)('re-runs within a second of a save, cancels a run in progress, leaves nothing behind', async () => {
  const t = (tty = Tty.start(`npm run step -- 1 --watch --dir ${dir}`));
  await t.waitFor(/\d+ passed, 0 failed[\s\S]*Watching .* save a file to check again/, 30_000);

  const saved = Date.now();
  save('first save');
  await t.waitFor('changed: server.ts (run 2)', 1000);
  const latency = Date.now() - saved;
  await t.waitFor(/\(run 2\)[\s\S]*\d+ passed, 0 failed[\s\S]*Watching/, 30_000);

  // A save while the checks run: that run stops, the next one starts from a clean screen.
  save('second save');
  await t.waitFor('(run 3)', 1000);
  const cancelSaved = Date.now();
  save('third save, during run 3');
  await t.waitFor('(run 4)', 1000);
  const cancelLatency = Date.now() - cancelSaved;
  const screen = await t.waitFor(/\(run 4\)[\s\S]*\d+ passed, 0 failed[\s\S]*Watching/, 30_000);
  expect(screen).not.toContain('(run 3)'); // the screen was cleared between runs

  t.keys('C-c');
  await t.exited();
  const end = await t.waitFor('stopped watching', 5000);
  expect(end).not.toMatch(/\n\s+at |npm error/);
  expect(await t.programsGone()).toEqual([]);
  expect(t.processes()).toEqual([]);
  console.log(`watch mode: a run started ${latency} ms after a save; ${cancelLatency} ms after a save that cancelled a run`);
});

test.skipIf(!HAS_TMUX)('a failure says to save a file to run again, not to run the step again', async () => {
  unlinkSync(join(dir, 'client.ts')); // the client not written yet
  const t = (tty = Tty.start(`npm run step -- 1 --watch --dir ${dir}`));
  const screen = await t.waitFor(/\d+ passed, \d+ failed[\s\S]*Watching/, 30_000);
  expect(screen).toContain('Fix the first failure, then save a file to run again.');
  expect(screen).not.toContain('run the step again');
  t.keys('C-c');
  await t.exited();
  expect(await t.programsGone()).toEqual([]);
});

test.skipIf(!HAS_TMUX)('en français', async () => {
  unlinkSync(join(dir, 'client.ts'));
  const t = (tty = Tty.start(`npm run step -- 1 --watch --dir ${dir}`, { env: { LAB_LANG: 'fr' } }));
  const failed = await t.waitFor(/Étape 1 · accept\(\) bloquant[\s\S]*\d+ réussies?, \d+ échouées?[\s\S]*Surveillance de/, 30_000);
  expect(failed).toContain('Corrigez le premier échec, puis enregistrez un fichier pour relancer.');
  expect(failed).toContain('Rien ne peut être vérifié tant que le programme ne démarre pas'); // the harness's own hint, in French
  save('une modification');
  await t.waitFor('modifié : server.ts (vérification n° 2)', 1000);
  await t.waitFor(/\(vérification n° 2\)[\s\S]*Surveillance de/, 30_000);
  t.keys('C-c');
  await t.exited();
  await t.waitFor('surveillance arrêtée', 5000);
  expect(await t.programsGone()).toEqual([]);
});
