// What the server still owes one client. Two jobs:
// - batching: lines queued during one turn of the event loop leave in ONE
//   socket.write (one syscall) at the end of the turn, not one per line;
// - backpressure: a client that stops reading does not slow anyone down
//   (nobody waits for its 'drain'), but its unsent output is bounded: past
//   MAX_UNSENT bytes it is cut off, so the server's memory stays bounded.
import type { Socket } from 'node:net';

/** Bytes a client may owe before it is disconnected. */
export const MAX_UNSENT = 1024 * 1024;

export class Outbox {
  private pending: string[] = [];
  private pendingBytes = 0;
  private scheduled = false;

  constructor(
    private readonly socket: Socket,
    /** Called once when the client falls too far behind. */
    private readonly onOverflow: () => void,
  ) {}

  /** Queues one line (without its "\n"); it leaves at the end of this turn. */
  push(line: string): void {
    if (this.socket.destroyed || this.socket.writableEnded) return;
    this.pending.push(line);
    this.pendingBytes += Buffer.byteLength(line) + 1;
    // writableLength: what Node holds because the kernel's buffer is full.
    if (this.pendingBytes + this.socket.writableLength > MAX_UNSENT) {
      this.pending = [];
      this.pendingBytes = 0;
      this.onOverflow();
      return;
    }
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush()); // after every socket event of this turn
    }
  }

  /** Writes what is queued now (before a close, or at the end of the turn). */
  flush(): void {
    this.scheduled = false;
    if (this.pending.length === 0 || this.socket.destroyed || this.socket.writableEnded) return;
    const text = this.pending.join('\n') + '\n';
    this.pending = [];
    this.pendingBytes = 0;
    this.socket.write(text); // never awaited: a slow reader must not stall the broadcaster
  }
}
