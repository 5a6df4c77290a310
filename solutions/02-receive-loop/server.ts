// Step 2 — receive loop: one client, "echo: L" for every line L, until the
// client closes; then exit 0.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

const [socket] = await once(server, 'connection');
server.close(); // still one client only

// The receive loop. TCP hands us bytes in arbitrary chunks; readline is the
// framing: it buffers them and yields one complete line at a time.
for await (const line of createInterface({ input: socket, crlfDelay: Infinity })) {
  console.log(`received: ${line}`);
  // write() returns false when the client is not reading its replies: wait
  // for 'drain' (the loop, and so the reading, pauses) instead of queueing
  // replies in memory for ever.
  if (!socket.write(`echo: ${line}\n`)) await once(socket, 'drain');
}
// The loop ends when the client closes (Python's recv() returning b"").
socket.end();
console.log('client left, bye');
