// The chat's commands. Same shape as step 6's table: one entry a command.
import type { Session } from './session.ts';

export interface ChatCommand {
  name: string;
  usage: string;
  summary: string;
  needsArgument: boolean;
  run(rest: string, session: Session): void | Promise<void>;
}

export const CHAT_COMMANDS: ChatCommand[] = [
  // TODO: bring step 6's commands here (/echo, /calc, /time, /help): import
  //   its table from ../06-commands/ if you wrote one, or copy the entries.
  {
    name: 'quit',
    usage: '/quit',
    summary: 'says bye and closes the connection',
    needsArgument: false,
    run(_rest, { reply, close }) {
      reply('bye');
      close();
    },
  },
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
  // TODO: /who → "users: " and the nicks separated by spaces.
  // TODO: /msg NICK TEXT → NICK alone gets "[pm] FROM: TEXT", the sender "ok";
  //   an unknown NICK → "error: ...". (rest.indexOf(' ') splits NICK from TEXT.)
];
