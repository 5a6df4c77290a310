// Step 4 — non-blocking server: relays both ways at once. A line from the
// client is printed, a line typed on stdin is sent to the client, whichever
// comes first. No threads: one event loop waits on both sources together and
// runs the handler of whichever is ready.
import { createServer, type Socket } from 'node:net';
import { on, once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
// From the moment of accept: a client waiting its turn may reset (RST), and an
// 'error' with no listener would crash the server.
server.on('connection', (socket: Socket) => socket.on('error', (error) => console.error(`client connection: ${error.message}`)));
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

/** The client being served, or null between clients. */
let current: Socket | null = null;

// The keyboard side: a handler, called whenever a line is typed. It never
// waits for the client, so it cannot block the socket side (nor the reverse).
const keyboard = createInterface({ input: process.stdin });
keyboard.on('line', (line) => {
  if (line === '/quit') return shutDown();
  if (current) current.write(`${line}\n`);
  else console.log('(no client connected: line not sent)');
});

/** `/quit` typed here: say bye to the client, close it cleanly, exit 0. */
function shutDown(): void {
  server.close(); // accept no one else
  if (!current) process.exit(0);
  current.end('bye\n', () => process.exit(0)); // end(): "bye", then FIN
}

// The accept loop: one client at a time, the next ones wait in line
// (events.on queues the connections that arrive meanwhile).
for await (const [socket] of on(server, 'connection')) {
  await serve(socket as Socket);
}

/** Serves one client until it leaves; resolves when its connection is closed. */
async function serve(socket: Socket): Promise<void> {
  if (socket.destroyed) return; // it reset while it waited its turn: its 'close' has come and gone
  current = socket;
  console.log(`client connected from ${socket.remoteAddress}:${socket.remotePort}`);
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  lines.on('error', () => {}); // readline passes the socket's errors on; the socket's listener has logged it
  lines.on('line', (line) => {
    if (line === '/quit') {
      current = null; // nothing more goes to this client
      // end(), not destroy(): "bye" leaves first, then a clean close (FIN).
      // Once it has left, destroy(): whatever the client still sends is not read.
      socket.end('bye\n', () => socket.destroy());
    } else if (line !== '') {
      console.log(`client: ${line}`);
    }
  });
  // Not `await once(socket, 'close')` alone: once() rejects on 'error', and a
  // reset would then end the accept loop. 'close' always follows an 'error'.
  await new Promise((resolve) => socket.on('close', resolve));
  current = null;
  console.log('client left; waiting for the next one');
}
