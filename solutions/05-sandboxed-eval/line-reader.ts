// Lines from a socket, with a bound. readline (and Python's readline()) keep
// buffering until they see "\n": a client that sends gigabytes without one
// fills the server's memory. This reader holds at most `maxBytes` of one line.
import type { Socket } from 'node:net';

export interface LineReaderOptions {
  maxBytes: number;
  onLine: (line: string) => void;
  /** The current line passed maxBytes without a "\n": the reader has stopped. */
  onOverflow: () => void;
}

export function readLines(socket: Socket, o: LineReaderOptions): void {
  let pending: Buffer[] = []; // bytes of the unfinished line, kept as received
  let pendingBytes = 0;
  let overflowed = false;

  socket.on('data', (chunk: Buffer) => {
    if (overflowed) return; // keep draining, keep nothing: the connection is closing
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      pending.push(chunk.subarray(start, nl));
      // Decode whole lines only: a chunk may end inside a multi-byte character.
      const line = Buffer.concat(pending).toString('utf8');
      pending = [];
      pendingBytes = 0;
      start = nl + 1;
      o.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    }
    pending.push(chunk.subarray(start));
    pendingBytes += chunk.length - start;
    if (pendingBytes > o.maxBytes) {
      overflowed = true;
      pending = [];
      o.onOverflow();
    }
  });
}
