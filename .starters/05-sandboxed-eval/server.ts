// Step 5 — evaluation without eval. Run it: npm run server -- 5, then
// nc 127.0.0.1 4000 and type expressions: 1 + 2 * 3, -2 ** 2, Math.PI...
// Goal: reply to each line with its value, or "error: reason", and keep
// serving that client and the next ones whatever they send.
// The work is in evaluate.ts; this file moves lines in and out.
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { evaluate, formatNumber } from './evaluate.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

function answer(line: string): string {
  // TODO 1: a line that is not arithmetic must not crash the server: catch the
  //         ExpressionError of evaluate() and reply "error: " + its message.
  //         (Catch what you expect; what a catch cannot undo is code that ran.)
  return formatNumber(evaluate(line));
}

function serve(socket: Socket): void {
  socket.on('error', (error) => console.error(`client connection: ${error.message}`));
  // TODO 2: readline buffers a line until "\n" without limit: a client that
  //         sends megabytes without one fills the memory. Split lines yourself
  //         on the 'data' chunks, holding at most 64 KiB of one line; past that,
  //         reply "error: …" and close that connection with socket.end().
  createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => {
    if (line !== '') socket.write(`${answer(line)}\n`);
  });
}

const server = createServer(serve);
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
