// Step 1 — client: connect, send one line, print the reply, exit.
import { connect } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);
const message = process.argv.slice(2).join(' ') || 'hello';

const socket = connect({ host: HOST, port: PORT });
try {
  await once(socket, 'connect'); // rejects with the 'error' event: ECONNREFUSED when nothing listens
} catch (error) {
  console.error(`cannot connect to ${HOST}:${PORT}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  process.exit(1);
}

socket.write(`${message}\n`);
for await (const reply of createInterface({ input: socket, crlfDelay: Infinity })) {
  console.log(reply);
  break;
}
socket.end();
