// Telling a reset from a clean close when both arrive with data. When the
// peer's last data and its RST reach us in the same wakeup, libuv reports
// the data and then a plain end of stream (it takes the hang-up for EOF and
// never reads the error), so 'end' alone cannot tell FIN from RST. The
// kernel still knows: after a FIN the socket is half-open (CLOSE_WAIT) and
// has a peer; after a RST it is closed, and getpeername() fails (ENOTCONN).
// Only while we have not closed our side ourselves: once both sides sent a
// FIN, the socket is closed (TIME_WAIT) too, and the test says nothing.
import type { Socket } from 'node:net';

type PeerNameHandle = { getpeername?: (out: object) => number };

/** At an 'end' event: true when the connection was in fact reset by the peer. */
export function endWasReset(socket: Socket): boolean {
  if (socket.writableEnded) return false; // we half-closed first: cannot tell, keep the FIN reading
  const handle = (socket as unknown as { _handle?: PeerNameHandle | null })._handle;
  const code = handle?.getpeername?.({});
  return typeof code === 'number' && code !== 0;
}
