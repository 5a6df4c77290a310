// Step 2 — client: every stdin line goes to the server, every reply is
// printed; at end of stdin, wait for the replies still owed, then close.
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
