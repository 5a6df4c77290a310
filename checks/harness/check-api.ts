// What a check's `run` receives, and all it may do: the one file to read
// (with an existing step, e.g. checks/01-blocking-accept.ts) before writing
// a check. The harness behind it starts the programs, owns every socket and
// process, and stops them all when the check ends, however it ends.
//
// A step is data: `defineStep({ step, slug, title, concept, checks })` (see
// types.ts). A check is `{ id, title, role, hints, run, needs?, points?,
// heavy?, timeoutMs? }`; its title and hints are catalog messages,
// `msg('step1.echo.title')`, written once per language in
// checks/i18n/messages.en.ts and messages.fr.ts (CONTRIBUTING.md: adding a
// message).
//
// In `run(t)`:
// - start what is checked: `t.server()` (on a port of its own, with HOST
//   and PORT set), `t.client(port)`, or `t.clientSession()` (the client
//   against a server the checker plays);
// - talk to a server: `t.connect(server)` gives a Conn, which sends (whole,
//   split inside a character, byte by byte, merged lines), expects a line,
//   nothing, a close, and injects faults (half-close, reset, stop reading);
// - expect of a program: output, an exit, still running;
// - fail with `t.fail({ sent, expected, received, hint, cause })`: each a
//   Message (`msg(id, values)`); quoted wire text is a value, `show(line)`.
//   Every wait has a deadline; absence is waited for at most 300 ms.
import type { Text } from '../i18n/index.ts';
import type { Conn, DialOptions } from './connection.ts';
import type { FailureInit } from './failure.ts';
import type { FakeServer } from './fake-server.ts';
import type { ExitInfo, Program } from './program.ts';

export type { Conn } from './connection.ts';
export type { FakeServer } from './fake-server.ts';
export type { ExitInfo, Program } from './program.ts';

export interface RunOptions {
  /** The program's name in the transcript and the messages ("restarted server"). */
  name?: string;
  args?: string[];
  env?: Record<string, string>;
}

/** A server under test, and the port it was told to listen on. */
export interface ServerHandle {
  program: Program;
  port: number;
}

/** What a program is expected to do, and what to say when it does not. */
export interface ProgramExpectation {
  ms?: number;
  /** What the checker did, for the failure's "sent". */
  sent?: Text;
  /** A hint about this failure; by default the harness's own when the program crashed. */
  hint?: Text;
}

export interface CheckApi {
  /** The step folder under test. */
  readonly dir: string;
  /** True when this check ran on a server an earlier check started (grading reuses servers). */
  readonly reusedServer: boolean;

  /** Starts the server program on a free port of its own (or takes over one an earlier check left running). */
  server(o?: RunOptions & { port?: number }): Promise<ServerHandle>;
  /** Starts the client program, pointed at `port`. */
  client(port: number, o?: RunOptions): Promise<Program>;
  /** The client under test, started against a server the checker plays, and its accepted connection. */
  clientSession(o?: RunOptions): Promise<{ client: Program; server: Conn; fake: FakeServer }>;
  /** A server played by the checker. */
  fakeServer(): Promise<FakeServer>;
  /** Connects to a server, retrying while it starts; fails early if it exits instead. Connections are named A, B, C… */
  connect(server: ServerHandle, name?: string, o?: DialOptions): Promise<Conn>;
  /** A fresh free port (for a program, or for a place where nothing listens). */
  port(): Promise<number>;

  /** The program must print a line containing `text` on stdout within `ms`. */
  expectOutput(program: Program, text: string, o?: ProgramExpectation & { expected?: Text }): Promise<string>;
  /** The program must exit within `ms`, with `code` when given; `why` ends the expectation ("after its reply"). */
  expectExit(program: Program, o?: ProgramExpectation & { code?: number; why?: Text }): Promise<ExitInfo>;
  /** Absence: the program is still running after `ms` (at most 300 ms). */
  expectRunning(program: Program, o?: ProgramExpectation & { why?: Text }): Promise<void>;

  /** Ends the check as failed. */
  fail(init: FailureInit): never;
  /** A line in the transcript, to mark a phase of the check. */
  note(text: Text): void;
  /** Runs when the check ends, however it ends. */
  defer(fn: () => Promise<void> | void): void;
  /** A scratch folder, removed when the check ends. */
  tempDir(): Promise<string>;
}
