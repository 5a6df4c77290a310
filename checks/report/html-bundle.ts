// The page's script, compiled once per process from html-client.ts with
// esbuild (a dependency of the kit already): it is typed like the rest of
// the kit, and shares its data types with the renderer.
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

let script: string | undefined;

export function htmlClientScript(): string {
  script ??= buildSync({
    entryPoints: [fileURLToPath(new URL('./html-client.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0].text;
  return script;
}
