// The kit's modules import one another without loops (type imports
// included): a check's author reads check-api.ts without being led back into
// the harness, and a module can be understood from the ones below it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { KIT_ROOT } from './helpers/kit.ts';

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

test('no import loop among the modules of checks/', () => {
  const files = tsFiles(join(KIT_ROOT, 'checks'));
  const imports = new Map(
    files.map((file) => {
      const text = readFileSync(file, 'utf8');
      const targets = [...text.matchAll(/^(?:import|export)[^'"]*?from '(\.[^']+)'/gm)].map((m) => resolve(dirname(file), m[1]));
      return [file, targets.filter((t) => files.includes(t))];
    }),
  );
  const loops: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of imports.get(file) ?? []) {
      if (state.get(next) === 'open') loops.push([...path.slice(path.indexOf(next)), next].map((f) => relative(KIT_ROOT, f)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  expect(loops).toEqual([]);
});
