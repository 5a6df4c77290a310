// How one student program is started when grading is confined: inside its
// own bubblewrap sandbox, which shares the network of its submission's
// sandbox (the checks can reach it, nothing else can) and nothing else:
// its own PID space (whatever it starts dies with it), a private /tmp, the
// read-only runtime, its own step folder (a throwaway copy) and, for a
// TypeScript program, its compiled file and the kit's packages read-only.
import { chownSync, existsSync, readdirSync, realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CACHE_DIR, KIT_ROOT } from '../harness/compile.ts';
import { COPY_IN_VAR, type CopyIn } from './copy-in.ts';
import { runsAsRoot, SANDBOX_UID } from './sandbox-user.ts';
import { LIMITS } from './limits.ts';
import { runtimeArgs, resolvePython } from './runtime.ts';
import { INIT_SCRIPT } from './sandboxed-process.ts';

/** Set in the environment of a submission's sandbox: its programs are then started confined. */
export const CONFINED_VAR = 'TCP_LAB_CONFINED';

/** Where the submission's sandbox shows the kit's node_modules (a path the programs' user can reach). */
export const KIT_MODULES_VAR = 'TCP_LAB_KIT_MODULES';

export function confinedHere(): boolean {
  return process.env[CONFINED_VAR] === '1';
}


/** Paths inside the sandbox for the kit's packages and a compiled program (outside the step folder, read-only). */
const KIT_IN_SANDBOX = '/kit';

export interface SandboxedCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
  uid?: number;
  gid?: number;
}

export interface SandboxRequest {
  /** The step folder, as the submission's sandbox sees it: its private copy. */
  dir: string;
  /** The interpreter command line, as an unconfined run would start it. */
  argv: string[];
  /** What the contract gives the program (HOST, PORT, the step's file variables…). */
  env: Record<string, string>;
  /** Files named by the environment that the checks read back: their folders are shared read-write. */
  sharedFiles?: string[];
}

/** The bwrap command line that starts `argv` confined; the environment is only what is given. */
export function sandboxed(r: SandboxRequest): SandboxedCommand {
  const args = [
    '--unshare-user',
    '--unshare-pid',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--new-session',
    '--as-pid-1',
    ...runtimeArgs(),
    '--proc', '/proc',
    '--dev', '/dev',
    '--size', String(LIMITS.tmpBytes), '--tmpfs', '/tmp',
    '--dir', '/tmp/home',
    // The copy's own path (the step folder's path is a link to it in the submission's sandbox).
    '--bind', realpathSync(r.dir), r.dir,
    // The submission's other step folders, read-only: a step may import from an earlier one, as the reference does.
    ...siblingSteps(r.dir).flatMap((c) => ['--ro-bind', c.to, c.dir]),
  ];
  const argv = [...r.argv];
  if (argv[0] === 'python3') argv[0] = resolvePython()?.executable ?? 'python3';
  const compiled = argv.findIndex((a) => a.startsWith(`${CACHE_DIR}/`));
  if (compiled >= 0) {
    const inside = join(KIT_IN_SANDBOX, 'compiled', basename(dirname(argv[compiled])));
    args.push(...kitPackagesArgs(), '--ro-bind', dirname(argv[compiled]), inside);
    argv[compiled] = join(inside, basename(argv[compiled]));
  }
  for (const file of r.sharedFiles ?? []) {
    const dir = dirname(file);
    if (runsAsRoot()) chownSync(dir, SANDBOX_UID, SANDBOX_UID);
    args.push('--bind', dir, dir);
  }
  args.push('--chdir', r.dir, '--', '/bin/bash', '-c', INIT_SCRIPT, 'bash', ...argv);
  const env = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/tmp/home', TMPDIR: '/tmp', LANG: 'C.UTF-8', ...r.env };
  return { command: 'bwrap', args, env, ...(runsAsRoot() ? { uid: SANDBOX_UID, gid: SANDBOX_UID } : {}) };
}

function siblingSteps(dir: string): CopyIn[] {
  const raw = process.env[COPY_IN_VAR];
  return raw ? (JSON.parse(raw) as CopyIn[]).filter((c) => c.dir !== dir) : [];
}

/** The kit's packages, for a compiled TypeScript program's imports; its caches (compiled solutions among them) hidden. */
function kitPackagesArgs(): string[] {
  const modules = process.env[KIT_MODULES_VAR] ?? join(KIT_ROOT, 'node_modules');
  const args = ['--ro-bind', modules, join(KIT_IN_SANDBOX, 'node_modules')];
  for (const entry of existsSync(modules) ? readdirSync(modules, { withFileTypes: true }) : []) {
    if (entry.name.startsWith('.') && entry.isDirectory()) args.push('--tmpfs', join(KIT_IN_SANDBOX, 'node_modules', entry.name));
  }
  return args;
}
