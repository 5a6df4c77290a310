// Step 1 — blocking accept. Run it: npm run server -- 1   (or: PORT=4000 npx tsx server.ts)
// Goal: wait for ONE client, read ONE line L, reply "echo: L", close, exit 0.
import { createServer } from 'node:net';
import { once } from 'node:events';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

const [socket] = await once(server, 'connection');
console.log('a client connected');

// TODO 1: stop accepting other clients (this step serves exactly one).
// TODO 2: read ONE line from `socket`. Careful: a 'data' event is a chunk of
//         bytes, not a line; a line may arrive in several chunks.
//         (node:readline's createInterface({ input: socket }) gathers lines for you.)
// TODO 3: send back "echo: " + the line + "\n", then close the connection
//         cleanly, so that the process ends by itself with exit code 0.
