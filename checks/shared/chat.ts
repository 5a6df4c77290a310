// Helpers for the chat steps (7 and 8): join a room of test clients, and
// read chat lines while telling the student exactly which line went missing.
import type { Conn } from '../harness/connection.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { CheckFailure, show } from '../harness/failure.ts';

export interface Member {
  conn: Conn;
  nick: string;
}

const WELCOME = /^welcome (\S+)$/;

export const JOIN_HINT =
  'Keep every connected client in a shared collection; when one connects, send it "welcome NICK" and send "* NICK joined" to each of the others.';

/** Connects one client and reads its "welcome NICK". */
export async function welcome(t: CheckContext, server: ServerHandle, name?: string): Promise<Member> {
  const conn = await t.connect(server, name);
  const line = await conn.expectMatch((l) => WELCOME.test(l), 'the line "welcome NICK" (NICK: a default nick for the new client)', {
    sent: `${conn.name} connected`,
  });
  return { conn, nick: WELCOME.exec(line)![1] };
}

/** One more client in `room`: it gets "welcome NICK", and everyone already in gets "* NICK joined". */
export async function join(t: CheckContext, server: ServerHandle, room: Member[], name?: string): Promise<Member> {
  const member = await welcome(t, server, name);
  for (const m of room) {
    await m.conn.expectLine(`* ${member.nick} joined`, { sent: `${member.conn.name} connected as ${member.nick}`, hint: JOIN_HINT });
  }
  room.push(member);
  return member;
}

/** A room of `n` clients, joined one after another. */
export async function room(t: CheckContext, server: ServerHandle, n: number): Promise<Member[]> {
  const members: Member[] = [];
  for (let i = 0; i < n; i++) await join(t, server, members);
  return members;
}

/** Waits for a line anywhere after the reader's position (other lines may come first); moves past it. */
export async function expectSomewhere(conn: Conn, line: string, o: { sent: string; hint?: string; ms?: number }): Promise<void> {
  const r = await conn.lines.waitFor((l) => l === line, o.ms ?? 2000, conn.lines.cursor);
  if (r.kind === 'line') {
    conn.lines.cursor = r.index + 1;
    return;
  }
  const other = conn.lines.unread().slice(-4);
  const received = r.kind === 'ended' ? `the connection was ${r.reason}` : other.length ? `only ${other.map((l) => show(l)).join(', ')}` : `nothing within ${(o.ms ?? 2000) / 1000} s`;
  throw new CheckFailure({ sent: o.sent, expected: `${conn.name} to get the line ${show(line)}`, received, hint: o.hint });
}

/** "users: a b c" → the nicks, sorted. */
export function parseUsers(line: string): string[] {
  return line.slice('users: '.length).split(' ').filter(Boolean).sort();
}
