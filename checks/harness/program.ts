// The only place that starts the programs under test: picks the file,
// starts it in its own process group with a marker, captures its output
// with a cap, and stops it (SIGTERM, then SIGKILL) leaving nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { compileTs, CompileError } from './compile.ts';
import { LineQueue } from './lines.ts';
import { treeRssBytes } from './memory.ts';
import { confinedHere, sandboxed } from '../confine/program-sandbox.ts';
import { exitOfSandbox, SandboxInfo, unwatchMemory, watchMemory } from '../confine/sandboxed-process.ts';
import { MARKER_VAR, RUNNER_PID_VAR, commandOf, findMarked, signalGroup, track, untrack } from './reaper.ts';
import type { Transcript } from './transcript.ts';
import { msg, render, type Message, type Var } from '../i18n/index.ts';
import { within } from './within.ts';

export const EXTENSIONS = ['ts', 'mjs', 'js', 'py'] as const;
const OUTPUT_CAP = 1024 * 1024;
const STOP_GRACE_MS = 1000;
/**
 * A program that grows without bound must die at a cap, not starve the
 * machine that grades a whole class. RLIMIT_DATA (`ulimit -d`, set by a
 * `sh` that then execs the program: same pid, same process group, ~1 ms)
 * bounds what python3 and node can allocate, Buffers included; unlike
 * RLIMIT_AS it ignores the address space V8 only reserves (node then
 * dies with "JavaScript heap out of memory"). Where `ulimit -d` is not
 * enforced (macOS), Node's JS heap gets its own cap instead: not on Linux,
 * where the flag costs a third more CPU at every start.
 */
const DATA_CAP_KB = 512 * 1024;
const NODE_FLAGS = process.platform === 'linux' ? [] : ['--max-old-space-size=256'];

export type Role = 'server' | 'client';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A program could not be started at all (missing, does not compile). */
/** The program could not be started (missing, not compiling): said as a Message, `message` its English. */
export class StartError extends Error {
  constructor(readonly text: Message) {
    super(render('en', text));
  }
}

export function findProgram(dir: string, role: Role): string | undefined {
  for (const ext of EXTENSIONS) {
    const file = join(dir, `${role}.${ext}`);
    if (existsSync(file)) return file;
  }
  return undefined;
}

/**
 * The program file each role runs, and the files of the same role it leaves
 * aside: a server.py written next to the starter's server.ts is not run, and
 * the student must be told so rather than see the starter's failures.
 */
export function programFiles(dir: string, roles: Role[]): { programs: Partial<Record<Role, string>>; ignored: string[] } {
  const programs: Partial<Record<Role, string>> = {};
  const ignored: string[] = [];
  for (const role of roles) {
    const present = EXTENSIONS.map((e) => `${role}.${e}`).filter((name) => existsSync(join(dir, name)));
    if (present[0]) programs[role] = present[0];
    ignored.push(...present.slice(1));
  }
  return { programs, ignored };
}

/** The programs a step drives: "server", and "client" where it has client checks. */
export function stepRoles(step: { checks: { role: Role }[] }): Role[] {
  return [...new Set(step.checks.map((c) => c.role))];
}

/** The files looked for, in order: "server.ts, server.mjs, server.js, server.py". */
export function candidateNames(role: Role): string {
  return EXTENSIONS.map((e) => `${role}.${e}`).join(', ');
}

async function commandFor(file: string): Promise<string[]> {
  return withMemoryCap(await interpreterFor(file));
}

function withMemoryCap(command: string[]): string[] {
  if (process.platform === 'win32') return command;
  return ['/bin/sh', '-c', `ulimit -d ${DATA_CAP_KB} 2>/dev/null; exec "$@"`, 'sh', ...command];
}

async function interpreterFor(file: string): Promise<string[]> {
  const node = [process.execPath, ...NODE_FLAGS];
  if (file.endsWith('.py')) return ['python3', '-u', file];
  if (file.endsWith('.ts')) {
    try {
      return [...node, '--enable-source-maps', await compileTs(file)];
    } catch (error) {
      if (error instanceof CompileError) throw new StartError(msg('start.compile', { file, error: error.message }));
      throw error;
    }
  }
  return [...node, file];
}

export interface StartOptions {
  dir: string;
  role: Role;
  /** Name in the transcript: "server", "client", "client 2"… */
  name: string;
  args?: string[];
  env?: Record<string, string>;
  transcript: Transcript;
}

export class Program {
  readonly stdout: LineQueue;
  readonly stderr: LineQueue;
  readonly exit: Promise<ExitInfo>;
  exited: ExitInfo | null = null;
  /** The checker signalled it (a stop, a restart test): how it ended is then the checker's doing. */
  signalled = false;
  /** Processes found alive after stopping: the program left them behind. */
  leftovers: Message[] = [];
  /** In the environment of the program and all it starts; the runner's pid first, so a test can find what its own runs left behind. */
  readonly marker = `${runnerPid()}.${randomUUID()}`;
  /** Started in its own sandbox (confined grading): the child is bwrap, the program runs inside. */
  private readonly confined = confinedHere();
  private sandboxStrays?: LineQueue;
  /** The sandbox's first process (host pid), once bwrap has said it. */
  private sandboxInfo?: SandboxInfo;
  private child!: ChildProcess;
  private resolveExit!: (e: ExitInfo) => void;

  private constructor(readonly name: string, readonly file: string, private transcript: Transcript) {
    this.stdout = new LineQueue(100_000, (l) => this.transcript.add(`${name} stdout`, '←', l), true);
    this.stderr = new LineQueue(100_000, (l) => this.transcript.add(`${name} stderr`, '←', l), true);
    this.exit = new Promise((r) => (this.resolveExit = r));
  }

  static async start(o: StartOptions): Promise<Program> {
    const file = findProgram(o.dir, o.role);
    if (!file) throw new StartError(msg('start.missing', { role: programLabel(o.role), files: candidateNames(o.role), dir: o.dir }));
    // Confined, the sandbox sets every limit itself.
    const [cmd, ...args] = confinedHere() ? await interpreterFor(file) : await commandFor(file);
    const p = new Program(o.name, file, o.transcript);
    p.launch(cmd, [...args, ...(o.args ?? [])], o);
    return p;
  }

  /** It ended by itself, with an error code or a signal, while the check ran. */
  get crashed(): boolean {
    const e = this.exited;
    return Boolean(e && !this.signalled && (e.code !== 0 || e.signal));
  }

  /** From now on, what the program does is told in this transcript (a server taken over by the next check). */
  attach(transcript: Transcript): void {
    this.transcript = transcript;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Resident memory of the program and all it started, in bytes (null where it cannot be read). */
  rssBytes(): number | null {
    return this.child.pid && !this.exited ? treeRssBytes(this.child.pid) : null;
  }

  private launch(cmd: string, args: string[], o: StartOptions): void {
    const own = {
      ...o.env,
      [MARKER_VAR]: this.marker,
      NO_COLOR: '1',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONIOENCODING: 'utf-8',
    };
    const role = programLabel(o.role);
    const port = o.env?.PORT ?? '';
    this.transcript.add(this.name, '·', o.args?.length ? msg('event.startedArgs', { role, args: o.args.join(' '), port }) : msg('event.started', { role, port }));
    const stdio: ('pipe')[] = ['pipe', 'pipe', 'pipe'];
    if (this.confined) {
      // Only what the contract gives: paths in it (the step's state files) are shared with the checks.
      const sharedFiles = Object.values(o.env ?? {}).filter((v) => v.startsWith('/'));
      const s = sandboxed({ dir: o.dir, argv: [cmd, ...args], env: own, sharedFiles });
      // fd 3: the sandbox's init names there what the program left running; fd 4: held open
      // by this process only, its end of file tells the sandbox that the checker is gone.
      // fd 5: bwrap tells there the pid of the sandbox's first process, the program's group leader.
      const info = new SandboxInfo();
      this.sandboxInfo = info;
      try {
        this.child = spawn(s.command, ['--info-fd', '5', ...s.args], { cwd: '/', env: s.env, uid: s.uid, gid: s.gid, detached: true, stdio: [...stdio, 'pipe', 'pipe', info.fd] });
      } finally {
        info.close();
      }
      this.child.on('exit', () => info.remove());
      const strays = new LineQueue(16 * 1024, () => {}, true);
      this.capture(this.child.stdio[3] as NodeJS.ReadableStream, strays);
      this.sandboxStrays = strays;
    } else {
      const env: NodeJS.ProcessEnv = { ...process.env, ...own };
      delete env.NODE_OPTIONS; // the kit's own loader options are not the program's
      delete env.FORCE_COLOR;
      // Node parses this whole certificate bundle at every start, TLS or not:
      // more CPU than the start itself, paid ~90 times per graded submission,
      // for a lab that only speaks plain TCP on loopback.
      delete env.NODE_EXTRA_CA_CERTS;
      this.child = spawn(cmd, args, { cwd: o.dir, env, detached: true, stdio });
    }
    const { child } = this;
    if (child.pid) track(child.pid, this.marker);
    if (child.pid && this.confined) watchMemory(child.pid, () => this.transcript.add(this.name, '·', msg('event.memoryKilled')));
    this.capture(child.stdout!, this.stdout);
    this.capture(child.stderr!, this.stderr);
    child.stdin!.on('error', () => {}); // writing to a program that already quit is not our crash
    child.on('error', (error) => this.finish({ code: null, signal: null }, msg('event.couldNotStart', { error: error.message })));
    child.on('exit', (code, signal) => {
      if (child.pid && this.confined) unwatchMemory(child.pid);
      this.finish(this.confined ? exitOfSandbox(code, signal) : { code, signal });
    });
  }

  private capture(stream: NodeJS.ReadableStream, queue: LineQueue): void {
    stream.on('data', (chunk: Buffer) => {
      // Past the cap, keep draining (a blocked pipe would stall the program) but keep nothing.
      if (queue.bytes < OUTPUT_CAP) queue.push(chunk);
      else queue.bytes += chunk.length;
    });
    stream.on('end', () => queue.end());
  }

  private finish(info: ExitInfo, note?: Message): void {
    if (this.exited) return;
    this.exited = info;
    this.transcript.add(this.name, '·', note ?? exitedAs(info));
    this.resolveExit(info);
  }

  write(text: string): void {
    this.transcript.add(`${this.name} stdin`, '→', text.replace(/\n$/, ''));
    if (!this.child.stdin!.destroyed) this.child.stdin!.write(text);
  }

  endStdin(): void {
    this.transcript.add(`${this.name} stdin`, '·', msg('event.stdinEnd'));
    this.child.stdin!.end();
  }

  /** Resolves with the exit, or null if still running after `ms`. */
  async waitExit(ms: number): Promise<ExitInfo | null> {
    return this.exited ?? within(this.exit, ms);
  }

  /** Signals the whole process group (the program and what it started). */
  signal(signal: NodeJS.Signals): void {
    this.signalled = true;
    const pid = this.child.pid;
    if (!pid) return;
    // Confined, the program's group is led by the sandbox's first process; before it exists, stopping bwrap stops all.
    signalGroup(this.sandboxInfo?.childPid() ?? pid, signal);
  }

  /**
   * Stops the program and everything it started. Processes that survive
   * their group's SIGTERM, or escaped the group, are killed and recorded
   * in `leftovers`: the contract says nothing may outlive the program.
   */
  async stop(): Promise<void> {
    const pid = this.child.pid;
    if (!pid) return;
    this.signal('SIGTERM');
    if (!(await this.waitExit(STOP_GRACE_MS))) {
      this.transcript.add(this.name, '·', msg('event.killedAfterTerm', { time: `${STOP_GRACE_MS} ms` }));
    }
    this.signal('SIGKILL');
    await this.exit;
    // Confined, what escaped the program's group died with its sandbox; its init named them first.
    if (this.sandboxStrays) {
      // Its end of file comes once bwrap and the init are gone, which they are now: bounded, not a guess.
      await this.sandboxStrays.waitFor(() => false, 2000);
      this.leftovers.push(...this.sandboxStrays.lines.map(strayOfSandbox));
    }
    // Unconfined, what escaped the group is found by its marker (confined, nothing outlives the sandbox).
    const strays = this.confined ? [] : await this.strays();
    for (const stray of strays) {
      this.leftovers.push(processOf(stray, commandOf(stray)));
      try {
        process.kill(stray, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    untrack(pid);
  }

  /** Marked processes still alive once the group was killed; waits briefly for those already dying. */
  private async strays(): Promise<number[]> {
    const deadline = Date.now() + 200;
    let pids = findMarked(this.marker);
    while (pids.length > 0 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
      pids = findMarked(this.marker);
    }
    return pids;
  }

  /** Waits (up to `ms`) until stdout and stderr are closed: after an exit, all output is then in. */
  async drained(ms = 1000): Promise<void> {
    await Promise.all([this.stdout.waitFor(() => false, ms), this.stderr.waitFor(() => false, ms)]);
  }

  /** The last lines of stderr, for messages about a crash. */
  stderrTail(lines = 6): string {
    const all = [...this.stderr.lines, ...(this.stderr.partial ? [this.stderr.partial] : [])];
    return all.slice(-lines).join('\n');
  }
}

/** The run the programs belong to: the grader, for a submission's sandbox (so that its exit or a later sweep finds them). */
function runnerPid(): number {
  return Number(process.env[RUNNER_PID_VAR]) || process.pid;
}

/** How a program ended, in brackets: "code 1", "signal SIGKILL". */
export function exitBrief(info: ExitInfo): Message {
  if (info.signal) return msg('exit.signal', { signal: info.signal });
  // Node's own code for "the program ended while a top-level await was still waiting".
  if (info.code === 13) return msg('exit.awaitNeverFinished');
  return info.code === null ? msg('exit.noCode') : msg('exit.code', { code: info.code });
}

/** How a program ended, as what it did: "exited with code 1". */
export function exitedAs(info: ExitInfo): Message {
  if (info.signal) return msg('exited.signal', { signal: info.signal });
  if (info.code === 13) return msg('exited.awaitNeverFinished');
  return info.code === null ? msg('exited.noCode') : msg('exited.code', { code: info.code });
}

/** A program's name as the messages say it: the checks name them by role ("server", "restarted server"). */
export function programLabel(name: string): Var {
  const known: Record<string, Message> = { server: msg('program.server'), client: msg('program.client'), 'restarted server': msg('program.restartedServer') };
  return known[name] ?? name;
}

/** A process left running, as its describer wrote it ("pid 12 (sleep 100)", the sandbox's init the same way). */
function strayOfSandbox(line: string): Message {
  const m = /^pid (\d+)(?: \((.*)\))?$/.exec(line);
  return m ? processOf(Number(m[1]), m[2]) : msg('left.pidCommand', { pid: '?', command: line });
}

function processOf(pid: number, command?: string): Message {
  return command === undefined ? msg('left.pid', { pid }) : msg('left.pidCommand', { pid, command });
}
