// The shared state of the chat: who is here, under which nick, and how a
// line reaches everyone else. One event loop runs all of it, so no lock is
// needed here: each method runs to its end without another client cutting in.
import type { Socket } from 'node:net';
import { Outbox } from './outbox.ts';

export const NICK_RULE = /^[A-Za-z0-9_-]{1,16}$/;

export interface Member {
  nick: string;
  readonly socket: Socket;
  readonly outbox: Outbox;
}

export class ChatRoom {
  /** Members by nick, in the order they joined. */
  protected readonly members = new Map<string, Member>();
  private guests = 0;

  /** A new client: a default nick nobody has, a welcome, a notice to the others. */
  join(socket: Socket): Member {
    const member = this.newMember(socket, this.defaultNick());
    this.broadcast(`* ${member.nick} joined`);
    this.members.set(member.nick, member);
    member.outbox.push(`welcome ${member.nick}`);
    return member;
  }

  /** A member for `socket`, not in the room yet. */
  protected newMember(socket: Socket, nick: string): Member {
    const member: Member = {
      nick,
      socket,
      outbox: new Outbox(socket, () => {
        process.stderr.write(`${member.nick} reads too slowly: disconnected\n`);
        socket.destroy(); // 'close' follows, and with it leave()
      }),
    };
    return member;
  }

  /** A nick no one has: from a count of every client ever seen, not of those here now. */
  protected defaultNick(): string {
    let nick: string;
    do nick = `guest${++this.guests}`;
    while (this.members.has(nick)); // a member may have chosen "guest7" with /nick
    return nick;
  }

  /** Safe to call twice (a /quit and then the close). */
  leave(member: Member): void {
    if (this.members.get(member.nick) !== member) return;
    this.members.delete(member.nick);
    this.broadcast(`* ${member.nick} left`);
  }

  /** A chat line: every other member gets "NICK: TEXT", the sender nothing. */
  say(from: Member, text: string): void {
    this.broadcast(`${from.nick}: ${text}`, from);
  }

  /** Returns an error reason, or null when the nick changed. */
  rename(member: Member, name: string): string | null {
    if (!NICK_RULE.test(name)) return 'a nick is 1 to 16 of A-Z a-z 0-9 _ -';
    if (name === member.nick) return null;
    if (this.members.has(name)) return `${name} is taken`;
    const old = member.nick;
    this.members.delete(old);
    member.nick = name;
    this.members.set(name, member);
    this.broadcast(`* ${old} is now ${name}`, member);
    return null;
  }

  find(nick: string): Member | undefined {
    return this.members.get(nick);
  }

  nicks(): string[] {
    return [...this.members.keys()];
  }

  broadcast(line: string, except?: Member): void {
    for (const member of this.members.values()) {
      if (member !== except) member.outbox.push(line);
    }
  }
}
