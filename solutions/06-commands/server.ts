// Step 6 — commands: each line is "/name rest", run from a table of commands
// (commands.ts). /calc reuses the evaluator of step 5.
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { readLines } from '../05-sandboxed-eval/line-reader.ts';
import { dispatch, type CommandContext } from './commands.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

function serve(socket: Socket): void {
  socket.on('error', (error) => console.error(`client connection: ${error.message}`));
  socket.on('drain', () => socket.resume());
  let closing = false;
  /** The last reply goes out (FIN after it), then the connection is closed for good: nothing more is read. */
  const finish = (last = '') => {
    closing = true;
    socket.end(last, () => socket.destroy());
  };
  const ctx: CommandContext = {
    reply: (line) => {
      if (!closing && !socket.write(`${line}\n`)) socket.pause(); // the client does not read: stop reading it
    },
    close: () => finish(),
  };
  // One line at a time, in order, even if a command awaits something.
  let queue = Promise.resolve();
  readLines(socket, {
    maxBytes: 64 * 1024,
    onLine: (line) => {
      if (line === '' || closing) return;
      queue = queue
        .then(() => (closing ? undefined : dispatch(line, ctx)))
        .catch((error) => {
          console.error(error); // a bug in a command: log it, answer, keep serving
          ctx.reply('error: internal error');
        });
    },
    onOverflow: () => finish('error: line longer than 64 KiB\n'),
  });
  // A half-close (FIN) ends the requests, not the replies: close once the queued commands are answered.
  socket.on('end', () => void queue.then(() => closing || finish()));
}

// allowHalfOpen: the client's FIN does not close our side; we do, after the replies.
const server = createServer({ allowHalfOpen: true }, serve);
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
