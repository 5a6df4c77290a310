// One client's conversation. Its lines are handled one at a time, in order
// (a command that awaits finishes before the next line runs), while the
// event loop serves every other client in between.
//
// Framing is done here rather than with readline: a server holds thousands
// of idle clients, and all one of them needs is its unfinished line.
import type { Socket } from 'node:net';
import type { CommandContext } from '../06-commands/commands.ts';
import type { ChatRoom, Member } from './room.ts';

/** Step 6's command context (reply, close), plus who is talking and where. */
export interface Session extends CommandContext {
  readonly room: ChatRoom;
  readonly member: Member;
}

export type LineHandler = (line: string, session: Session) => void | Promise<void>;

/** An unfinished line longer than this is not a chat line: the client is cut off. */
const MAX_LINE = 64 * 1024;
/** Lines waiting behind a slow command before the socket stops being read. */
const MAX_WAITING = 1000;

export function serveClient(socket: Socket, room: ChatRoom, handleLine: LineHandler): void {
  socket.setNoDelay(true); // lines are small and batched already: send them now
  socket.setEncoding('utf8'); // a character cut between two reads waits for its other half
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

  let partial = '';
  let waiting: string[] = [];
  let running = false;

  /** Handles the waiting lines in order; a command that awaits holds back the next line, not other clients. */
  const run = async () => {
    running = true;
    while (waiting.length && !socket.writableEnded) {
      const lines = waiting;
      waiting = [];
      for (const line of lines) {
        if (socket.writableEnded) break;
        try {
          await handleLine(line, session);
        } catch (error) {
          session.reply(`error: ${(error as Error).message}`); // a failed command must not end the conversation
        }
      }
    }
    running = false;
    if (socket.isPaused() && !socket.destroyed) socket.resume();
  };

  socket.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    if (partial.length > MAX_LINE) {
      member.outbox.push(`error: line longer than ${MAX_LINE} characters`);
      member.outbox.flush();
      socket.end();
      return;
    }
    for (const part of parts) {
      const line = part.endsWith('\r') ? part.slice(0, -1) : part;
      if (line !== '') waiting.push(line);
    }
    if (waiting.length > MAX_WAITING) socket.pause(); // resumed once the backlog is handled
    if (!running && waiting.length) void run();
  });
}
