// Step 3 — disconnects: an accept loop around the receive loop. A client
// that leaves, by a clean close (FIN) or a reset (RST), ends its
// conversation, not the server.
import { createServer, type Socket } from 'node:net';
import { on, once } from 'node:events';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

async function serve(socket: Socket): Promise<void> {
  if (socket.destroyed) return; // it reset while it waited its turn: its 'close' has come and gone
  socket.setEncoding('utf8'); // decodes UTF-8 across chunk boundaries
  let pending = ''; // framing: bytes received after the last "\n"
  socket.on('data', (chunk: string) => {
    pending += chunk;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
      const line = pending.slice(0, end).replace(/\r$/, '');
      pending = pending.slice(end + 1);
      // A client that sends without reading: stop reading it until its replies drain.
      if (!socket.write(`echo: ${line}\n`)) socket.pause();
    }
  });
  socket.on('drain', () => socket.resume());
  // The receive loop runs until this client is gone, however it went. (Not once(socket, 'close'):
  // once() rejects on 'error', and a reset would then end the accept loop too.)
  await new Promise((resolve) => socket.on('close', resolve));
}

const server = createServer();
// A reset (RST: the peer aborted, or closed with our data unread) makes the
// socket emit 'error' (ECONNRESET); with no listener it would crash the whole
// server. Listen from the moment of accept: a client still waiting its turn
// can reset too.
server.on('connection', (socket: Socket) => socket.on('error', (error: NodeJS.ErrnoException) => console.log(`client lost: ${error.code}`)));
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

// The accept loop: `on` queues connections, so clients are served one at a time, in order.
for await (const [socket] of on(server, 'connection')) {
  console.log('client connected');
  await serve(socket as Socket);
  console.log('client left; waiting for the next one');
}
