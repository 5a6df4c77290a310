// Has the peer's program read what we sent? The kernel knows: the peer's
// socket's receive queue (rx_queue in /proc/net/tcp) is empty once the
// program has read it. A reset sent before that reads, on Linux, as a clean
// end of data (the data, then EOF), and after it as ECONNRESET: a check
// about resets waits for the read so that the verdict does not depend on
// how busy the machine is.
import { readFile } from 'node:fs/promises';
import type { Socket } from 'node:net';

const hexPort = (port: number) => port.toString(16).toUpperCase().padStart(4, '0');

/** Bytes waiting in the receive queue of the peer's end of `socket`; null when that cannot be read (not Linux, not found). */
async function peerUnread(socket: Socket): Promise<number | null> {
  if (process.platform !== 'linux' || !socket.localPort || !socket.remotePort) return null;
  const text = await readFile('/proc/net/tcp', 'latin1').catch(() => '');
  // The peer's end: its local address is our remote one, and the reverse.
  const local = `:${hexPort(socket.remotePort)}`;
  const remote = `:${hexPort(socket.localPort)}`;
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[1]?.endsWith(local) && f[2]?.endsWith(remote)) return Number.parseInt(f[4].split(':')[1], 16);
  }
  return null;
}

/**
 * Waits until the peer program has read everything sent on `socket`, up to
 * `ms`. Returns true when it has (or when this cannot be known), false when
 * the bytes still wait: the program is not reading that connection.
 */
export async function peerHasRead(socket: Socket, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (let delay = 2; ; delay = Math.min(delay * 2, 20)) {
    const unread = await peerUnread(socket);
    if (unread === null || unread === 0) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, delay));
  }
}
