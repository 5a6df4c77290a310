// The commands step 7 adds to step 6's table: who is here, nicks, private messages.
import { COMMANDS, type Command } from '../06-commands/commands.ts';
import type { Session } from './session.ts';

export type ChatCommand = Command<Session>;

const chatCommands: ChatCommand[] = [
  {
    name: 'nick',
    usage: '/nick NAME',
    summary: 'change your nick',
    needsArgument: true,
    run(rest, { room, member, reply }) {
      const problem = room.rename(member, rest);
      reply(problem ? `error: ${problem}` : 'ok');
    },
  },
  {
    name: 'who',
    usage: '/who',
    summary: 'who is here',
    needsArgument: false,
    run(_rest, { room, reply }) {
      reply(`users: ${room.nicks().join(' ')}`);
    },
  },
  {
    name: 'msg',
    usage: '/msg NICK TEXT',
    summary: 'a private message to NICK',
    needsArgument: true,
    run(rest, { room, member, reply }) {
      const space = rest.indexOf(' ');
      const [nick, text] = space < 0 ? [rest, ''] : [rest.slice(0, space), rest.slice(space + 1)];
      const target = room.find(nick);
      if (!target) return reply(`error: no user named ${nick}`);
      if (text === '') return reply('error: usage: /msg NICK TEXT');
      target.outbox.push(`[pm] ${member.nick}: ${text}`);
      reply('ok');
    },
  },
];

/** Step 6's table (/echo /calc /time /help /quit) and the chat's, in one. */
export const CHAT_COMMANDS: ChatCommand[] = [...COMMANDS, ...chatCommands];
