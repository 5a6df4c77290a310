// The read-only runtime a confined program gets: the system's /usr (and the
// /bin, /lib… that point into it), the node that runs the kit, and the
// python3 on PATH. Only what running node or python3 needs, none of $HOME:
// a pyenv or nvm install is bound by its own prefix, not by the home
// folder that holds it.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname } from 'node:path';

/** Top-level folders a dynamically linked program may need, bound as they are on the host (a folder, or a link into /usr). */
const SYSTEM_DIRS = ['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
/** Single files that name resolution and locales read; harmless to show. */
const SYSTEM_FILES = ['/etc/hosts', '/etc/nsswitch.conf', '/etc/ld.so.cache', '/etc/localtime'];

export interface Python {
  /** The interpreter itself, not a shim (pyenv's shims are shell scripts that look in $HOME). */
  executable: string;
  prefixes: string[];
}

let python: Python | null | undefined;
/** Set in a submission's sandbox: the python3 the grader resolved (a pyenv shim costs a third of a second a run). */
const PYTHON_VAR = 'TCP_LAB_PYTHON';

/** The python3 on PATH, resolved once per grading run; null when there is none. */
export function resolvePython(): Python | null {
  if (python !== undefined) return python;
  const given = process.env[PYTHON_VAR];
  if (given) return (python = JSON.parse(given) as Python | null);
  const probe = spawnSync('python3', ['-c', 'import sys, json; print(json.dumps([sys.executable, sys.prefix, sys.base_prefix]))'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  try {
    const [executable, prefix, base] = JSON.parse(probe.stdout) as string[];
    python = { executable, prefixes: [...new Set([prefix, base, dirname(dirname(realpathSync(executable)))])] };
  } catch {
    python = null;
  }
  return python;
}

/** Set in a submission's sandbox: the runtime prefixes staged by stageRuntime(), as [staged, original] pairs. */
export const RUNTIME_VAR = 'TCP_LAB_RUNTIME';
const STAGE = '/tmp/runtime';

/** node's and python3's install prefixes outside the system folders (pyenv, nvm, /opt…). */
function ownPrefixes(): string[] {
  const prefixes = [dirname(dirname(realpathSync(process.execPath))), ...(resolvePython()?.prefixes ?? [])];
  return [...new Set(prefixes)].filter((p) => !underSystemDirs(p));
}

/**
 * Outer-sandbox arguments that show those prefixes at a path every user can
 * reach: a pyenv under root's mode-700 home is out of reach of the user
 * programs run as, which could not bind it from where it is.
 */
export function stageRuntime(): { args: string[]; env: Record<string, string>; pairs: string[][] } {
  const pairs = ownPrefixes().map((prefix, i) => [`${STAGE}/${i}`, prefix]);
  // bwrap makes missing folders mode 700: this one must be open to the programs' user.
  const args = ['--perms', '0755', '--dir', STAGE, ...pairs.flatMap(([staged, prefix]) => ['--ro-bind', prefix, staged])];
  return { args, env: { [RUNTIME_VAR]: JSON.stringify(pairs), [PYTHON_VAR]: JSON.stringify(resolvePython()) }, pairs };
}

/** bwrap arguments that show the runtime read-only at the paths it has on the host (staged: from where stageRuntime() put it). */
export function runtimeArgs(staged = stagedFromEnv()): string[] {
  const args: string[] = [];
  for (const dir of SYSTEM_DIRS) {
    if (!existsSync(dir)) continue;
    const stat = lstatSync(dir);
    if (stat.isSymbolicLink()) args.push('--symlink', readlinkSync(dir), dir);
    else args.push('--ro-bind', dir, dir);
  }
  for (const file of SYSTEM_FILES) args.push('--ro-bind-try', file, file);
  for (const [from, to] of staged) args.push('--ro-bind', from, to);
  return args;
}

function stagedFromEnv(): string[][] {
  const staged = process.env[RUNTIME_VAR];
  return staged ? (JSON.parse(staged) as string[][]) : ownPrefixes().map((p) => [p, p]);
}

function underSystemDirs(path: string): boolean {
  return SYSTEM_DIRS.some((dir) => path === dir || path.startsWith(`${dir}/`));
}
