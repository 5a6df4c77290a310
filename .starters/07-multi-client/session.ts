// One client's conversation. Its lines are handled one at a time, in order
// (a command that awaits finishes before the next line runs), while the
// event loop serves every other client in between.
import type { Socket } from 'node:net';
import { createInterface } from 'node:readline';
import type { ChatRoom, Member } from './room.ts';

/** What a command may do: answer this client, close it; and who is talking, where. */
export interface Session {
  reply(line: string): void;
  /** Sends what is owed, then closes cleanly (FIN). */
  close(): void;
  readonly room: ChatRoom;
  readonly member: Member;
}

export type LineHandler = (line: string, session: Session) => void | Promise<void>;

export async function serveClient(socket: Socket, room: ChatRoom, handleLine: LineHandler): Promise<void> {
  socket.setNoDelay(true); // lines are small and batched already: send them now
  socket.on('error', () => {}); // a reset is a way to leave, not a crash: 'close' follows
  const member = room.join(socket);
  socket.once('close', () => room.leave(member)); // FIN, RST, /quit, overflow: every way out
  const session: Session = {
    room,
    member,
    reply: (line) => member.outbox.push(line),
    close: () => {
      room.leave(member);
      member.outbox.flush();
      socket.end();
    },
  };
  const lines = createInterface({ input: socket, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (socket.writableEnded) break;
      if (line === '') continue;
      try {
        await handleLine(line, session);
      } catch (error) {
        session.reply(`error: ${(error as Error).message}`); // a failed command must not end the conversation
      }
    }
  } catch {
    // the socket broke while reading: 'close' does the rest
  }
}
