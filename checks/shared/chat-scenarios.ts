// Step 7's behaviours as scenarios played on a room that is already there.
// Step 7 plays each on a server of its own (one check each, so a student
// sees which behaviour broke); step 8 plays several in a row on one server,
// since what step 8 adds is shared state, not chat. Each scenario reads
// every line it causes on every member, so the next one starts clean.
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { CheckFailure, show } from '../harness/failure.ts';
import { join, parseUsers, type Member } from './chat.ts';

export const LEAVE_HINT =
  'A client can leave by /quit, by closing (FIN: also what the kernel sends when a client process dies), or by a reset (RST: an aborted connection): all end in the socket\'s "close" event (a reset also emits "error", which must be handled). Send "* NICK left" from there, once.';
export const NO_ECHO_HINT = 'Skip the sender in the broadcast loop: it already knows what it said.';
export const NICK_HINT = 'Check the name, replace the nick in the shared collection, reply "ok" to the sender and tell the others "* OLD is now NAME".';
export const NICK_ERRORS_HINT = 'A nick is 1 to 16 of A-Z a-z 0-9 _ -, and no one else may have it: answer "error: reason" and keep the old nick.';
export const WHO_HINT = 'Join the nicks of every connected client with spaces, after "users: ".';
export const WHO_MARKER_HINT =
  'No echo came back, but this check knows it only once /who answers: it asks /who right after the chat line. Answer /who with "users: " and the nicks.';
export const MSG_HINT = 'Find the target by nick, write "[pm] FROM: TEXT" to it alone, and answer "ok" to the sender.';
export const MSG_UNKNOWN_HINT = 'When no client has that nick, say so: "error: no user named NICK". Silence leaves the sender waiting.';
export const COMMANDS_HINT = "Keep step 6's command table and add the chat commands to it: /echo, /calc, /time, /help, /quit still answer as before.";
export const NICK_REUSE_HINT = 'A nick built from the number of connected clients repeats once someone leaves: count every client ever seen instead, and skip nicks in use.';

const isUsers = (l: string) => l.startsWith('users: ');
const isError = (l: string) => l.startsWith('error: ');

/** The first member chats, then asks /who: its next line must be the /who reply, not its own chat line. */
export async function noEcho(members: Member[]): Promise<void> {
  const [a, ...others] = members;
  await a.conn.sendMerged(['is this echoed?', '/who']);
  for (const o of others) await o.conn.expectLine(`${a.nick}: is this echoed?`, { sent: `${a.nick} said "is this echoed?"` });
  try {
    await a.conn.expectMatch(isUsers, 'the reply to /who ("users: ..."), and no copy of the chat line before it', {
      sent: '"is this echoed?" then "/who"',
      hint: NO_ECHO_HINT,
    });
  } catch (error) {
    // Anything but the chat line coming back is /who's doing, not an echo.
    if (!(error instanceof CheckFailure) || error.received.includes('is this echoed?')) throw error;
    throw new CheckFailure({ sent: error.sent, expected: error.expected, received: error.received, hint: WHO_MARKER_HINT });
  }
}

/** The first member takes `name`; the others are told, and its next chat line carries it. */
export async function rename(members: Member[], name: string): Promise<void> {
  const [a, ...others] = members;
  const old = a.nick;
  await a.conn.sendLine(`/nick ${name}`);
  await a.conn.expectLine('ok', { hint: NICK_HINT });
  for (const o of others) await o.conn.expectLine(`* ${old} is now ${name}`, { sent: `${old} sent "/nick ${name}"`, hint: NICK_HINT });
  a.nick = name;
  await a.conn.sendLine('hi, it is me');
  for (const o of others) await o.conn.expectLine(`${name}: hi, it is me`, { hint: 'Chat lines carry the nick the sender has now.' });
}

/** Invalid names and the second member's nick are refused; /who still lists the same nicks. */
export async function refusedNicks(t: CheckContext, members: Member[]): Promise<void> {
  const [a, b] = members;
  for (const name of ['bad name', 'x'.repeat(17), 'né', 'semi;colon', b.nick]) {
    await a.conn.sendLine(`/nick ${name}`);
    await a.conn.expectMatch(isError, `"error: ..." (${name === b.nick ? 'that nick is taken' : 'not a valid nick'})`, { hint: NICK_ERRORS_HINT });
  }
  await who(t, members, a, 'the refused /nick commands, then /who');
}

/** `asker` sends /who: the reply names every member, in any order. */
export async function who(t: CheckContext, members: Member[], asker: Member, sent = '/who'): Promise<void> {
  await asker.conn.sendLine('/who');
  const line = await asker.conn.expectMatch(isUsers, `"users: " and the ${members.length} nicks`, { sent, hint: WHO_HINT });
  const want = members.map((m) => m.nick).sort();
  const got = parseUsers(line);
  if (got.join(' ') !== want.join(' ')) t.fail({ sent, expected: `users: ${want.join(' ')} (the nicks in any order, separated by spaces)`, received: `the line ${show(line)}`, hint: WHO_HINT });
}

/** The first member writes privately to the second; any third member asks /who and must see no copy first. */
export async function privateMessage(members: Member[]): Promise<void> {
  const [a, b, ...rest] = members;
  await a.conn.sendLine(`/msg ${b.nick} just  between us`);
  await a.conn.expectLine('ok', { hint: MSG_HINT });
  await b.conn.expectLine(`[pm] ${a.nick}: just  between us`, { sent: `${a.nick} sent "/msg ${b.nick} just  between us"`, hint: MSG_HINT });
  for (const c of rest) {
    await c.conn.sendLine('/who');
    await c.conn.expectMatch(isUsers, `the reply to /who, and no copy of ${a.nick}'s private message to ${b.nick} before it`, {
      sent: `${a.nick}'s /msg to ${b.nick}, then "/who" from ${c.nick}`,
      hint: MSG_HINT,
    });
  }
}

export async function msgUnknown(a: Member): Promise<void> {
  await a.conn.sendLine('/msg nobody_here hello?');
  await a.conn.expectMatch(isError, '"error: ..." (no client has that nick)', { hint: MSG_UNKNOWN_HINT });
}

/** Step 6's /echo and /calc answer as before; an unknown command is an error. */
export async function step6Commands(a: Member): Promise<void> {
  await a.conn.sendLine('/echo two  spaces');
  await a.conn.expectLine('two  spaces', { hint: COMMANDS_HINT });
  await a.conn.sendLine('/calc 2 * (3 + 4)');
  await a.conn.expectMatch((l) => Number(l) === 14, 'the line "14"', { hint: COMMANDS_HINT });
  await a.conn.sendLine('/nope');
  await a.conn.expectMatch(isError, '"error: unknown command /nope"', { hint: COMMANDS_HINT });
}

async function toldLeft(leaver: Member, others: Member[], how: string): Promise<void> {
  for (const o of others) await o.conn.expectLine(`* ${leaver.nick} left`, { sent: `${leaver.nick} ${how}`, hint: LEAVE_HINT });
}

export async function quitLeaves(leaver: Member, others: Member[]): Promise<void> {
  await leaver.conn.sendLine('/quit');
  await leaver.conn.expectLine('bye');
  await leaver.conn.expectClose({ clean: true });
  await toldLeft(leaver, others, 'sent /quit');
}

export async function closeLeaves(leaver: Member, others: Member[]): Promise<void> {
  leaver.conn.end();
  await toldLeft(leaver, others, 'closed its connection (FIN) without /quit');
}

/** A reset: the others are told, and the server still serves them (needs two others). */
export async function resetLeaves(leaver: Member, others: Member[]): Promise<void> {
  leaver.conn.reset();
  await toldLeft(leaver, others, 'reset its connection (RST)');
  const [b, ...rest] = others;
  await b.conn.sendLine('still here?');
  for (const c of rest) await c.conn.expectLine(`${b.nick}: still here?`, { hint: 'A reset must not stop the server from serving the others.' });
}

/** The first member closes, a new client joins: its nick must be none of those still here. Returns the room after. */
export async function nickStaysUnique(t: CheckContext, server: ServerHandle, members: Member[]): Promise<Member[]> {
  const [a, ...others] = members;
  await closeLeaves(a, others);
  const room = [...others];
  const d = await join(t, server, room, 'D');
  const taken = others.map((m) => m.nick);
  if (taken.includes(d.nick)) {
    t.fail({ sent: `${a.nick} left, then D connected`, expected: `a nick other than ${taken.join(' and ')}`, received: `welcome ${d.nick}`, hint: NICK_REUSE_HINT });
  }
  return room;
}
