// Runs a step's server or client by hand, the way the checks run it (same
// file choice, same TypeScript build) but on the step's default address and
// with the terminal attached: the student types, reads, and stops it with
// Ctrl-C. The program runs in its own process group, so stopping it stops
// whatever it started too.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { relative } from 'node:path';
import { createInterface } from 'node:readline';
import { Chalk } from 'chalk';
import { compileTs, CompileError, KIT_ROOT } from '../harness/compile.ts';
import { candidateNames, exitedAs, findProgram, type ExitInfo, type Role } from '../harness/program.ts';
import { canListen, timeWaitCount } from '../harness/ports.ts';
import { MARKER_VAR, killMarked, signalGroup, track, untrack } from '../harness/reaper.ts';
import type { Step } from '../harness/types.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { wantsColor } from '../report/pretty.ts';
import { foldWidth, wrap } from '../report/wrap.ts';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = '4000';
const STOP_GRACE_MS = 1000;

export interface ByHandOptions {
  step: Step;
  role: Role;
  /** The folder of the programs (a step of the kit, or of the reference). */
  dir: string;
  /** Command-line words (the client's message). */
  args?: string[];
  lang: Lang;
}

async function commandFor(file: string): Promise<string[]> {
  if (file.endsWith('.py')) return ['python3', '-u', file];
  if (file.endsWith('.ts')) return [process.execPath, '--enable-source-maps', await compileTs(file)];
  return [process.execPath, file];
}

/** Runs the program until it exits or the user stops it; resolves with its exit code (0 when stopped). */
export async function runByHand(o: ByHandOptions): Promise<number> {
  const t = translator(o.lang);
  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  // Wrapped to the terminal: an 80-column window must not cut these words in two.
  const say = (text: string) => process.stdout.write(`${text ? wrap(text, foldWidth()).join('\n') : ''}\n`);
  const { dir } = o;
  const file = findProgram(dir, o.role);
  if (!file) {
    process.stderr.write(`${t('run.missing', { role: o.role, dir: relative(KIT_ROOT, dir), files: candidateNames(o.role) })}\n`);
    return 1;
  }
  let command: string[];
  try {
    command = await commandFor(file);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    process.stderr.write(`${t('run.compile', { file: relative(KIT_ROOT, file), message: error.message })}\n`);
    return 1;
  }

  const host = process.env.HOST || DEFAULT_HOST;
  const port = process.env.PORT || DEFAULT_PORT;
  const vars = { n: o.step.step, file: relative(KIT_ROOT, file), host, port };
  // A server left running in another terminal holds the port: say so, rather than let the program die on EADDRINUSE.
  if (o.role === 'server' && !(await canListen(Number(port), host))) {
    process.stderr.write(`${wrap(t('run.portBusy', vars), foldWidth(process.stderr)).join('\n')}\n`);
    return 1;
  }
  // A Python server started again right after a run: its old connections wait in TIME_WAIT.
  if (o.role === 'server' && file.endsWith('.py') && timeWaitCount(Number(port)) > 0) {
    process.stderr.write(`${wrap(c.yellow(t('run.timeWait', vars)), foldWidth(process.stderr)).join('\n')}\n`);
  }
  say(c.bold(t(o.role === 'server' ? 'run.server' : 'run.client', vars)));
  say(c.dim(t(o.role === 'server' ? 'run.serverTalk' : 'run.clientTalk', vars)));
  say(c.dim(t('run.stdin')));
  say('');

  const marker = `${process.pid}.${randomUUID()}`;
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: host, PORT: port, [MARKER_VAR]: marker };
  delete env.NODE_OPTIONS; // the kit's own loader options are not the program's
  const [cmd, ...args] = command;
  // Its own process group: Ctrl-C reaches us, and we stop the whole group.
  const child = spawn(cmd, [...args, ...(o.args ?? [])], { cwd: dir, env, detached: true, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited: Promise<ExitInfo> = once(child, 'exit').then(([code, signal]) => ({ code, signal }) as ExitInfo);
  if (child.pid) track(child.pid, marker);
  child.stdin.on('error', () => {}); // typing to a program that already quit is not a crash
  let stopping = false;

  const stop = async (): Promise<void> => {
    if (stopping || !child.pid) return;
    stopping = true;
    signalGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  // On a terminal, readline edits the line and turns Ctrl-C into an event
  // (raw mode) and Ctrl-D into "close"; elsewhere stdin is piped as it is.
  const rl = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout, terminal: true, prompt: '' }) : undefined;
  if (rl) {
    rl.on('line', (line) => child.stdin.write(`${line}\n`));
    rl.on('close', () => child.stdin.end());
    rl.on('SIGINT', () => void stop());
  } else {
    process.stdin.pipe(child.stdin);
  }
  const onSignal = () => void stop();
  process.on('SIGINT', onSignal);

  const info = await exited;
  process.off('SIGINT', onSignal);
  if (rl) {
    rl.removeAllListeners('close');
    rl.close();
  } else {
    process.stdin.unpipe(child.stdin);
    process.stdin.pause();
  }
  if (child.pid) {
    signalGroup(child.pid, 'SIGKILL'); // whatever it started and left in its group
    killMarked(marker); // and whatever escaped the group
    untrack(child.pid);
  }
  say('');
  say(c.dim(stopping ? t('run.stopped') : t('run.exited', { how: exitedAs(info) })));
  return stopping ? 0 : (info.code ?? 1);
}
