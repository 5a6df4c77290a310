// Every program gets its own port, so checks and submissions run side by
// side. Ports come from below the kernel's ephemeral range, so the checker's
// own outgoing connections never take a port a server is about to bind.
import { createServer } from 'node:net';
import { InternalError } from './failure.ts';

const LOW = 20000;
const HIGH = 32000;
const handedOut = new Set<number>();

function tryBind(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host: '127.0.0.1', exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const port = LOW + Math.floor(Math.random() * (HIGH - LOW));
    if (handedOut.has(port)) continue;
    if (await tryBind(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new InternalError('could not find a free port on 127.0.0.1 after 200 tries');
}

/** Lets a port be handed out again once its program is gone. */
export function releasePort(port: number): void {
  handedOut.delete(port);
}
