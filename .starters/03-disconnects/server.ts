// Step 3 — disconnects. Run it: npm run server -- 3, then connect with nc
// several times, and stop an nc with Ctrl-C in the middle.
// Goal: like step 2, but FOR EVER: after a client leaves (clean close,
// reset, or connected and silent), serve the next one. Never exit because
// of something a client did.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

const HOST = process.env.HOST ?? '127.0.0.1';
const PORT = Number(process.env.PORT ?? 4000);

const server = createServer();
server.listen(PORT, HOST);
await once(server, 'listening');
console.log(`listening on ${HOST}:${PORT}`);

// This is step 2: one client, then the end.
// TODO 1: put an accept loop around the receive loop, so that when a client
//         leaves the server goes back to waiting for the next one.
//         (Hint: for await (const [socket] of on(server, 'connection')) …)
// TODO 2: a client may abort its connection with a reset (RST): reading then
//         fails with ECONNRESET. In this for-await loop the error is thrown
//         out of the loop, and kills the server: wrap the loop in
//         try { … } catch { … } so that only this client's conversation ends
//         (an 'error' listener alone does not stop the throw). A client
//         that waits its turn can reset too: listen for 'error' on every
//         socket as soon as it is accepted (server.on('connection', …)).
const [socket] = await once(server, 'connection');
server.close();
for await (const line of createInterface({ input: socket, crlfDelay: Infinity })) {
  socket.write(`echo: ${line}\n`);
}
socket.end();
