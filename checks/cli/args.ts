// Command-line parsing shared by the kit's commands: a bad flag or value is
// one clear line and exit code 2, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { accessSync, constants, existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { STEPS, findStep } from '../steps.ts';
import type { Step } from '../harness/types.ts';
import { detectLang, msg, render, translate, type Text } from '../i18n/index.ts';

/** A command-line mistake: a Message is said in the reader's language; a plain string (the teacher's grade command) stays English. */
export class UsageError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(render('en', text));
    this.text = text;
  }
}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages are clear but long; keep their first sentence. Node
    // gives no structured detail: the option is read from its (English) text.
    const said = (error as Error).message.split('. ')[0].replace(/\.$/, '');
    const code = (error as NodeJS.ErrnoException).code;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '(.+)'$/.exec(said) : null;
    const missing = code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /^Option '(.+) <value>' argument missing$/.exec(said) : null;
    const noValue = code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' ? /^Option '(.+)' does not take an argument$/.exec(said) : null;
    if (unknown) throw new UsageError(msg('cli.args.unknownOption', { option: unknown[1] }));
    if (missing) throw new UsageError(msg('cli.args.missingValue', { option: missing[1] }));
    if (noValue) throw new UsageError(msg('cli.args.noValue', { option: noValue[1] }));
    throw new UsageError(msg('cli.args.other', { said }));
  }
}

export function parseStep(raw: string | undefined): Step {
  const first = STEPS[0].step;
  const last = STEPS.at(-1)!.step;
  if (raw === undefined) throw new UsageError(msg('cli.args.whichStep', { first, last }));
  const n = Number(raw);
  const step = /^\d+$/.test(raw) ? findStep(n) : undefined;
  if (!step) throw new UsageError(msg('cli.args.noSuchStep', { raw: JSON.stringify(raw), first, last }));
  return step;
}

/** The folder the user meant: npm runs scripts from the kit's root, INIT_CWD is where they typed. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function existingDir(path: string, flag: string): string {
  // `--dir=` or `--dir ""` would otherwise quietly mean the current folder.
  if (!path.trim()) throw new UsageError(msg('cli.args.needsFolder', { flag }));
  const dir = userPath(path);
  if (!existsSync(dir)) throw new UsageError(msg('cli.args.noSuchFolder', { flag, path }));
  if (!statSync(dir).isDirectory()) throw new UsageError(msg('cli.args.notAFolder', { flag, path }));
  return dir;
}

/** A file to write a report to (`--html FILE`): its folder must exist and be writable, checked before any run. */
export function htmlTarget(path: string): string {
  if (!path.trim()) throw new UsageError(msg('cli.html.needsFile'));
  const file = userPath(path);
  const folder = dirname(file);
  if (existsSync(file) && statSync(file).isDirectory()) throw new UsageError(msg('cli.html.isFolder', { path }));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(msg('cli.html.noFolder', { path, folder }));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    throw new UsageError(msg('cli.html.cannotWriteIn', { path, folder }));
  }
  return file;
}

/** Writes the page; a failure now (the disk, the folder gone) is one line and exit code 2, the run's output already shown. */
export function writeHtmlTarget(file: string, html: string, lang: 'en' | 'fr'): void {
  try {
    writeFileSync(file, html);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    process.stderr.write(`${translate(lang, 'cli.error', { error: msg('cli.html.cannotWrite', { file, why }) })}\n`);
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
    process.stderr.write(`${translate(detectLang(), 'cli.npmKept', { flags: taken.join(' '), typed })}\n`);
  }
}

/** Prints "error: …" and the usage, exits 2. */
/** A usage error: one line saying what is wrong, the usage, exit code 2. */
export function usageExit(error: unknown, usage: Text): never {
  if (!(error instanceof UsageError)) throw error;
  const lang = detectLang();
  const said = translate(lang, 'cli.error', { error: error.text });
  process.stderr.write(`${said}\n${render(lang, usage)}\n`);
  process.exit(2);
}
