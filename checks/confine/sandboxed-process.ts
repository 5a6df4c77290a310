// A confined program as the checker sees it from outside its sandbox:
// bwrap (the child the checker started) → the sandbox's first process,
// a small bash init that sets the limits, runs the program, and on its
// way out names what the program left running (those die with the
// sandbox, but an unconfined run would have found them: same verdict).
import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readFileSync, rmSync } from 'node:fs';
import { constants, tmpdir } from 'node:os';
import { join } from 'node:path';
import { descendants, parents, treeRssBytes } from '../harness/memory.ts';
import { LIMITS } from './limits.ts';

/**
 * Runs as the sandbox's pid 1 (bwrap --as-pid-1), so the program's group
 * is the sandbox's group. The program inherits stdin explicitly (a job
 * started with & would get /dev/null) but not fd 3, where the init reports
 * processes that left the program's group and outlive it, nor fd 4, whose
 * other end the checker holds: when the checker dies, however it dies, a
 * watcher reads its end of file there and kills everything in the sandbox.
 * bwrap is not started with --die-with-parent: killed between creating the
 * sandbox and letting its first process start, bwrap would leave that
 * process stuck for ever, before the init and its watcher exist. Alive,
 * bwrap lets it start, and the watcher ends it.
 */
export const INIT_SCRIPT = [
  // The program is started before its watcher, so that the watcher's kill -1 (which spares
  // pid 1) cannot come before it exists; the watcher then also ends the init, which ends the
  // sandbox (a PID namespace dies with its first process) even while the init is still starting.
  "trap 'exit 137' USR1",
  `ulimit -u ${LIMITS.processes} && ulimit -t ${LIMITS.cpuSeconds} && ulimit -f ${LIMITS.fileKiB} && ulimit -d ${LIMITS.dataKiB} || exit 125`,
  '"$@" 3>&- 4<&- <&0 &',
  'program=$!',
  '{ trap "" TERM INT HUP; read -r -u 4 _; kill -KILL -1 2>/dev/null; kill -USR1 1; } 3>&- &',
  'watcher=$!',
  'wait $program',
  'code=$?',
  // Builtins only from here: the sandbox ends a few milliseconds after the program, not a few forks later.
  // Sets $group (processes still in the program's group) and $strays (those that left it).
  'scan() {',
  '  group= strays=',
  '  for d in /proc/[0-9]*; do',
  '    p=${d#/proc/}',
  '    { [ "$p" = 1 ] || [ "$p" = "$watcher" ]; } && continue',
  '    read -r stat < "$d/stat" 2>/dev/null || continue',
  '    set -- ${stat##*) }',
  '    [ "$1" = Z ] && continue',
  '    if [ "$3" = 1 ]; then group="$group $p"; else strays="$strays $p"; fi',
  '  done',
  '}',
  // What the program started and is still starting (a helper between fork and setsid) gets up to
  // 1 s to leave its group or end, as the grace an unconfined stop gives: then it is judged.
  'scan',
  'for ((i = 0; i < 50; i++)); do',
  '  [ -z "$group" ] && break',
  '  read -r -t 0.02 -u 4 _', // a builtin pause: nothing ever comes on fd 4
  '  scan',
  'done',
  'for p in $strays; do',
  '  mapfile -d "" args < "/proc/$p/cmdline" 2>/dev/null || continue',
  `  printf 'pid %s (%.80s)\\n' "$p" "\${args[*]}" >&3`,
  'done',
  'exit $code',
].join('\n');

/**
 * Where bwrap's --info-fd writes "child-pid", the sandbox's first process as
 * this side sees it: a file, not a pipe. bwrap writes it just before it lets
 * that process start; a write into a pipe whose reader is gone (a checker
 * killed meanwhile) would end bwrap there, leaving the process stuck before
 * it starts, out of reach of the sandbox's watcher.
 */
export class SandboxInfo {
  readonly fd: number;
  private pid?: number;

  constructor(private readonly path = join(tmpdir(), `sandbox-info-${randomUUID()}`)) {
    this.fd = openSync(path, 'w+', 0o600);
  }

  /** The sandbox's first process, once bwrap has told it. */
  childPid(): number | undefined {
    if (this.pid === undefined) {
      let text = '';
      try {
        text = readFileSync(this.path, 'utf8');
      } catch {
        // removed once bwrap ended
      }
      const found = /"child-pid"\s*:\s*(\d+)/.exec(text)?.[1];
      if (found) this.pid = Number(found);
    }
    return this.pid;
  }

  /** Once bwrap is started: it holds its own copy. */
  close(): void {
    try {
      closeSync(this.fd);
    } catch {
      // closed already
    }
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}

/** bwrap exits with 128+N when what it ran was killed by signal N: told as that signal, as an unconfined run tells it. */
export function exitOfSandbox(code: number | null, signal: NodeJS.Signals | null): { code: number | null; signal: NodeJS.Signals | null } {
  if (code !== null && code > 128 && code <= 128 + 64) {
    const name = Object.entries(constants.signals).find(([, n]) => n === code - 128)?.[0];
    if (name) return { code: null, signal: name as NodeJS.Signals };
  }
  return { code, signal };
}

/**
 * A memory bound per program, whatever it forks: the kernel's data limit
 * bounds each process, and this watch bounds their sum. One scan of /proc
 * serves every confined program, twice a second (a scan reads every
 * process of the machine: more often would cost a grading run real CPU).
 */
const SCAN_MS = 500;
const watched = new Map<number, () => void>();
let timer: NodeJS.Timeout | undefined;

export function watchMemory(bwrapPid: number, onKill: () => void): void {
  watched.set(bwrapPid, onKill);
  timer ??= setInterval(scan, SCAN_MS).unref();
}

export function unwatchMemory(bwrapPid: number): void {
  watched.delete(bwrapPid);
  if (watched.size === 0 && timer) {
    clearInterval(timer);
    timer = undefined;
  }
}

function scan(): void {
  const ppids = parents();
  for (const [pid, onKill] of watched) {
    const rss = treeRssBytes(pid, ppids);
    if (rss === null || rss <= LIMITS.treeMemoryBytes) continue;
    for (const p of [pid, ...descendants(pid, ppids)]) {
      try {
        process.kill(p, 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
    unwatchMemory(pid);
    onKill();
  }
}
