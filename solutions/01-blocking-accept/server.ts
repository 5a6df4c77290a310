// Step 1 — blocking accept: wait for one client, read one line, answer it,
// hang up, exit. Each `await` below is where Python's blocking call would sit.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST); // bind() + listen(): take the address, accept connections on it
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

const [socket] = await once(server, 'connection'); // accept(): nothing happens until a client comes
server.close(); // one client only: stop accepting new ones

// TCP delivers bytes, not lines: readline gathers them until "\n" (and decodes UTF-8 safely).
const lines = createInterface({ input: socket, crlfDelay: Infinity });
for await (const line of lines) {
  socket.end(`echo: ${line}\n`); // reply, then close our side (FIN)
  break;
}
// Nothing is left open, so Node exits with code 0 on its own.
