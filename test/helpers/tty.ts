// Drives a kit command through a real pseudo-terminal, as a person would:
// tmux runs it (on a tmux server of its own), the test types keys and reads
// the screen. Waits are on screen content with deadlines, never sleeps.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { KIT_ROOT } from '../../checks/harness/compile.ts';

/** These tests need tmux (and Linux's /proc to find what a command left running). */
export const HAS_TMUX = spawnSync('tmux', ['-V']).status === 0 && existsSync('/proc/self/environ');

export interface TtyOptions {
  env?: Record<string, string>;
  cols?: number;
  rows?: number;
}

export class Tty {
  /** Every process the command starts carries this in its environment. */
  readonly id = randomUUID();
  private readonly socket = `lab-e2e-${process.pid}-${this.id.slice(0, 8)}`;

  private constructor() {}

  /** Starts `command` (a shell command line run from the kit's root). */
  static start(command: string, o: TtyOptions = {}): Tty {
    const tty = new Tty();
    // A clean environment: what a student's shell would have, plus the test's choices.
    const env = {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      TERM: 'xterm-256color',
      LANG: 'C.UTF-8',
      LAB_E2E_ID: tty.id,
      ...o.env,
    };
    // The shell prints the exit status: tmux does not always record it for a dead pane.
    const script = `${command}; echo "[exit $?]"`;
    tty.tmux(['new-session', '-d', '-x', String(o.cols ?? 120), '-y', String(o.rows ?? 50), '-c', KIT_ROOT, script], env);
    // Keep the pane once the command has ended, to read its last words and its exit status.
    tty.tmux(['set-option', '-t', '0', 'remain-on-exit', 'on']);
    return tty;
  }

  private tmux(args: string[], env: NodeJS.ProcessEnv = process.env): string {
    const r = spawnSync('tmux', ['-L', this.socket, '-f', '/dev/null', ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tmux ${args[0]} failed: ${r.stderr}`);
    return r.stdout;
  }

  /** The screen, with the scrollback above it. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-1000', '-t', '0']);
  }

  /** Named keys, as tmux knows them: Enter, Down, C-c… */
  keys(...keys: string[]): void {
    this.tmux(['send-keys', '-t', '0', ...keys]);
  }

  type(text: string): void {
    this.tmux(['send-keys', '-t', '0', '-l', text]);
  }

  /** Resolves with the screen once `pattern` shows on it; fails at the deadline. */
  async waitFor(pattern: RegExp | string, ms = 10_000): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const screen = this.screen();
      if (typeof pattern === 'string' ? screen.includes(pattern) : pattern.test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`not on screen within ${ms} ms: ${pattern}\n--- screen ---\n${screen}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits until the command has ended; resolves with its exit status, or null if killed by a signal. */
  async exited(ms = 10_000): Promise<number | null> {
    const deadline = Date.now() + ms;
    for (;;) {
      const dead = this.tmux(['display-message', '-p', '-t', '0', '#{pane_dead}']).trim() === '1';
      if (dead) {
        const status = /\[exit (\d+)\]\s*$/.exec(this.screen().replace(/Pane is dead.*\s*$/, ''));
        return status ? Number(status[1]) : null;
      }
      if (Date.now() > deadline) throw new Error(`still running after ${ms} ms: ${this.describe()}\n--- screen ---\n${this.screen()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** The command's processes, for a failure message. */
  describe(): string {
    return this.processes()
      .map((pid) => `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'latin1').replace(/\0/g, ' ').trim().slice(0, 100)}`)
      .join('; ');
  }

  /** Kills the terminal and what still runs in it. */
  close(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }

  /** Programs under test still alive: started by the kit's harness (they carry its marker). */
  programs(): number[] {
    return this.processes().filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes('\0TCP_LAB_RUN=');
      } catch {
        return false;
      }
    });
  }

  /** Waits (up to `ms`) until no program under test is alive; returns those still alive then. */
  async programsGone(ms = 3000): Promise<number[]> {
    const deadline = Date.now() + ms;
    let left = this.programs();
    while (left.length && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      left = this.programs();
    }
    return left;
  }

  /** Processes still alive that the command started (the command itself included). */
  processes(): number[] {
    const needle = `LAB_E2E_ID=${this.id}`;
    const found: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (!readFileSync(`/proc/${entry}/environ`, 'latin1').split('\0').includes(needle)) continue;
        const stat = readFileSync(`/proc/${entry}/stat`, 'latin1');
        const cmd = readFileSync(`/proc/${entry}/cmdline`, 'latin1');
        // The pane's shell keeps the screen; only the kit's processes count.
        if (!cmd.startsWith('tmux') && !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) found.push(Number(entry));
      } catch {
        // gone meanwhile
      }
    }
    return found;
  }
}
