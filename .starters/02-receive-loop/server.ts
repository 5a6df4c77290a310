// Step 2 — receive loop. Run it: npm run server -- 2, then: nc 127.0.0.1 4000
// Goal: ONE client; reply "echo: L" to EVERY line L, in order, until the
// client closes; then close and exit 0.
import { createServer } from 'node:net';
import { once } from 'node:events';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

const [socket] = await once(server, 'connection');
server.close();

// As in step 1, this answers one chunk of bytes and stops. Three problems:
// TODO 1: a 'data' chunk is not a line. Several lines may come in one chunk,
//         and one line in several chunks (even cut inside a UTF-8 character).
//         Frame the stream: buffer the text and cut it at every "\n"
//         (drop a "\r" before it), or use node:readline on the socket.
// TODO 2: answer EVERY line, in order, for as long as the client stays.
// TODO 3: when the client closes, close the socket; the process then exits 0.
const [chunk] = await once(socket, 'data');
socket.end(`echo: ${String(chunk).trim()}\n`);
