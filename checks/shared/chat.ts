// Helpers for the chat steps (7 and 8): join a room of test clients, and
// read chat lines while telling the student exactly which line went missing.
import type { Conn } from '../harness/connection.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { CheckFailure, seconds, show, showAll } from '../harness/failure.ts';
import { msg, type Text } from '../i18n/index.ts';

export interface Member {
  conn: Conn;
  nick: string;
}

const WELCOME = /^welcome (\S+)$/;

export const JOIN_HINT = msg('chat.join.hint');

/** Connects one client and reads its "welcome NICK". */
export async function welcome(t: CheckContext, server: ServerHandle, name?: string): Promise<Member> {
  const conn = await t.connect(server, name);
  const line = await conn.expectMatch((l) => WELCOME.test(l), msg('chat.welcome.expected'), {
    sent: msg('chat.connected', { c: conn.name }),
  });
  return { conn, nick: WELCOME.exec(line)![1] };
}

/** One more client in `room`: it gets "welcome NICK", and everyone already in gets "* NICK joined". */
export async function join(t: CheckContext, server: ServerHandle, room: Member[], name?: string): Promise<Member> {
  const member = await welcome(t, server, name);
  for (const m of room) {
    await m.conn.expectLine(`* ${member.nick} joined`, { sent: msg('chat.connectedAs', { c: member.conn.name, nick: member.nick }), hint: JOIN_HINT });
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
export async function expectSomewhere(conn: Conn, line: string, o: { sent: Text; hint?: Text; ms?: number }): Promise<void> {
  const r = await conn.lines.waitFor((l) => l === line, o.ms ?? 2000, conn.lines.cursor);
  if (r.kind === 'line') {
    conn.lines.cursor = r.index + 1;
    return;
  }
  const other = conn.lines.unread().slice(-4);
  const received =
    r.kind === 'ended'
      ? msg('received.connectionWas', { how: r.reason! })
      : other.length
        ? msg('chat.onlyLines', { lines: showAll(other) })
        : msg('received.nothingWithin', { time: seconds(o.ms ?? 2000) });
  const cause = r.kind === 'ended' ? conn.closeCause() : other.length ? 'wrong-reply' : 'no-reply';
  throw new CheckFailure({ sent: o.sent, expected: msg('chat.toGetLine', { c: conn.name, q: show(line) }), received, hint: o.hint, cause });
}

/** "users: a b c" → the nicks, sorted. */
export function parseUsers(line: string): string[] {
  return line.slice('users: '.length).split(' ').filter(Boolean).sort();
}
