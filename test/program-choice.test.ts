// A server.py written next to the starter's server.ts is not run (.ts comes
// first): the header and --json say which files run and which were left
// aside, so the failures are not mistaken for the Python program's.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { tempDir } from './helpers/grade.ts';
import { KIT_ROOT, runCli } from './helpers/kit.ts';

function starterWithPython(): string {
  const dir = tempDir('choice');
  cpSync(join(KIT_ROOT, '.starters', '01-blocking-accept'), dir, { recursive: true });
  writeFileSync(join(dir, 'server.py'), 'print("never run")\n');
  return dir;
}

test('--json names the files run and the ones ignored', async () => {
  const dir = starterWithPython();
  const run = await runCli('step', ['1', '--dir', dir, '--json']);
  const json = JSON.parse(run.stdout);
  expect(json.programs).toEqual({ server: 'server.ts', client: 'client.ts' });
  expect(json.ignored).toEqual(['server.py']);
});

test('the header says server.py is not run and why, in English and in French', async () => {
  const dir = starterWithPython();
  const en = await runCli('step', ['1', '--dir', dir]);
  expect(en.stdout).toContain('runs server.ts, client.ts');
  expect(en.stdout.replace(/\s+/g, ' ')).toContain('server.py is not run: server.ts comes first');
  const fr = await runCli('step', ['1', '--dir', dir], { LAB_LANG: 'fr' });
  expect(fr.stdout.replace(/\s+/g, ' ')).toContain("server.py n'est pas lancé : server.ts passe avant");
});
