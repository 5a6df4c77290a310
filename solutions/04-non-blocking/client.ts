// Step 4 — non-blocking client: prints what the server sends as soon as it
// arrives, and sends what is typed, both at once. Two handlers on one event
// loop, instead of the source lab's two threads.
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

let quitting = false; // we sent /quit: the close that follows is the expected end

// Server → screen: runs whenever a line arrives, even while nobody types.
createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => {
  console.log(line);
  if (quitting && line === 'bye') socket.end(); // the server agreed: close our side too
}).on('error', () => {}); // readline passes a reset (ECONNRESET) on: without a listener it would crash us; 'close' below reports it

// Keyboard → server: runs whenever a line is typed, even while the server is silent.
const keyboard = createInterface({ input: process.stdin });
keyboard.on('line', (line) => {
  if (quitting) return;
  socket.write(`${line}\n`);
  if (line === '/quit') quitting = true;
});
// End of input (Ctrl-D) means the same as /quit: an end message, so the server closes cleanly.
keyboard.on('close', () => {
  if (quitting || socket.destroyed) return;
  quitting = true;
  socket.write('/quit\n');
});

socket.on('error', (error) => console.error(`connection error: ${error.message}`));
socket.on('close', () => {
  if (!quitting) console.log('server closed the connection');
  process.exit(0); // stdin would keep the process alive otherwise
});
