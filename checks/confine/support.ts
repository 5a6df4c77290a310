// Can this machine confine? Tried for real, the way grading will: a
// submission sandbox (own network) that starts a program sandbox (own user
// and PID namespaces) as the user programs run as. When it cannot, the
// answer says why in a few lines and what fixes it.
import { spawnSync } from 'node:child_process';
import { platform } from 'node:os';
import { runtimeArgs, stageRuntime } from './runtime.ts';
import { runsAsRoot, SANDBOX_UID } from './sandbox-user.ts';

export type Support = { ok: true } | { ok: false; why: string; fix: string[] };

let cached: Support | undefined;

export function confinementSupport(): Support {
  cached ??= probe();
  return cached;
}

function probe(): Support {
  if (platform() !== 'linux') {
    return {
      ok: false,
      why: `grading confines each submission with Linux namespaces (bubblewrap), and this is ${platform()}`,
      fix: ['grade on Linux: a Linux machine or VM, WSL 2 on Windows, or the CI template (each runner grades one student in a fresh VM)'],
    };
  }
  const version = spawnSync('bwrap', ['--version'], { encoding: 'utf8' });
  if (version.error) {
    return {
      ok: false,
      why: 'bubblewrap (the bwrap command) is not installed',
      fix: ['install it: sudo apt-get install bubblewrap   (Fedora: sudo dnf install bubblewrap; Arch: sudo pacman -S bubblewrap)'],
    };
  }
  const staged = stageRuntime();
  const inner = ['bwrap', '--unshare-user', '--unshare-pid', '--die-with-parent', '--new-session', ...runtimeArgs(staged.pairs), '--proc', '/proc', '--dev', '/dev', '--', '/bin/true'];
  const launch = runsAsRoot() ? ['setpriv', `--reuid=${SANDBOX_UID}`, `--regid=${SANDBOX_UID}`, '--clear-groups', ...inner] : inner;
  const outer = ['--unshare-net', '--die-with-parent', ...(runsAsRoot() ? [] : ['--unshare-user']), '--ro-bind', '/', '/', '--bind', '/proc', '/proc', '--dev', '/dev', '--tmpfs', '/tmp', ...staged.args, '--', ...launch];
  const run = spawnSync('bwrap', outer, { encoding: 'utf8', timeout: 10_000, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  if (run.status === 0) return { ok: true };
  const said = (run.stderr || run.error?.message || `exit code ${run.status}`).trim().split('\n').at(-1)!;
  return {
    ok: false,
    why: `bubblewrap cannot create the namespaces grading needs here (${said})`,
    fix: [
      'Ubuntu 24.04 and later restrict unprivileged user namespaces: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
      'other distributions: sudo sysctl -w kernel.unprivileged_userns_clone=1 (and user.max_user_namespaces above 0)',
      'in a container: run it with --privileged, or grade in the CI template instead',
    ],
  };
}

