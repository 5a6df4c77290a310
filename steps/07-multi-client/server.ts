// Step 7 — many clients at once: one event loop serves them all. No thread
// per client: while one client's line is handled, the others' bytes wait in
// the kernel, and the loop comes back to them within microseconds.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { ChatRoom } from './room.ts';
import { serveClient } from './session.ts';
import { CHAT_COMMANDS } from './chat-commands.ts';
import { lineHandler } from './dispatch.ts';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const room = new ChatRoom();
const handleLine = lineHandler(CHAT_COMMANDS, (text, { room, member }) => room.say(member, text));
// allowHalfOpen: a client that half-closes still gets every reply (session.ts closes after them).
const server = createServer({ allowHalfOpen: true }, (socket) => void serveClient(socket, room, handleLine));
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);
