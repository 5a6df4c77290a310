// Step 4 — non-blocking client. Run it: npm run client -- 4 (with the server
// of this step running), then type lines; Ctrl-D or "/quit" ends.
// Goal: print every line from the server as soon as it arrives, even while
// nobody types; send each typed line; "/quit" or end of input → send "/quit",
// wait for "bye" or the close, exit 0. If the server closes first, print a
// line containing "closed" and exit 0.
//
// As given, it takes turns: it reads a typed line, sends it, then waits for
// ONE reply. What the server sends between two replies waits on screen until
// the user types something.
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

const replies = createInterface({ input: socket, crlfDelay: Infinity })[Symbol.asyncIterator]();
// TODO 1: replace this turn-taking loop with two handlers:
//           a 'line' handler on the socket's readline that prints each line,
//           a 'line' handler on stdin's readline that sends each typed line.
// TODO 2: on "/quit" typed, and on stdin's 'close' (end of input), send "/quit"
//         once, then exit 0 when "bye" arrives or the socket closes.
// TODO 3: socket 'close' when we did not quit: print "server closed the
//         connection" and exit 0 (stdin would keep the process alive).
for await (const line of createInterface({ input: process.stdin })) {
  socket.write(`${line}\n`);
  const reply = await replies.next(); // nothing else is printed while we wait here…
  if (reply.done) break;
  console.log(reply.value);
}
socket.end();
