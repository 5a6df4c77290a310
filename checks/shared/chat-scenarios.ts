// Step 7's behaviours as scenarios played on a room that is already there.
// Step 7 plays each on a server of its own (one check each, so a student
// sees which behaviour broke); step 8 plays several in a row on one server,
// since what step 8 adds is shared state, not chat. Each scenario reads
// every line it causes on every member, so the next one starts clean.
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { CheckFailure, show } from '../harness/failure.ts';
import { msg, type Text, type Var } from '../i18n/index.ts';
import { join, parseUsers, type Member } from './chat.ts';

export const LEAVE_HINT = msg('chat.leave.hint');
export const NO_ECHO_HINT = msg('chat.noEcho.hint');
export const NICK_HINT = msg('chat.nick.hint');
export const NICK_ERRORS_HINT = msg('chat.nickErrors.hint');
export const WHO_HINT = msg('chat.who.hint');
export const WHO_MARKER_HINT = msg('chat.whoMarker.hint');
export const MSG_HINT = msg('chat.msg.hint');
export const MSG_UNKNOWN_HINT = msg('chat.msgUnknown.hint');
export const COMMANDS_HINT = msg('chat.commands.hint');
export const NICK_REUSE_HINT = msg('chat.nickReuse.hint');

const isUsers = (l: string) => l.startsWith('users: ');
const isError = (l: string) => l.startsWith('error: ');

/** The first member chats, then asks /who: its next line must be the /who reply, not its own chat line. */
export async function noEcho(members: Member[]): Promise<void> {
  const [a, ...others] = members;
  const chatLine = 'is this echoed?';
  await a.conn.sendMerged([chatLine, '/who']);
  for (const o of others) await o.conn.expectLine(`${a.nick}: ${chatLine}`, { sent: msg('chat.said', { nick: a.nick, q: show(chatLine) }) });
  // Anything but the chat line coming back is /who's doing, not an echo:
  // the hint follows what the server sent (a whole line, or the start of one).
  const hintFor = (text: string) => (text.includes(chatLine) ? NO_ECHO_HINT : WHO_MARKER_HINT);
  const expected = msg('chat.noEcho.expected');
  const sent = msg('chat.then', { q: show(chatLine), q2: show('/who') });
  let line: string;
  try {
    line = await a.conn.readLine(expected, { sent });
  } catch (error) {
    if (!(error instanceof CheckFailure)) throw error;
    throw new CheckFailure({ ...error.init, hint: hintFor(a.conn.lines.partial) });
  }
  if (!isUsers(line)) throw new CheckFailure({ sent, expected, received: msg('received.line', { q: show(line) }), hint: hintFor(line) });
}

/** The first member takes `name`; the others are told, and its next chat line carries it. */
export async function rename(members: Member[], name: string): Promise<void> {
  const [a, ...others] = members;
  const old = a.nick;
  await a.conn.sendLine(`/nick ${name}`);
  await a.conn.expectLine('ok', { hint: NICK_HINT });
  for (const o of others) await o.conn.expectLine(`* ${old} is now ${name}`, { sent: msg('chat.sentLine', { nick: old, q: show(`/nick ${name}`) }), hint: NICK_HINT });
  a.nick = name;
  await a.conn.sendLine('hi, it is me');
  for (const o of others) await o.conn.expectLine(`${name}: hi, it is me`, { hint: msg('chat.renamedChat.hint') });
}

/** Invalid names and the second member's nick are refused; /who still lists the same nicks. */
export async function refusedNicks(t: CheckContext, members: Member[]): Promise<void> {
  const [a, b] = members;
  for (const name of ['bad name', 'x'.repeat(17), 'né', 'semi;colon', b.nick]) {
    await a.conn.sendLine(`/nick ${name}`);
    const why = msg(name === b.nick ? 'chat.why.nickTaken' : 'chat.why.nickInvalid');
    await a.conn.expectMatch(isError, msg('chat.errorBecause', { why }), { hint: NICK_ERRORS_HINT });
  }
  await who(t, members, a, msg('chat.refusedThenWho'));
}

/** `asker` sends /who: the reply names every member, in any order. */
export async function who(t: CheckContext, members: Member[], asker: Member, sent: Text = msg('chat.who.sent')): Promise<void> {
  await asker.conn.sendLine('/who');
  const line = await asker.conn.expectMatch(isUsers, msg('chat.who.expected', { n: members.length }), { sent, hint: WHO_HINT });
  const want = members.map((m) => m.nick).sort();
  const got = parseUsers(line);
  if (got.join(' ') !== want.join(' ')) t.fail({ sent, expected: msg('chat.who.expectedList', { nicks: want.join(' ') }), received: msg('received.line', { q: show(line) }), hint: WHO_HINT });
}

/** The first member writes privately to the second; any third member asks /who and must see no copy first. */
export async function privateMessage(members: Member[]): Promise<void> {
  const [a, b, ...rest] = members;
  await a.conn.sendLine(`/msg ${b.nick} just  between us`);
  await a.conn.expectLine('ok', { hint: MSG_HINT });
  await b.conn.expectLine(`[pm] ${a.nick}: just  between us`, { sent: msg('chat.sentLine', { nick: a.nick, q: show(`/msg ${b.nick} just  between us`) }), hint: MSG_HINT });
  for (const c of rest) {
    await c.conn.sendLine('/who');
    await c.conn.expectMatch(isUsers, msg('chat.msg.expectedNoCopy', { from: a.nick, to: b.nick }), {
      sent: msg('chat.msg.sentThenWho', { from: a.nick, to: b.nick, q: show('/who'), asker: c.nick }),
      hint: MSG_HINT,
    });
  }
}

export async function msgUnknown(a: Member): Promise<void> {
  await a.conn.sendLine('/msg nobody_here hello?');
  await a.conn.expectMatch(isError, msg('chat.errorBecause', { why: msg('chat.why.noSuchNick') }), { hint: MSG_UNKNOWN_HINT });
}

/** Step 6's /echo and /calc answer as before; an unknown command is an error. */
export async function step6Commands(a: Member): Promise<void> {
  await a.conn.sendLine('/echo two  spaces');
  await a.conn.expectLine('two  spaces', { hint: COMMANDS_HINT });
  await a.conn.sendLine('/calc 2 * (3 + 4)');
  await a.conn.expectMatch((l) => Number(l) === 14, msg('received.line', { q: show('14') }), { hint: COMMANDS_HINT });
  await a.conn.sendLine('/nope');
  await a.conn.expectMatch(isError, msg('chat.unknownCommand.expected'), { hint: COMMANDS_HINT });
}

/** How the leaver left, in the failure's "sent". */
type LeftHow = 'chat.left.quit' | 'chat.left.close' | 'chat.left.reset';

async function toldLeft(leaver: Member, others: Member[], how: LeftHow): Promise<void> {
  for (const o of others) await o.conn.expectLine(`* ${leaver.nick} left`, { sent: msg(how, { nick: leaver.nick }), hint: LEAVE_HINT });
}

export async function quitLeaves(leaver: Member, others: Member[]): Promise<void> {
  await leaver.conn.sendLine('/quit');
  await leaver.conn.expectLine('bye');
  await leaver.conn.expectClose({ clean: true });
  await toldLeft(leaver, others, 'chat.left.quit');
}

export async function closeLeaves(leaver: Member, others: Member[]): Promise<void> {
  leaver.conn.end();
  await toldLeft(leaver, others, 'chat.left.close');
}

/** A reset: the others are told, and the server still serves them (needs two others). */
export async function resetLeaves(leaver: Member, others: Member[]): Promise<void> {
  leaver.conn.reset();
  await toldLeft(leaver, others, 'chat.left.reset');
  const [b, ...rest] = others;
  await b.conn.sendLine('still here?');
  for (const c of rest) await c.conn.expectLine(`${b.nick}: still here?`, { hint: msg('chat.resetOthers.hint') });
}

/** The first member closes, a new client joins: its nick must be none of those still here. Returns the room after. */
export async function nickStaysUnique(t: CheckContext, server: ServerHandle, members: Member[]): Promise<Member[]> {
  const [a, ...others] = members;
  await closeLeaves(a, others);
  const room = [...others];
  const d = await join(t, server, room, 'D');
  const taken = others.map((m) => m.nick);
  if (taken.includes(d.nick)) {
    t.fail({
      sent: msg('chat.leftThenConnected', { nick: a.nick, c: d.conn.name }),
      expected: msg('chat.nickOtherThan', { nicks: andList(taken) }),
      received: msg('quote.text', { q: `welcome ${d.nick}` }),
      hint: NICK_REUSE_HINT,
    });
  }
  return room;
}

/** Nicks joined by "and" ("a and b and c"), as one value. */
function andList(nicks: string[]): Var {
  return nicks.slice(0, -1).reduceRight<Var>((rest, first) => msg('chat.and', { first, rest }), nicks[nicks.length - 1]);
}
