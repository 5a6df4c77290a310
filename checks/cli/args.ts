// Command-line parsing shared by the kit's commands: a bad flag or value is
// one clear line and exit code 2, never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { STEPS, findStep } from '../steps.ts';
import type { Step } from '../harness/types.ts';

export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse(args: string[], options: Options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs messages are clear but long; keep their first sentence.
    throw new UsageError((error as Error).message.split('. ')[0].replace(/\.$/, ''));
  }
}

export function parseStep(raw: string | undefined): Step {
  const available = `${STEPS[0].step} to ${STEPS.at(-1)!.step}`;
  if (raw === undefined) throw new UsageError(`which step? give a step number from ${available}`);
  const n = Number(raw);
  const step = /^\d+$/.test(raw) ? findStep(n) : undefined;
  if (!step) throw new UsageError(`no step ${JSON.stringify(raw)}: steps are numbered ${available}`);
  return step;
}

/** The folder the user meant: npm runs scripts from the kit's root, INIT_CWD is where they typed. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

export function existingDir(path: string, flag: string): string {
  const dir = userPath(path);
  if (!existsSync(dir)) throw new UsageError(`${flag} ${path}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`${flag} ${path}: not a folder`);
  return dir;
}

/** Prints "error: …" and the usage, exits 2. */
export function usageExit(error: unknown, usage: string): never {
  if (!(error instanceof UsageError)) throw error;
  process.stderr.write(`error: ${error.message}\n${usage}\n`);
  process.exit(2);
}
