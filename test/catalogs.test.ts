// The catalogs are complete: every sentence the kit says has its English and
// its French, with the same values to fill in; every id the code names
// exists, and every entry is used. A message added without its French fails
// here, naming the id and the file to edit.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../checks/i18n/messages.en.ts';
import { fr } from '../checks/i18n/messages.fr.ts';
import { KIT_ROOT } from './helpers/kit.ts';

const CATALOG = { en: 'checks/i18n/messages.en.ts', fr: 'checks/i18n/messages.fr.ts' };
const english = en as Record<string, string>;
const french = fr as Record<string, string>;

/** The values a message fills in: {name}, and the number of a plural {n:one|many}. */
function placeholders(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)(?::[^{}]*)?\}/g)].map((m) => m[1]))].sort();
}

/** The kit's own code, catalogs aside: where ids are named. */
function sources(dir = join(KIT_ROOT, 'checks')): { file: string; text: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    if (!name.endsWith('.ts') || /^messages\.\w+\.ts$/.test(name)) return [];
    return [{ file: relative(KIT_ROOT, path), text: readFileSync(path, 'utf8') }];
  });
}

test('every English message has its French, and no French is left without its English', () => {
  const missing = Object.keys(english).filter((id) => !(id in french)).map((id) => `"${id}" has no French: add it to ${CATALOG.fr}`);
  const orphans = Object.keys(french).filter((id) => !(id in english)).map((id) => `"${id}" has no English: add it to ${CATALOG.en}, or remove it from ${CATALOG.fr}`);
  expect([...missing, ...orphans]).toEqual([]);
});

test('the English and the French of a message fill in the same values', () => {
  const differ = Object.keys(english)
    .filter((id) => id in french && placeholders(english[id]).join() !== placeholders(french[id]).join())
    .map((id) => `"${id}": English {${placeholders(english[id]).join('} {')}}, French {${placeholders(french[id]).join('} {')}} (${CATALOG.fr})`);
  expect(differ).toEqual([]);
});

test('every id the code names is in the catalogs, and every entry is named by the code', () => {
  const code = sources();
  // An id is written whole, in quotes, where it is used: msg('step1.echo.title'), t('menu.quit').
  const named = new Set(code.flatMap(({ text }) => [...text.matchAll(/'([a-z][\w-]*(?:\.[\w-]+)+)'/g)].map((m) => m[1])));
  const unused = Object.keys(english).filter((id) => !named.has(id)).map((id) => `"${id}" is used nowhere: remove it from ${CATALOG.en} and ${CATALOG.fr}`);
  expect(unused).toEqual([]);
  // A call with an id the catalogs lack (the type checker says so too; this names the file).
  const unknown = code.flatMap(({ file, text }) =>
    [...text.matchAll(/\b(?:msg|t)\(\s*'([^']+)'|\btranslate\(\w+,\s*'([^']+)'/g)].map((m) => [m[0], m[1] ?? m[2]]).filter((m) => !(m[1] in english)).map((m) => `${file}: "${m[1]}" is in no catalog: add it to ${CATALOG.en} and ${CATALOG.fr}`),
  );
  expect(unknown).toEqual([]);
});

test('ids are written whole: no message id is computed, so that every one can be found', () => {
  const computed = sources().flatMap(({ file, text }) => [...text.matchAll(/\b(msg|t)\(\s*`|\b(translate)\(\w+,\s*`/g)].map((m) => `${file}: ${m[1] ?? m[2]}(\`…\`) builds an id; write it whole`));
  expect(computed).toEqual([]);
});
