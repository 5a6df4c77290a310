// A line is a chat message, or a command of the table.
import type { ChatCommand } from './chat-commands.ts';
import type { LineHandler, Session } from './session.ts';

export function lineHandler(commands: ChatCommand[], onChat: (text: string, session: Session) => void | Promise<void>): LineHandler {
  return async (line, session) => {
    if (!line.startsWith('/')) return onChat(line, session);
    const space = line.indexOf(' ');
    const name = space < 0 ? line.slice(1) : line.slice(1, space);
    const rest = space < 0 ? '' : line.slice(space + 1);
    const command = commands.find((c) => c.name === name);
    if (!command) return session.reply(`error: unknown command /${name}`);
    if (command.needsArgument && rest === '') return session.reply(`error: /${name} needs an argument: ${command.usage}`);
    await command.run(rest, session);
  };
}
