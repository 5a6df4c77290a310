// Nothing a run starts may outlive it. Every program is started in its own
// process group and carries a marker in its environment; the reaper kills
// whole groups, and finds by marker the processes that escaped their group
// (setsid, double fork), on every path out: normal end, error, Ctrl-C.
import { readdirSync, readFileSync } from 'node:fs';

export const MARKER_VAR = 'TCP_LAB_RUN';
/** Set in a submission's sandbox: the grader's pid, which its programs' markers start with. */
export const RUNNER_PID_VAR = 'TCP_LAB_RUNNER_PID';

/** Process groups still alive, by leader pid, with the marker they carry. */
const live = new Map<number, string>();
let handlersInstalled = false;

export function track(pid: number, marker: string): void {
  live.set(pid, marker);
}

export function untrack(pid: number): void {
  live.delete(pid);
}

export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the group is already gone
  }
}

/** Every live process carrying a run marker, with that marker (Linux /proc; none elsewhere). */
function markedProcesses(): { pid: number; marker: string }[] {
  const found: { pid: number; marker: string }[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return found;
  }
  const prefix = `${MARKER_VAR}=`;
  for (const entry of entries) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      const marker = readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').find((v) => v.startsWith(prefix));
      if (marker && !isZombie(pid)) found.push({ pid, marker: marker.slice(prefix.length) });
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Pids of live processes whose environment carries this marker. */
export function findMarked(marker: string): number[] {
  return markedProcesses().filter((p) => p.marker === marker).map((p) => p.pid);
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

/** A process's command line (its first 80 characters), or undefined once it is gone. */
export function commandOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean).join(' ').slice(0, 80);
  } catch {
    return undefined;
  }
}

export function killMarked(marker: string): number[] {
  const pids = findMarked(marker);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  return pids;
}

/**
 * Kills marked processes whose runner is gone: a runner killed with SIGKILL
 * (or a test worker torn down) had no chance to clean up. Markers start with
 * the runner's pid, so a live runner's programs are never touched.
 */
export function reapOrphans(): number[] {
  const reaped: number[] = [];
  for (const { pid, marker } of markedProcesses()) {
    const runner = Number(marker.split('.')[0]); // markers are "<runner pid>.<uuid>"
    if (!Number.isInteger(runner) || runner <= 0 || runner === process.pid || isAlive(runner)) continue;
    try {
      process.kill(pid, 'SIGKILL');
      reaped.push(pid);
    } catch {
      // already gone
    }
  }
  return reaped;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Synchronous last resort: used on exit and on signals, when nothing async can run. */
export function killAllNow(): void {
  for (const [pid, marker] of live) {
    signalGroup(pid, 'SIGKILL');
    killMarked(marker);
  }
  live.clear();
  // Programs started in a submission's sandbox carry this run's pid too: gone now, not once their sandbox notices.
  const prefix = `${process.pid}.`;
  for (const { pid, marker } of markedProcesses()) {
    if (!marker.startsWith(prefix)) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/** A CLI calls this once: Ctrl-C, SIGTERM or SIGHUP end the run and everything it started. */
export function installExitHandlers(onSignal?: (signal: NodeJS.Signals) => void): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  reapOrphans();
  process.on('exit', killAllNow);
  // A reader that went away (`npm run step 3 | head`) ends the run like Ctrl-C, without a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      killAllNow();
      process.exit(1);
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      killAllNow();
      onSignal?.(signal);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
