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
  current = socket;
  console.log(`client connected from ${socket.remoteAddress}:${socket.remotePort}`);
  socket.on('error', (error) => console.error(`client connection: ${error.message}`)); // a reset must not crash us
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (line === '/quit') {
      current = null; // nothing more goes to this client
      socket.end('bye\n'); // end(), not destroy(): "bye" leaves first, then a clean close (FIN)
    } else if (line !== '') {
      console.log(`client: ${line}`);
    }
  });
  await once(socket, 'close'); // after the peer closed too, or a reset
  current = null;
  console.log('client left; waiting for the next one');
}
