// Wires step 7's chat to a store of shared state. The store decides how
// changes are made safe; this file only routes lines to it.
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { CHAT_COMMANDS, type ChatCommand } from '../07-multi-client/chat-commands.ts';
import { lineHandler } from '../07-multi-client/dispatch.ts';
import { ChatRoom } from '../07-multi-client/room.ts';
import { serveClient } from '../07-multi-client/session.ts';
import { stateCommands } from './state-commands.ts';

/** What the commands need from the shared state (SharedStore is the safe one). */
export interface Store {
  load(): Promise<void>;
  incr(): Promise<number>;
  count(): Promise<number>;
  /** Records a chat message, and calls `published` once it is safely recorded. */
  say(nick: string, text: string, published: () => void): Promise<void>;
  history(k: number): string[] | Promise<string[]>;
}

export async function startServer(store: Store, commands: ChatCommand[] = stateCommands(store)): Promise<Server> {
  const HOST = process.env.HOST ?? '127.0.0.1';
  const PORT = Number(process.env.PORT ?? 4000);
  await store.load();
  const room = new ChatRoom();
  const handleLine = lineHandler([...CHAT_COMMANDS, ...commands], (text, { member, reply }) => {
    const nick = member.nick;
    // Not awaited, so a burst of lines goes to the log in one write; the
    // lock's queue still keeps this client's lines and commands in order.
    store.say(nick, text, () => room.broadcast(`${nick}: ${text}`, member)).catch((error: Error) => reply(`error: not logged: ${error.message}`));
  });
  // allowHalfOpen: a client that half-closes still gets every reply (step 7's session.ts closes after them).
  const server = createServer({ allowHalfOpen: true }, (socket) => void serveClient(socket, room, handleLine));
  server.listen(PORT, HOST);
  await once(server, 'listening');
  console.log(`listening on ${HOST}:${PORT}`);
  return server;
}
