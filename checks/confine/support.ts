// Can this machine confine? Tried for real, the way grading will: a
// submission sandbox (own network) that starts a program sandbox (own user
// and PID namespaces) as the user programs run as. When it cannot, the
// answer says why in a few lines and what fixes it.
import { spawnSync } from 'node:child_process';
import { platform } from 'node:os';
import { msg, render, type Lang, type Message } from '../i18n/index.ts';
import { runtimeArgs, stageRuntime } from './runtime.ts';
import { runsAsRoot, SANDBOX_UID } from './sandbox-user.ts';

export type Support = { ok: true } | { ok: false; why: Message; fix: Message[] };

let cached: Support | undefined;

export function confinementSupport(): Support {
  cached ??= probe();
  return cached;
}

function probe(): Support {
  if (platform() !== 'linux') {
    return {
      ok: false,
      why: msg('confine.why.notLinux', { platform: platform() }),
      fix: [msg('confine.fix.linux')],
    };
  }
  const version = spawnSync('bwrap', ['--version'], { encoding: 'utf8' });
  if (version.error) {
    return {
      ok: false,
      why: msg('confine.why.noBwrap'),
      fix: [msg('confine.fix.install')],
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
    why: msg('confine.why.noNamespaces', { said }),
    fix: [msg('confine.fix.ubuntu'), msg('confine.fix.sysctl'), msg('confine.fix.container')],
  };
}


/** Why this machine cannot confine, and the fixes, as the command `by` says it before it exits 3. */
export function refusal(support: Extract<Support, { ok: false }>, by: 'grade' | 'step', lang: Lang): string {
  const say = (m: Message) => render(lang, m);
  const lines =
    by === 'grade'
      ? [say(msg('confine.grade.cannot', { why: support.why })), say(msg('confine.grade.risk'))]
      : [say(msg('confine.step.cannot', { why: support.why }))];
  lines.push(...support.fix.map((f) => say(msg('confine.fixLine', { fix: f }))));
  lines.push(say(msg(by === 'grade' ? 'confine.grade.anyway' : 'confine.step.anyway')));
  return `${lines.join('\n')}\n`;
}
