// Step 1 — client. Run it: npm run client -- 1 hello there
// Goal: connect to HOST:PORT, send the words of the command line joined by
// spaces (or "hello"), print the reply line, exit 0.
import { connect } from 'node:net';
import { once } from 'node:events';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);
const message = process.argv.slice(2).join(' ') || 'hello';

const socket = connect({ host: HOST, port: PORT });
await once(socket, 'connect');
// TODO 1: when nothing listens, the line above throws ECONNREFUSED with a stack
//         trace. Catch it: print ONE line on stderr naming HOST and PORT, exit 1.
// TODO 2: send `message` followed by "\n".
// TODO 3: print the reply line on stdout, then close the socket.
console.log(`connected; would send ${JSON.stringify(message)}`);
socket.end();
