// Putting a step's starter back as it was shipped, without losing the
// student's work. The original comes from .starters/NN-slug/, a committed
// copy of steps/ taken when the kit is released (checks/cli/snapshot-starters.ts):
// unlike `git show HEAD:steps/…` it still holds the original after the
// student commits their own work, and works in a zip download or without git.
// Git's HEAD is the fallback for a step with no copy yet.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { KIT_ROOT } from '../harness/compile.ts';
import type { Step } from '../harness/types.ts';
import { kitDir } from '../steps.ts';
import { forgetResult } from '../progress.ts';

export const PRISTINE_DIR = join(KIT_ROOT, '.starters');

export function backupRoot(): string {
  return process.env.LAB_BACKUP_DIR || join(KIT_ROOT, 'backups');
}

/** The original files of a step's starter, by path inside the step folder; undefined if none is found. */
export function pristineFiles(step: Step): Map<string, Buffer> | undefined {
  const copy = join(PRISTINE_DIR, step.slug);
  if (existsSync(copy)) return readTree(copy);
  return fromGit(step);
}

function readTree(dir: string, files = new Map<string, Buffer>(), root = dir): Map<string, Buffer> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) readTree(path, files, root);
    else files.set(relative(root, path), readFileSync(path));
  }
  return files;
}

function fromGit(step: Step): Map<string, Buffer> | undefined {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: KIT_ROOT, stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 16 << 20 });
  try {
    const prefix = `steps/${step.slug}/`;
    const names = git('ls-tree', '-r', '--name-only', 'HEAD', '--', prefix).toString().split('\n').filter(Boolean);
    if (!names.length) return undefined;
    return new Map(names.map((name) => [name.slice(prefix.length), git('show', `HEAD:${name}`)]));
  } catch {
    return undefined; // no git, or not a clone
  }
}

/** "2026-03-01T14-05-09": sortable, and valid in a file name everywhere. */
export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

/**
 * Copies the step folder into backups/NN-slug/STAMP/, then replaces its
 * content by the original starter. Returns the backup folder.
 */
export function resetStarter(step: Step, pristine: Map<string, Buffer>, dir = kitDir(step, 'steps')): string {
  let backup = join(backupRoot(), step.slug, stamp());
  for (let i = 2; existsSync(backup); i++) backup = join(backupRoot(), step.slug, `${stamp()}-${i}`);
  mkdirSync(dirname(backup), { recursive: true });
  if (existsSync(dir)) cpSync(dir, backup, { recursive: true });
  else mkdirSync(backup);
  // Only once the backup is complete does anything get removed.
  rmSync(dir, { recursive: true, force: true });
  for (const [name, content] of pristine) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  forgetResult(step.step); // the starter fails its checks: the menu must not still say "passed"
  return backup;
}
