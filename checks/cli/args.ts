// Command-line parsing shared by the kit's commands: a bad flag or value is
// one clear line and exit code 2, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { STEPS, findStep } from '../steps.ts';
import type { Step } from '../harness/types.ts';
import { detectLang, type Bilingual } from '../i18n/index.ts';

/** A command-line mistake; what students can get wrong also says it in French. */
export class UsageError extends Error {
  readonly fr?: string;

  constructor(message: string | Bilingual) {
    super(typeof message === 'string' ? message : message.en);
    if (typeof message !== 'string') this.fr = message.fr;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages are clear but long; keep their first sentence.
    const en = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    const option = /'(-[^' ]+)/.exec(en)?.[1] ?? '';
    const code = (error as NodeJS.ErrnoException).code;
    const fr = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `option inconnue ${option}` : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? `l'option ${option} attend une valeur` : en;
    throw new UsageError({ en, fr });
  }
}

export function parseStep(raw: string | undefined): Step {
  const available = `${STEPS[0].step} to ${STEPS.at(-1)!.step}`;
  const fromTo = `${STEPS[0].step} à ${STEPS.at(-1)!.step}`;
  if (raw === undefined) throw new UsageError({ en: `which step? give a step number from ${available}`, fr: `quelle étape ? donnez un numéro d'étape de ${fromTo}` });
  const n = Number(raw);
  const step = /^\d+$/.test(raw) ? findStep(n) : undefined;
  if (!step) throw new UsageError({ en: `no step ${JSON.stringify(raw)}: steps are numbered ${available}`, fr: `pas d'étape ${JSON.stringify(raw)} : les étapes vont de ${fromTo}` });
  return step;
}

/** The folder the user meant: npm runs scripts from the kit's root, INIT_CWD is where they typed. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function existingDir(path: string, flag: string): string {
  // `--dir=` or `--dir ""` would otherwise quietly mean the current folder.
  if (!path.trim()) throw new UsageError({ en: `${flag} needs a folder`, fr: `${flag} attend un dossier` });
  const dir = userPath(path);
  if (!existsSync(dir)) throw new UsageError({ en: `${flag} ${path}: no such folder`, fr: `${flag} ${path} : ce dossier n'existe pas` });
  if (!statSync(dir).isDirectory()) throw new UsageError({ en: `${flag} ${path}: not a folder`, fr: `${flag} ${path} : ce n'est pas un dossier` });
  return dir;
}

/** A file to write a report to (`--html FILE`): its folder must exist and be writable, checked before any run. */
export function htmlTarget(path: string): string {
  if (!path.trim()) throw new UsageError({ en: '--html needs a file name', fr: '--html attend un nom de fichier' });
  const file = userPath(path);
  const folder = dirname(file);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError({ en: `--html ${path}: is a folder, give a file name`, fr: `--html ${path} : c'est un dossier, donnez un nom de fichier` });
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError({ en: `--html ${path}: no such folder ${folder}`, fr: `--html ${path} : le dossier ${folder} n'existe pas` });
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError({ en: `--html ${path}: cannot write in ${folder}`, fr: `--html ${path} : impossible d'écrire dans ${folder}` });
  }
  return file;
}

/** Writes the page; a failure now (the disk, the folder gone) is one line and exit code 2, the run's output already shown. */
export function writeHtmlTarget(file: string, html: string, lang: 'en' | 'fr'): void {
  try {
    writeFileSync(file, html);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    process.stderr.write(lang === 'fr' ? `erreur : --html : impossible d'écrire ${file} (${why})\n` : `error: --html: cannot write ${file} (${why})\n`);
    process.exitCode = 2;
  }
}

/**
 * `npm run step 4 --solution` (no `--`): npm keeps the flag for itself and
 * passes it on only as npm_config_solution=true (a flag's value, like the
 * PATH of `--dir PATH`, becomes a positional). Take such flags back, and say
 * once on stderr how to type them so that npm leaves them alone.
 */
export function reclaimNpmFlags(
  values: Record<string, unknown>,
  positionals: string[],
  flags: { booleans: string[]; strings: string[] },
  script: string,
): void {
  if (process.env.npm_lifecycle_event !== script) return;
  const taken: string[] = [];
  for (const name of flags.booleans) {
    if (process.env[`npm_config_${name}`] === 'true' && values[name] === undefined) {
      values[name] = true;
      taken.push(`--${name}`);
    }
  }
  for (const name of flags.strings) {
    if (process.env[`npm_config_${name}`] === 'true' && values[name] === undefined && positionals.length > 1) {
      values[name] = positionals.pop();
      taken.push(`--${name} ${values[name]}`);
    }
  }
  if (taken.length) {
    const [first, ...rest] = positionals;
    const typed = `npm run ${script} -- ${[first, ...rest, ...taken].join(' ')}`;
    process.stderr.write(
      detectLang() === 'fr'
        ? `note : npm a gardé ${taken.join(' ')} pour lui ; appliqué quand même. La prochaine fois, tapez : ${typed}\n`
        : `note: npm kept ${taken.join(' ')} for itself; applied anyway. Next time type: ${typed}\n`,
    );
  }
}

/** Prints "error: …" and the usage, exits 2. */
/** A usage error: one line saying what is wrong, the usage, exit code 2. */
export function usageExit(error: unknown, usage: string | Bilingual): never {
  if (!(error instanceof UsageError)) throw error;
  const french = detectLang() === 'fr';
  const how = typeof usage === 'string' ? usage : french ? usage.fr : usage.en;
  process.stderr.write(french && error.fr ? `erreur : ${error.fr}\n${how}\n` : `error: ${error.message}\n${how}\n`);
  process.exit(2);
}
