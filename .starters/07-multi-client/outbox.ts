// What the server owes one client. This first version writes each line
// straight away. Run it: npm run server -- 7, then several `nc 127.0.0.1 4000`.
import type { Socket } from 'node:net';

/** Bytes a client may owe before it is disconnected. */
export const MAX_UNSENT = 1024 * 1024;

export class Outbox {
  constructor(
    private readonly socket: Socket,
    /** To call once when the client falls too far behind. */
    private readonly onOverflow: () => void,
  ) {}

  /** Queues one line (without its "\n"). */
  push(line: string): void {
    // TODO (backpressure): a client that never reads makes Node keep its
    //   output in memory (socket.writableLength grows). Past MAX_UNSENT,
    //   call this.onOverflow() instead of writing. Never wait for 'drain'
    //   here: the broadcast loop would then wait for the slowest client.
    // TODO (speed): collect the lines of one turn of the event loop and
    //   write them in one socket.write (setImmediate runs after the turn).
    this.socket.write(`${line}\n`);
  }

  /** Writes what is queued now (before a close). */
  flush(): void {}
}
