// Step 4 — non-blocking server. Run it: npm run server -- 4, then in another
// terminal: nc 127.0.0.1 4000 (or npm run client -- 4).
// Goal: while a client is connected, print each line it sends AND send it each
// line typed here, whichever comes first. "/quit" from the client → "bye" and a
// clean close, then serve the next client; "/quit" typed here → "bye", close, exit 0.
//
// As given, this is the source lab's first attempt: it takes turns. It awaits
// a client line, then awaits a typed line, then the client again... An await
// is where Python would block: while it waits on one side, the other is stuck.
import { createServer, type Socket } from 'node:net';
import { on, once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

const keyboard = createInterface({ input: process.stdin })[Symbol.asyncIterator]();

// Accept loop: one client after another (connections that arrive meanwhile wait in line).
for await (const [socket] of on(server, 'connection')) {
  await serve(socket as Socket);
}

async function serve(socket: Socket): Promise<void> {
  console.log('client connected');
  socket.on('error', (error) => console.error(`client connection: ${error.message}`));
  const fromClient = createInterface({ input: socket, crlfDelay: Infinity })[Symbol.asyncIterator]();
  // TODO 1: this loop takes turns, so each side waits for the other. Replace it
  //         with two handlers that run independently:
  //           lines.on('line', ...)     for the socket (print the line),
  //           keyboard.on('line', ...)  for stdin (write it to the current client),
  //         and keep the current client in a variable the stdin handler can see.
  //         Then wait for the socket's 'close' event before serving the next client.
  // TODO 2: client line "/quit" → write "bye" and close with socket.end()
  //         (a clean close, FIN: not destroy(), not a reset).
  // TODO 3: "/quit" typed on stdin → "bye" to the client, close it, stop the
  //         server, and exit with code 0.
  while (true) {
    const fromSocket = await fromClient.next(); // waits for the client…
    if (fromSocket.done) break;
    console.log(`client: ${fromSocket.value}`);
    const typed = await keyboard.next(); // …then for the keyboard, while the client is ignored
    if (typed.done) break;
    socket.write(`${typed.value}\n`);
  }
  socket.end();
  console.log('client left');
}
