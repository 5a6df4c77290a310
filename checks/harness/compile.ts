// TypeScript programs are bundled once per run with esbuild (the compiler
// tsx itself uses) and then started with plain `node`: a check starts many
// programs, and a plain start costs a third of `node --import tsx`.
// Local imports are bundled; packages stay imports, resolved from the kit's
// node_modules, so a submission outside the kit needs none of its own.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

export const KIT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where a confined grading run compiles (its own tmpfs, not the kit's shared cache). */
export const COMPILE_DIR_VAR = 'TCP_LAB_COMPILE_DIR';
export const CACHE_DIR = process.env[COMPILE_DIR_VAR] || join(KIT_ROOT, 'node_modules', '.cache', 'tcp-lab-kit');

export class CompileError extends Error {}

const memo = new Map<string, Promise<string>>();

/** Path of a runnable .mjs/.cjs built from `file`; throws CompileError with esbuild's message. */
export function compileTs(file: string): Promise<string> {
  const stat = statSync(file);
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  let out = memo.get(key);
  if (!out) {
    out = build(file);
    memo.set(key, out);
  }
  return out;
}

async function build(file: string): Promise<string> {
  const commonjs = packageType(dirname(file)) === 'commonjs';
  const id = createHash('sha1').update(file).digest('hex').slice(0, 16);
  const outfile = join(CACHE_DIR, id, commonjs ? 'program.cjs' : 'program.mjs');
  let result: esbuild.BuildResult<{ write: false }>;
  try {
    result = await esbuild.build({
      entryPoints: [file],
      // A confined run shows each step folder through a link to its copy: imports resolve from the path as named.
      preserveSymlinks: true,
      outfile,
      bundle: true,
      packages: 'external',
      platform: 'node',
      target: 'node20',
      format: commonjs ? 'cjs' : 'esm',
      sourcemap: 'inline',
      write: false,
      logLevel: 'silent',
      // The program must see its own location, not the cache's.
      define: commonjs
        ? { __filename: JSON.stringify(file), __dirname: JSON.stringify(dirname(file)) }
        : {
            'import.meta.url': JSON.stringify(pathToFileURL(file).href),
            'import.meta.filename': JSON.stringify(file),
            'import.meta.dirname': JSON.stringify(dirname(file)),
          },
    });
  } catch (error) {
    const failure = error as esbuild.BuildFailure;
    const first = failure.errors?.[0];
    if (!first) throw error;
    const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}: ` : '';
    throw new CompileError(`${where}${first.text}`);
  }
  mkdirSync(dirname(outfile), { recursive: true });
  // Write then rename: parallel runs may build the same file at once.
  const tmp = `${outfile}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(tmp, result.outputFiles[0].contents);
  renameSync(tmp, outfile);
  return outfile;
}

/** The "type" of the nearest package.json, as Node would read it for this folder. */
function packageType(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    const pkg = join(d, 'package.json');
    if (existsSync(pkg)) {
      try {
        const type = JSON.parse(readFileSync(pkg, 'utf8')).type;
        // Only an explicit choice counts: with none, the kit's rule is ES modules.
        if (type === 'commonjs' || type === 'module') return type;
      } catch {
        // unreadable package.json: fall back to the default
      }
      return undefined;
    }
    if (dirname(d) === d) return undefined;
  }
}
