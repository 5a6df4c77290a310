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
  let closing = false;
  const ctx: CommandContext = {
    reply: (line) => void socket.write(`${line}\n`),
    close: () => {
      closing = true;
      socket.end(); // FIN after the replies already written: a clean close
    },
  };
  // One line at a time, in order, even if a command awaits something.
  let queue = Promise.resolve();
  readLines(socket, {
    maxBytes: 64 * 1024,
    onLine: (line) => {
      if (line === '') return;
      queue = queue
        .then(() => (closing ? undefined : dispatch(line, ctx)))
        .catch((error) => {
          console.error(error); // a bug in a command: log it, answer, keep serving
          ctx.reply('error: internal error');
        });
    },
    onOverflow: () => {
      closing = true;
      socket.end('error: line longer than 64 KiB\n');
    },
  });
}

const server = createServer(serve);
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
