// One client's conversation. Its lines are handled one at a time, in order
// (a command that awaits finishes before the next line runs), while the
// event loop serves every other client in between.
//
// Framing is done here rather than with readline: a server holds thousands
// of idle clients, and all one of them needs is its unfinished line.
import type { Socket } from 'node:net';
import type { ChatRoom, Member } from './room.ts';

/** What a command may do: answer this client, close it; and who is talking, where. */
export interface Session {
  reply(line: string): void;
  /** Sends what is owed, then closes cleanly (FIN), and reads nothing more. */
  close(): void;
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
  /** The conversation is over: "bye" (or the error) goes out, then the connection is closed for good. */
  const finish = () => {
    member.outbox.flush();
    // end() alone would keep reading what the client still sends; destroying
    // once the last reply has left stops that (a client flooding after /quit).
    socket.end(() => socket.destroy());
  };
  const session: Session = {
    room,
    member,
    reply: (line) => member.outbox.push(line),
    close: () => {
      room.leave(member);
      finish();
    },
  };

  let partial = '';
  let waiting: string[] = [];
  let running = false;
  /** The client half-closed (FIN): answer what it sent, then close (the server runs with allowHalfOpen). */
  let inputEnded = false;
  socket.on('end', () => {
    inputEnded = true;
    if (!running) finish();
  });

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
          console.error(error); // a failed command must not end the conversation; its details stay here
          session.reply('error: internal error');
        }
      }
    }
    running = false;
    if (inputEnded) finish();
    else if (socket.isPaused() && !socket.destroyed) socket.resume();
  };

  socket.on('data', (chunk: string) => {
    if (socket.writableEnded) return; // after /quit or an over-long line: nothing more is read or kept
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    if (partial.length > MAX_LINE) {
      member.outbox.push(`error: line longer than ${MAX_LINE} characters`);
      finish();
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
