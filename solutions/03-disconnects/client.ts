// Step 3 — client: as step 2, and it notices when the server closes,
// even while nobody types.
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

let owed = 0;
let inputEnded = false;
const closeWhenSettled = () => {
  if (inputEnded && owed === 0) socket.end();
};

const replies = createInterface({ input: socket, crlfDelay: Infinity });
replies.on('line', (reply) => {
  console.log(reply);
  owed--;
  closeWhenSettled();
});
// The socket is watched on its own: its end arrives even while stdin is idle.
replies.on('close', () => {
  if (!inputEnded) console.log('server closed the connection');
  process.exit(0);
});
// A reset (RST) comes as an 'error' (ECONNRESET). readline passes its input's
// errors on, so the listener goes on the interface: one on the socket alone
// would not stop the interface's own 'error' from crashing the client.
replies.on('error', (error: NodeJS.ErrnoException) => {
  console.log(`connection closed by a reset: ${error.code}`);
  process.exit(0);
});

createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => {
    if (line === '') return;
    socket.write(`${line}\n`);
    owed++;
  })
  .on('close', () => {
    inputEnded = true;
    closeWhenSettled();
  });
