// What a check may do, and all it may do: start the program under test,
// open connections, play a server for a client, wait with deadlines.
// The context owns everything it started and cleans it up.
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CheckApi, RunOptions, ServerHandle } from './check-api.ts';
import { dial, REPLY_MS, ABSENCE_MS, type Conn, type DialOptions } from './connection.ts';
import { FakeServer } from './fake-server.ts';
import { msg, type Message, type Text, type Var } from '../i18n/index.ts';
import { CheckFailure, show, showAll, seconds, type FailureInit } from './failure.ts';
import { freePort, releasePort } from './ports.ts';
import { exitBrief, exitedAs, Program, programLabel, type ExitInfo, type Role } from './program.ts';
import type { ServerPool } from './server-pool.ts';
import { Transcript } from './transcript.ts';
import { crashSummary } from './crash-summary.ts';
import { within } from './within.ts';

/** Folders of checks still running: an interrupted run (Ctrl-C) removes them on its way out. */
const liveTempDirs = new Set<string>();
process.on('exit', () => {
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true });
});

export const STILL_RUNNING_HINT = msg('hint.harness.stillRunning');

export class CheckRun implements CheckApi {
  readonly transcript = new Transcript();
  private readonly programs: Program[] = [];
  private readonly conns: Conn[] = [];
  private readonly fakes: FakeServer[] = [];
  private readonly ports: number[] = [];
  private readonly cleanups: (() => Promise<void> | void)[] = [];
  private connCount = 0;
  /** Set by cleanup: a check body still running after a timeout or a cancel may start nothing more. */
  private closed = false;
  /** The server of `pool` this check holds, and whether an earlier check started it. */
  private held?: { server: ServerHandle; reused: boolean };

  /**
   * `step` only makes messages name the right commands (npm run server -- N).
   * With `pool`, a server started with no options comes from it (grading).
   */
  constructor(readonly dir: string, readonly step?: number, private readonly pool?: ServerPool) {}

  /** True when this check ran on a server an earlier check started. */
  get reusedServer(): boolean {
    return this.held?.reused ?? false;
  }

  /** Starts the server program on a free port of its own. */
  async server(o: RunOptions & { port?: number } = {}): Promise<ServerHandle> {
    const plain = !o.port && !o.name && !o.args && !o.env;
    if (this.pool && plain && !this.held) return this.pooledServer(this.pool);
    const port = o.port ?? (await this.port());
    const program = await this.start('server', o.name ?? 'server', { HOST: '127.0.0.1', PORT: String(port), ...o.env }, o.args);
    return { program, port };
  }

  private async pooledServer(pool: ServerPool): Promise<ServerHandle> {
    const taken = await pool.take();
    if (this.closed) {
      // The check ended while it waited for a server: not this check's to keep.
      if (!taken) pool.drop();
      else if (!pool.giveBack(taken)) void taken.program.stop().then(() => releasePort(taken.port));
      this.assertOpen();
    }
    if (taken) {
      this.held = { server: taken, reused: true };
      taken.program.attach(this.transcript);
      this.note(msg('event.serverReused', { port: taken.port }));
      return taken;
    }
    try {
      const server = await this.server({ port: await this.port() });
      this.held = { server, reused: false };
      return server;
    } catch (error) {
      pool.drop();
      throw error;
    }
  }

  /** Starts the client program, pointed at `port`. */
  client(port: number, o: RunOptions = {}): Promise<Program> {
    return this.start('client', o.name ?? 'client', { HOST: '127.0.0.1', PORT: String(port), ...o.env }, o.args);
  }

  private async start(role: Role, name: string, env: Record<string, string>, args?: string[]): Promise<Program> {
    this.assertOpen();
    const program = await Program.start({ dir: this.dir, role, name, env, args, transcript: this.transcript });
    if (this.closed) {
      program.signal('SIGKILL');
      await program.stop();
      this.assertOpen();
    }
    this.programs.push(program);
    return program;
  }

  /** A fresh free port (for a program, or for a place where nothing listens). */
  async port(): Promise<number> {
    const port = await freePort();
    this.ports.push(port);
    return port;
  }

  /** Connects to a server, waiting while it starts; fails early if it exits instead. */
  async connect(server: ServerHandle, name = this.nextName(), o: DialOptions = {}): Promise<Conn> {
    const { program } = server;
    const conn = await dial(name, server.port, this.transcript, {
      ...o,
      gaveUp: () => (program.exited ? exitedNote(program, msg('when.beforeAccepting')) : null),
      gaveUpHint: () => crashHint(program, this.step),
    });
    if (this.closed) conn.destroy();
    this.assertOpen();
    this.conns.push(conn);
    return conn;
  }

  private assertOpen(): void {
    if (this.closed) throw new CheckFailure({ expected: msg('expected.checkGoesOn'), received: msg('received.checkOver'), cause: 'check-timeout' });
  }

  private nextName(): string {
    return String.fromCharCode(65 + (this.connCount++ % 26));
  }

  /** A server played by the checker, for the client part of a step. */
  async fakeServer(): Promise<FakeServer> {
    this.assertOpen();
    const fake = await FakeServer.listen(this.transcript);
    if (this.closed) await fake.close();
    this.assertOpen();
    this.fakes.push(fake);
    return fake;
  }

  /** The client under test, started against a fake server, and its accepted connection. */
  async clientSession(o: RunOptions = {}): Promise<{ client: Program; server: Conn; fake: FakeServer }> {
    const fake = await this.fakeServer();
    const client = await this.client(fake.port, o);
    const exited = client.exit.then(() => exitedNote(client, msg('when.withoutConnecting')));
    const server = await fake.accept(10_000, exited, () => crashHint(client, this.step));
    return { client, server, fake };
  }

  /** The program must print a line containing `text` on stdout, within `ms`. */
  async expectOutput(program: Program, text: string, o: { ms?: number; sent?: Text; hint?: Text; expected?: Text } = {}): Promise<string> {
    const ms = o.ms ?? REPLY_MS;
    const out = program.stdout;
    const r = await out.waitFor((l) => l.includes(text), ms, out.cursor);
    if (r.kind === 'line') {
      out.cursor = r.index + 1;
      return r.line;
    }
    const printed = out.unread();
    let received: Message = printed.length ? msg('received.otherLines', { lines: showAll(printed.slice(-5)) }) : msg('received.nothingPrinted', { time: seconds(ms) });
    if (r.kind === 'ended') {
      await program.drained();
      const exit = program.exited ? exitBrief(program.exited) : msg('exit.outputClosed');
      received = withStderr(program, printed.length ? msg('received.thenProgramEnded', { text: received, exit }) : msg('received.programEnded', { exit }));
    } else if (out.partial) received = msg('received.andPartial', { text: received, q: show(out.partial) });
    const expected = o.expected ?? msg('expected.lineContaining', { q: show(text), name: programLabel(program.name) });
    this.fail({ sent: o.sent, expected, received, hint: o.hint ?? crashHint(program, this.step), cause: r.kind === 'ended' ? 'exited' : 'no-reply' });
  }

  /** The program must exit within `ms`, with `code` when given. */
  async expectExit(program: Program, o: { code?: number; ms?: number; sent?: Text; hint?: Text; why?: Text } = {}): Promise<ExitInfo> {
    const ms = o.ms ?? REPLY_MS;
    const name = programLabel(program.name);
    const { code, why } = o;
    const expected =
      code === undefined ? (why ? msg('expected.exitWhy', { name, why }) : msg('expected.exit', { name })) : why ? msg('expected.exitCodeWhy', { name, code, why }) : msg('expected.exitCode', { name, code });
    const info = await program.waitExit(ms);
    if (!info) this.fail({ sent: o.sent, expected, received: msg('received.stillRunning', { time: seconds(ms) }), hint: o.hint ?? STILL_RUNNING_HINT, cause: 'still-running' });
    await program.drained();
    if (code !== undefined && (info.code !== code || info.signal)) {
      this.fail({ sent: o.sent, expected, received: withStderr(program, msg('received.itExited', { how: exitedAs(info) })), hint: o.hint ?? crashHint(program, this.step), cause: 'exit-code' });
    }
    return info;
  }

  /** Absence: the program is still running after `ms` (at most 300 ms). */
  async expectRunning(program: Program, o: { ms?: number; sent?: Text; hint?: Text; why?: Text } = {}): Promise<void> {
    const ms = Math.min(o.ms ?? ABSENCE_MS, ABSENCE_MS);
    const info = await program.waitExit(ms);
    if (info) {
      await program.drained();
      const name = programLabel(program.name);
      const expected = o.why ? msg('expected.keepRunningWhy', { name, why: o.why }) : msg('expected.keepRunning', { name });
      this.fail({ sent: o.sent, expected, received: withStderr(program, msg('received.itExited', { how: exitedAs(info) })), hint: o.hint ?? crashHint(program, this.step), cause: 'exited' });
    }
  }

  /**
   * A failure while a server of this check had crashed: the crash is the
   * cause to show (its stderr, and the hint to fix it first), whatever the
   * check was waiting for when it noticed.
   */
  async explainCrash(failure: CheckFailure): Promise<CheckFailure> {
    if (failure.cause === 'exited' || failure.cause === 'exit-code' || failure.cause === 'crashed') return failure; // the failure already says so
    const servers = [...this.programs, ...(this.held ? [this.held.server.program] : [])].filter((p) => basename(p.file).startsWith('server.'));
    // A server that dies closes its connections first: its exit comes a moment after the close the check saw.
    const running = servers.filter((p) => !p.exited);
    if ((failure.cause === 'closed' || failure.cause === 'reset') && running.length) await within(Promise.race(running.map((p) => p.exit)), ABSENCE_MS);
    const crashed = servers.find((p) => p.crashed);
    if (!crashed) return failure;
    await crashed.drained();
    return new CheckFailure({
      sent: failure.sent,
      expected: failure.expected,
      received: withStderr(crashed, msg('received.meanwhileExited', { text: failure.received, name: programLabel(crashed.name), exit: exitBrief(crashed.exited!) })),
      hint: crashHint(crashed, this.step) ?? failure.hint,
      cause: 'crashed',
    });
  }

  fail(init: FailureInit): never {
    throw new CheckFailure(init);
  }

  /** A line in the transcript, to mark a phase of the check. */
  note(text: Text): void {
    this.transcript.add('checker', '·', text);
  }

  defer(fn: () => Promise<void> | void): void {
    this.cleanups.push(fn);
  }

  async tempDir(): Promise<string> {
    this.assertOpen();
    const dir = await mkdtemp(join(tmpdir(), 'tcp-lab-'));
    if (this.closed) await rm(dir, { recursive: true, force: true }); // the check ended meanwhile
    this.assertOpen();
    liveTempDirs.add(dir);
    this.defer(async () => {
      await rm(dir, { recursive: true, force: true });
      liveTempDirs.delete(dir);
    });
    return dir;
  }

  /**
   * Stops everything; returns the processes the programs left behind.
   * `passed`: the server held from the pool goes back to it, still running.
   */
  async cleanup(passed = false): Promise<Message[]> {
    this.closed = true;
    for (const conn of this.conns) conn.destroy();
    if (this.held) this.handBack(this.held, passed);
    await Promise.all(this.programs.map((p) => p.stop()));
    await Promise.all(this.fakes.map((f) => f.close()));
    for (const fn of this.cleanups.reverse()) await fn();
    for (const port of this.ports) releasePort(port);
    return this.programs.flatMap((p) => p.leftovers.map((process) => msg('left.process', { name: programLabel(p.name), process })));
  }

  /** The held server goes back to the pool, or is stopped with this check's programs. */
  private handBack({ server, reused }: { server: ServerHandle; reused: boolean }, passed: boolean): void {
    const mine = () => {
      this.programs.splice(this.programs.indexOf(server.program), 1);
      this.ports.splice(this.ports.indexOf(server.port), 1);
    };
    if (!reused) mine(); // started by this check: the pool owns it from now on
    if (passed && this.pool!.giveBack(server)) return;
    if (!passed) this.pool!.drop();
    this.programs.push(server.program);
    this.ports.push(server.port);
  }
}

/** "the server exited (code 1) before …; its stderr …", once its output is all in. */
export async function exitedNote(program: Program, when: Message): Promise<Message> {
  const info = await program.exit;
  await program.drained();
  return withStderr(program, msg('received.programExited', { name: programLabel(program.name), exit: exitBrief(info), when }));
}

/** `text`, then "; its stderr says: <the error and where>" when the program said something there. */
export function withStderr(program: Program, text: Message): Message {
  const lines = [...program.stderr.lines, ...(program.stderr.partial ? [program.stderr.partial] : [])];
  if (!lines.some((l) => l.trim())) return text;
  return msg('received.withStderr', { text, stderr: crashSummary(lines).map((l) => `            ${l}`).join('\n') });
}

/** When the program crashed, the step's concept hint is beside the point: say where to look instead. */
export function crashHint(program: Program, step?: number): Message | undefined {
  const e = program.exited;
  if (!e || (e.code === 0 && !e.signal)) return undefined;
  const role = basename(program.file).replace(/\.\w+$/, ''); // server or client, whatever the transcript calls it
  const how: Var = step ? msg('hint.harness.crashCommand', { role, step }) : msg('hint.harness.crashByHand');
  return msg('hint.harness.crash', { name: programLabel(program.name), exit: exitBrief(e), how });
}

export type { RunOptions, ServerHandle } from './check-api.ts';
/** What a check receives, by the name the checks have long used: the author's interface. */
export type CheckContext = CheckApi;
