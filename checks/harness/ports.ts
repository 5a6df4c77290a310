// Every program gets its own port, so checks and submissions run side by
// side. Ports come from below the kernel's ephemeral range, so the checker's
// own outgoing connections never take a port a server is about to bind.
// A port is reserved by a lock file before it is handed out: two runs at
// once (a student's watch mode and a test, parallel graders) would otherwise
// both find it free, and one's checks would talk to the other's server.
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InternalError } from './failure.ts';
import { isAlive } from './reaper.ts';

const LOW = 20000;
const HIGH = 32000;
const SHARED_LOCKS = join(tmpdir(), 'tcp-lab-ports');
let locks: string | undefined;

/**
 * The lock folder, shared by every user of the machine (sticky and open to
 * all, as /tmp is: a user's runs then also avoid another's ports); where a
 * shared one exists that this user cannot write to, a folder of its own.
 */
function locksDir(): string {
  if (locks) return locks;
  try {
    mkdirSync(SHARED_LOCKS, { mode: 0o1777 });
    chmodSync(SHARED_LOCKS, 0o1777); // past the umask
  } catch {
    // there already
  }
  try {
    accessSync(SHARED_LOCKS, constants.W_OK);
    locks = SHARED_LOCKS;
  } catch {
    locks = `${SHARED_LOCKS}-${process.getuid?.() ?? 'user'}`;
    mkdirSync(locks, { recursive: true });
  }
  return locks;
}
const handedOut = new Set<number>();

/** True when a server could listen on host:port now. */
/**
 * Connections of `port` still in TIME_WAIT (Linux /proc/net/tcp; 0 elsewhere).
 * The side that closed first keeps them about 60 s. Node listens anyway (it
 * sets SO_REUSEADDR); Python's socket does not, and bind() then fails with
 * "Address already in use".
 */
export function timeWaitCount(port: number): number {
  let text = '';
  try {
    text = readFileSync('/proc/net/tcp', 'latin1');
  } catch {
    return 0;
  }
  const local = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return text.split('\n').filter((line) => {
    const f = line.trim().split(/\s+/);
    return f[1]?.endsWith(local) && f[3] === '06'; // 06: TIME_WAIT
  }).length;
}

export function canListen(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** Takes the port's lock file, or a stale one whose run is gone. */
function reserve(port: number): boolean {
  const lock = join(locksDir(), String(port));
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return true;
    } catch {
      let owner = 0;
      try {
        owner = Number(readFileSync(lock, 'utf8'));
      } catch {
        continue; // released meanwhile: try again
      }
      if (owner === process.pid || (owner > 0 && isAlive(owner))) return false;
      try {
        unlinkSync(lock); // its run died without releasing it
      } catch {
        // another run cleared it first
      }
    }
  }
  return false;
}

function unreserve(port: number): void {
  try {
    unlinkSync(join(locksDir(), String(port)));
  } catch {
    // already gone
  }
}

export async function freePort(): Promise<number> {
  locksDir();
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port) || !reserve(port)) continue;
    if (await canListen(port)) {
      handedOut.add(port);
      return port;
    }
    unreserve(port);
  }
  throw new InternalError('could not find a free port on 127.0.0.1 after 200 tries');
}

/** Lets a port be handed out again once its program is gone. */
export function releasePort(port: number): void {
  handedOut.delete(port);
  unreserve(port);
}

// On the way out a run's remaining reservations go with it (a killed run's
// locks are taken over later: their owner is gone).
process.on('exit', () => {
  for (const port of handedOut) unreserve(port);
});
