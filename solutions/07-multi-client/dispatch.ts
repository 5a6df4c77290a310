// A line is a chat message, or a command of the table (step 6's dispatcher).
import { dispatch } from '../06-commands/commands.ts';
import type { ChatCommand } from './chat-commands.ts';
import type { LineHandler, Session } from './session.ts';

export function lineHandler(commands: ChatCommand[], onChat: (text: string, session: Session) => void | Promise<void>): LineHandler {
  return (line, session) => (line.startsWith('/') ? dispatch(line, session, commands) : onChat(line, session));
}
