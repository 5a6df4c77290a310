// Step 6 — commands. Run it: npm run server -- 6, then nc 127.0.0.1 4000 and
// type /help, /echo  two  spaces, /calc 1 + 2, /time, /quit.
// Goal: each line is "/name rest"; run it from a table of commands:
//   /echo TEXT → TEXT      /calc EXPR → as step 5     /time → ISO 8601, UTC
//   /help → one line naming every command                /quit → "bye", close
// unknown name → "error: unknown command /name"; no "/" or a missing
// argument → "error: …". /calc reuses YOUR evaluator of step 5.
import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { evaluate, formatNumber } from '../05-sandboxed-eval/evaluate.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

interface Command {
  name: string; // without the "/"
  usage: string; // "/echo TEXT", for /help and the errors
  needsArgument: boolean;
  run(rest: string, reply: (line: string) => void, close: () => void): void;
}

// TODO 1: add /calc, /time, /help and /quit. /calc: evaluate(rest), reply
//         formatNumber(value) or "error: " + the message. /time: which Date
//         method gives ISO 8601 in UTC? /help: build its line from COMMANDS.
const COMMANDS: Command[] = [{ name: 'echo', usage: '/echo TEXT', needsArgument: true, run: (rest, reply) => reply(rest) }];

/** "/echo  a b" → name "echo", rest " a b" (everything after the FIRST space, unchanged). */
function splitCommand(line: string): { name: string; rest: string } {
  // TODO 2: split at the first space only. Careful: line.split(' ', 1) in
  //         JavaScript does NOT split once like Python's: it keeps one piece.
  return { name: line.slice(1), rest: '' };
}

function handle(line: string, reply: (line: string) => void, close: () => void): void {
  // TODO 3: a line without "/" → "error: …"; a name not in COMMANDS →
  //         "error: unknown command /name"; a command that needs an argument
  //         with an empty rest → "error: …". Then run the command.
  const { name, rest } = splitCommand(line);
  const command = COMMANDS.find((c) => c.name === name);
  if (command) command.run(rest, reply, close);
  else reply('error: not implemented yet');
}

function serve(socket: Socket): void {
  socket.on('error', (error) => console.error(`client connection: ${error.message}`));
  const reply = (line: string) => void socket.write(`${line}\n`);
  const close = () => socket.end(); // FIN after what was written: a clean close
  createInterface({ input: socket, crlfDelay: Infinity }).on('line', (line) => {
    if (line !== '') handle(line, reply, close);
  });
}

const server = createServer(serve);
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
