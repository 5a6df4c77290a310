// Step 2 — client. Run it: npm run client -- 2   (type lines, Ctrl-D to finish)
// Goal: send each line typed on stdin, print each reply; at end of stdin,
// print the replies still owed for lines already sent, then close, exit 0.
import { connect } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const socket = connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect');
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  process.exit(1);
}

const input = createInterface({ input: process.stdin });
input.on('line', (line) => {
  socket.write(`${line}\n`);
});
// TODO 1: print every reply line from the socket (frame it: a chunk is not a line).
// TODO 2: at end of stdin ('close' on `input`) don't quit at once: replies to
//         lines already sent may still be travelling. Close the socket only
//         when every line sent has had its reply.
input.on('close', () => {
  socket.end();
  process.exit(0);
});
