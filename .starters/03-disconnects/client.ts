// Step 3 — client. Run it: npm run client -- 3
// This is the step 2 client. Goal: same, and when the SERVER closes the
// connection, print a line containing "closed" and exit 0, even while
// nobody types on stdin.
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

let owed = 0; // lines sent whose reply has not come back yet
let inputEnded = false;
const closeWhenSettled = () => {
  if (inputEnded && owed === 0) socket.end();
};

// Two independent streams, each with its own handler: neither waits for the other.
createInterface({ input: socket, crlfDelay: Infinity }).on('line', (reply) => {
  console.log(reply);
  owed--;
  closeWhenSettled();
});
// TODO 1: watch the socket's end ('close' on the reply reader, or 'end' on
//         the socket): print e.g. "server closed the connection" and exit 0.
// TODO 2: a reset (ECONNRESET) arrives as an 'error' event: say so, exit 0.

createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line === '') return; // an empty line gets no reply: don't wait for one
    socket.write(`${line}\n`);
    owed++;
  })
  .on('close', () => {
    inputEnded = true;
    closeWhenSettled();
  });
