// Inside a submission's sandbox: each step folder is an empty size-capped
// tmpfs, and the submission itself is shown read-only at ORIGINAL_ROOT.
// Copying the step's files in gives its programs a throwaway copy to run
// in (the submission is never changed) and is where a symlink that leaves
// the submission is refused: only regular files and folders are copied.
import { chownSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { runsAsRoot, SANDBOX_UID } from './sandbox-user.ts';

export const ORIGINAL_ROOT = '/tmp/original';
/** Set by the launcher: JSON of CopyIn[] (and the submission's real path, for absolute links into it). */
export const COPY_IN_VAR = 'TCP_LAB_COPY_IN';

export interface CopyIn {
  /** The step folder as the checks name it (in the sandbox, a link to `to`). */
  dir: string;
  /** The step folder inside ORIGINAL_ROOT. */
  from: string;
  /** Its copy (a size-capped tmpfs in the sandbox). */
  to: string;
  /** The submission's real path on the host: an absolute link into it is still inside. */
  submission: string;
}

/** Most a step folder's copy may hold; the rest is left out, and said. */
const MAX_FILES = 2000;

/** Copies every step folder in; returns, per step folder, what was left out and why. */
export function copyIn(copies: CopyIn[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const c of copies) {
    const said: string[] = [];
    const count = { files: 0 };
    copyTree(c.from, c.to, c, said, count);
    if (runsAsRoot()) chownTree(c.to);
    notes.set(c.dir, said);
  }
  return notes;
}

function copyTree(from: string, to: string, c: CopyIn, said: string[], count: { files: number }): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '__pycache__') continue;
    const src = join(from, entry.name);
    const dest = join(to, entry.name);
    const shown = relative(c.from, src);
    let real = src;
    if (entry.isSymbolicLink()) {
      const inside = linkInside(src, c);
      if (!inside) {
        said.push(`${shown} is a link that leaves the submission (to ${readlinkSync(src)}): not followed`);
        continue;
      }
      real = inside;
    }
    const stat = statSync(real);
    if (stat.isDirectory()) {
      mkdirSync(dest, { recursive: true });
      copyTree(real, dest, c, said, count);
    } else if (stat.isFile()) {
      if (++count.files > MAX_FILES) {
        if (count.files === MAX_FILES + 1) said.push(`more than ${MAX_FILES} files: the rest was not copied`);
        continue;
      }
      try {
        writeFileSync(dest, readFileSync(real));
        chmodSync(dest, stat.mode & 0o777);
      } catch (error) {
        said.push(`${shown} was not copied: ${(error as NodeJS.ErrnoException).code === 'ENOSPC' ? 'the step folder is over its size cap' : (error as Error).message}`);
      }
    }
  }
}

/** Where a link leads, if that is inside the submission (as shown read-only in the sandbox); undefined otherwise. */
function linkInside(link: string, c: CopyIn): string | undefined {
  let target = readlinkSync(link);
  if (isAbsolute(target) && (target === c.submission || target.startsWith(`${c.submission}/`))) {
    target = join(ORIGINAL_ROOT, relative(c.submission, target));
  } else if (!isAbsolute(target)) {
    target = resolve(dirname(link), target);
  } else {
    return undefined;
  }
  let real: string;
  try {
    real = realpathSync(target);
  } catch {
    return undefined; // dangling, or it needs what the sandbox does not show
  }
  return real === ORIGINAL_ROOT || real.startsWith(`${ORIGINAL_ROOT}/`) ? real : undefined;
}

function chownTree(dir: string): void {
  chownSync(dir, SANDBOX_UID, SANDBOX_UID);
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (lstatSync(path).isDirectory()) chownTree(path);
    else chownSync(path, SANDBOX_UID, SANDBOX_UID);
  }
}

export function copyInFromEnv(): Map<string, string[]> {
  const raw = process.env[COPY_IN_VAR];
  return raw ? copyIn(JSON.parse(raw) as CopyIn[]) : new Map();
}
