// Finds the submissions of a class: every subfolder of the class folder is
// one student's work, either a copy of the kit (`steps/NN-*/`) or the step
// folders themselves (`NN-*/`). A subfolder holding neither is still a
// submission: it is graded, and scores nothing, rather than silently dropped.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Step } from '../harness/types.ts';
import { msg, render, type Message } from '../i18n/index.ts';

export type Layout = 'kit' | 'flat' | 'empty';

export interface Submission {
  name: string;
  dir: string;
  layout: Layout;
}

/** The class folder cannot be graded as given (not a folder, no submissions). */
/** The class folder cannot be graded: `text` says why. */
export class DiscoveryError extends Error {
  constructor(readonly text: Message) {
    super(render('en', text));
  }
}

const STEP_FOLDER = /^\d\d-/;

function subfolders(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.filter((name) => {
    if (name.startsWith('.') || name === 'node_modules') return false;
    try {
      return statSync(join(dir, name)).isDirectory(); // follows symlinks: a linked repository counts
    } catch {
      return false; // a dangling link
    }
  });
}

function hasStepFolders(dir: string): boolean {
  return subfolders(dir).some((name) => STEP_FOLDER.test(name));
}

export function layoutOf(dir: string): Layout {
  if (hasStepFolders(join(dir, 'steps'))) return 'kit';
  if (hasStepFolders(dir)) return 'flat';
  return 'empty';
}

/**
 * The submissions in `folder`, sorted by name (student2 before student10).
 * A folder that is itself one submission (a student's repository, as CI
 * checks it out) is graded as the only one. `exclude` keeps the report
 * folder out when it lies inside the class folder.
 */
export function discoverSubmissions(folder: string, exclude: string[] = []): Submission[] {
  const root = resolve(folder);
  if (!existsSync(root)) throw new DiscoveryError(msg('grade.noSuchFolder'));
  if (!statSync(root).isDirectory()) throw new DiscoveryError(msg('grade.notFolder'));
  const own = layoutOf(root);
  if (own !== 'empty') return [{ name: basename(root), dir: root, layout: own }];
  const skip = new Set(exclude.map((p) => resolve(p)));
  const submissions = subfolders(root)
    .map((name) => ({ name, dir: join(root, name) }))
    .filter((s) => !skip.has(s.dir))
    .map((s) => ({ ...s, layout: layoutOf(s.dir) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  if (submissions.length === 0) {
    throw new DiscoveryError(msg('grade.noSubmissions'));
  }
  return submissions;
}

/**
 * The folder holding a step's programs in a submission: the step's own
 * name, else a folder of the same number (a student who renamed it). A
 * missing step points where it should have been, so its checks fail
 * naming the files they looked for.
 */
export function stepDir(sub: Submission, step: Step): string {
  const base = sub.layout === 'kit' ? join(sub.dir, 'steps') : sub.dir;
  const exact = join(base, step.slug);
  if (existsSync(exact)) return exact;
  const prefix = step.slug.slice(0, 3);
  const renamed = subfolders(base).find((name) => name.startsWith(prefix));
  return renamed ? join(base, renamed) : exact;
}
