// Grading a class is bound by CPU, and starting a program is most of what a
// check costs. In a step whose server serves clients for ever and only
// talks over sockets (step data: `reuseServer`), a check may take over a
// server that an earlier check of the same run left running, but only
// after that check passed; a check that fails on a taken-over server is run
// again on a fresh one (see runner.ts). So every verdict is the one a fresh
// server gives, and a correct submission starts a few servers, not one a check.
import { releasePort } from './ports.ts';
import { findMarked } from './reaper.ts';
import type { Program } from './program.ts';

export interface PooledServer {
  program: Program;
  port: number;
}

export class ServerPool {
  private readonly idle: PooledServer[] = [];
  private readonly waiting: (() => void)[] = [];
  /** Servers that exist for this pool: idle, or held by a check. */
  private live = 0;

  /** `max` servers at most: past it a check waits for one to be handed back. */
  constructor(private readonly max: number) {}

  /** A running server to take over, or undefined: then start one and hand it back or `drop` it. */
  async take(): Promise<PooledServer | undefined> {
    for (;;) {
      const server = this.idle.pop();
      if (server && !server.program.exited) return server;
      if (server) void this.retire(server);
      else if (this.live < this.max) {
        this.live++;
        return undefined;
      } else await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /**
   * Back to the pool after a check passed with it, if it is still fit: still
   * running, and it started no process (those are found when it is stopped,
   * and fail the check that stops it). False: the caller stops it.
   */
  giveBack(server: PooledServer): boolean {
    const own = server.program.pid;
    if (server.program.exited || findMarked(server.program.marker).some((pid) => pid !== own)) {
      this.drop();
      return false;
    }
    this.idle.push(server);
    this.waiting.shift()?.();
    return true;
  }

  /** A server of this pool was stopped by the check that held it (or never started). */
  drop(): void {
    this.live--;
    this.waiting.shift()?.();
  }

  /** Stops the servers no check holds; the run is over. */
  async drain(): Promise<void> {
    const servers = this.idle.splice(0);
    await Promise.all(servers.map((s) => this.retire(s)));
  }

  private async retire(server: PooledServer): Promise<void> {
    this.live--;
    await server.program.stop();
    releasePort(server.port);
  }
}
