// The sandbox one submission is checked in. Its network is its own (only
// a loopback: the checks and this submission's programs reach each other
// and nothing else), its /tmp is its own (port locks, compiled programs,
// the checks' state files), and each step folder it grades is a private,
// size-capped copy. The whole host is shown read-only to the checks (the
// kit's own code); programs get far less (program-sandbox.ts). It dies
// with the grader, and takes every program with it.
import { existsSync, realpathSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { COMPILE_DIR_VAR, KIT_ROOT } from '../harness/compile.ts';
import { COPY_IN_VAR, ORIGINAL_ROOT, type CopyIn } from './copy-in.ts';
import { LIMITS } from './limits.ts';
import { stageRuntime } from './runtime.ts';
import { CONFINED_VAR, KIT_MODULES_VAR } from './program-sandbox.ts';
import { runsAsRoot } from './sandbox-user.ts';
import { msg, render, type Message } from '../i18n/index.ts';

/** The only variables the checks inside get from the grader's environment: none of its secrets. */
const PASSED_VARS = ['PATH', 'LANG', 'LC_ALL', 'LAB_LANG', 'TERM', 'COLUMNS', 'NO_COLOR', 'FORCE_COLOR'];
const PASSED_PREFIX = 'TCP_LAB_';
/** Where the step folders' copies are, inside the sandbox. */
const STEP_COPIES = '/tmp/steps';
const STAGED_KIT_MODULES = '/tmp/kit/node_modules';

/** This layout of folders cannot be confined (said in one line). */
/** The submission cannot be laid out in a sandbox: `text` says why. */
export class ConfineError extends Error {
  constructor(readonly text: Message) {
    super(render('en', text));
  }
}

export interface SubmissionPlan {
  args: string[];
  env: Record<string, string>;
  /** Per step folder: what was refused before anything ran (a step folder that is a link out of the submission). */
  notes: Map<string, string[]>;
}

/**
 * bwrap arguments and environment for checking `dirs` (step folders of the
 * submission at `submission`); the command to run inside goes after them.
 */
export function submissionSandbox(submission: string, dirs: string[], cwd: string): SubmissionPlan {
  const root = realpathSync(submission);
  const args = ['--unshare-net', '--unshare-ipc', '--die-with-parent', '--new-session'];
  // Root checks as root in the host's user namespace, so that it can start each program as nobody.
  if (!runsAsRoot()) args.push('--unshare-user');
  args.push('--ro-bind', '/', '/', '--bind', '/proc', '/proc', '--dev', '/dev');
  args.push('--size', String(LIMITS.submissionTmpBytes), '--tmpfs', '/tmp', '--dir', '/tmp/home');
  // A kit cloned under /tmp is shown again over the private /tmp.
  if (KIT_ROOT.startsWith('/tmp/')) args.push('--ro-bind', KIT_ROOT, KIT_ROOT);
  // The kit's compiled sources (tsx keeps them in the host's temporary folder): a start without recompiling the checker.
  const tsxCache = join(tmpdir(), `tsx-${userInfo().uid}`);
  if (existsSync(tsxCache)) args.push('--bind', tsxCache, `/tmp/tsx-${userInfo().uid}`);
  const runtime = stageRuntime();
  args.push(...runtime.args, '--ro-bind', root, ORIGINAL_ROOT);
  // The kit's packages too, for compiled TypeScript programs: the kit may sit in a mode-700 home.
  const modules = join(KIT_ROOT, 'node_modules');
  if (existsSync(modules)) args.push('--perms', '0755', '--dir', '/tmp/kit', '--ro-bind', modules, STAGED_KIT_MODULES);
  const copies: CopyIn[] = [];
  const notes = new Map<string, string[]>();
  // Each step folder's copy is a size-capped tmpfs at a path every user can reach
  // (the programs' user cannot cross a mode-700 home on the way to the original
  // path); the original path becomes a link to it, in a folder that hides the rest.
  args.push('--perms', '0755', '--dir', STEP_COPIES);
  const byParent = new Map<string, string[]>();
  for (const dir of dirs.filter((d) => existsSync(d))) byParent.set(dirname(dir), [...(byParent.get(dirname(dir)) ?? []), dir]);
  for (const [parent, inParent] of byParent) {
    if (KIT_ROOT === parent || KIT_ROOT.startsWith(`${parent}/`)) {
      throw new ConfineError(msg('confine.kitInside', { dir: inParent[0] }));
    }
    args.push('--tmpfs', parent);
    for (const dir of inParent) {
      const copy = `${STEP_COPIES}/${copies.length + notes.size}`;
      args.push('--size', String(LIMITS.stepFolderBytes), '--perms', '0755', '--tmpfs', copy, '--symlink', copy, dir);
      const real = realpathSync(dir);
      if (real !== root && !real.startsWith(`${root}/`)) {
        notes.set(dir, [`the step folder is a link that leaves the submission (to ${real}): not followed`]);
        continue;
      }
      copies.push({ dir, from: join(ORIGINAL_ROOT, relative(root, real)), to: copy, submission: root });
    }
  }
  args.push('--chdir', cwd);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && (PASSED_VARS.includes(key) || key.startsWith(PASSED_PREFIX))) env[key] = value;
  }
  Object.assign(env, {
    HOME: '/tmp/home',
    TMPDIR: '/tmp',
    [CONFINED_VAR]: '1',
    [COMPILE_DIR_VAR]: '/tmp/compiled',
    [COPY_IN_VAR]: JSON.stringify(copies),
    [KIT_MODULES_VAR]: STAGED_KIT_MODULES,
    ...runtime.env,
  });
  return { args, env, notes };
}
