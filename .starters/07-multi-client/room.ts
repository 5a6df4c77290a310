// The shared state of the chat: who is here, under which nick, and how a
// line reaches everyone else. One event loop runs all of it: each method
// runs to its end without another client cutting in.
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
  private readonly members = new Map<string, Member>();

  /** A new client: a default nick, a welcome, a notice to the others. */
  join(socket: Socket): Member {
    // TODO: this nick repeats once someone leaves (3 clients, one leaves, the
    //   next gets the nick of the third). Make default nicks unique.
    const nick = `guest${this.members.size + 1}`;
    const member: Member = { nick, socket, outbox: new Outbox(socket, () => socket.destroy()) };
    this.broadcast(`* ${nick} joined`);
    this.members.set(nick, member);
    member.outbox.push(`welcome ${nick}`);
    return member;
  }

  /** Called when the client's socket closes, however that happens; may be called twice. */
  leave(member: Member): void {
    // TODO: remove the member (once) and tell the others "* NICK left".
  }

  /** A chat line: every other member gets "NICK: TEXT", the sender nothing. */
  say(from: Member, text: string): void {
    // TODO
  }

  /** Returns an error reason, or null when the nick changed. */
  rename(member: Member, name: string): string | null {
    // TODO: check NICK_RULE and that nobody has the name; move the member to
    //   its new key; tell the others "* OLD is now NAME".
    return 'not done yet';
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
