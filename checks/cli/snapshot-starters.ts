// node --import tsx checks/cli/snapshot-starters.ts [--check]
// Copies every steps/NN-slug/ into .starters/NN-slug/: the originals that
// "reset the starter" in the menu puts back. Run it when a starter changes,
// before a release; --check only lists the steps whose copy differs
// (exit 1), for CI.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { KIT_ROOT } from '../harness/compile.ts';
import { PRISTINE_DIR } from '../menu/starter.ts';

/** Every file of a folder, by relative path, with its content. */
function tree(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(join(dir, f)).isFile());
  return Object.fromEntries(files.sort().map((f) => [f, readFileSync(join(dir, f), 'latin1')]));
}

const steps = join(KIT_ROOT, 'steps');
const check = process.argv.includes('--check');
let stale = 0;
for (const slug of readdirSync(steps).filter((s) => /^\d\d-/.test(s)).sort()) {
  const from = join(steps, slug);
  const to = join(PRISTINE_DIR, slug);
  if (isDeepStrictEqual(tree(from), tree(to))) continue;
  stale++;
  if (check) {
    process.stdout.write(`.starters/${slug} differs from steps/${slug}\n`);
    continue;
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  process.stdout.write(`.starters/${slug} updated\n`);
}
if (check && stale) process.exitCode = 1;
