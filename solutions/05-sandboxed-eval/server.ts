// Step 5 — evaluation without eval: each line is an arithmetic expression;
// the reply is its value, or "error: reason". The line is parsed by our own
// grammar (evaluate.ts), never run as code, so no input can do more than
// produce a number or an error.
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { evaluate, formatNumber, ExpressionError } from './evaluate.ts';
import { readLines } from './line-reader.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);
const MAX_LINE_BYTES = 64 * 1024;

/** The reply to one line. Only our own ExpressionError is the client's fault. */
function answer(line: string): string {
  try {
    return formatNumber(evaluate(line));
  } catch (error) {
    if (error instanceof ExpressionError) return `error: ${error.message}`;
    console.error(error); // a bug of ours: log it, keep serving
    return 'error: internal error';
  }
}

function serve(socket: Socket): void {
  socket.on('error', (error) => console.error(`client connection: ${error.message}`));
  socket.on('drain', () => socket.resume());
  readLines(socket, {
    maxBytes: MAX_LINE_BYTES,
    onLine: (line) => {
      // false: the client does not read its replies; stop reading it until they drain.
      if (line !== '' && !socket.write(`${answer(line)}\n`)) socket.pause();
    },
    onOverflow: () => {
      // Answer, close (FIN), and once the answer has left, destroy: the rest
      // of the flood is not read at all (end() alone keeps reading it).
      socket.end(`error: line longer than ${MAX_LINE_BYTES} bytes\n`, () => socket.destroy());
    },
  });
}

// Every client at once: the event loop interleaves them (one at a time would pass too).
const server = createServer(serve);
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
