// The server's commands as a table: one entry a command, and one dispatcher
// that reads "/name rest", finds the entry and runs it. A new command is a
// new entry; nothing else changes.
//
// To extend it (e.g. a chat adds /nick, /who, /msg), give the commands the
// context they need and pass your own table:
//
//   interface ChatContext extends CommandContext { nick: string }
//   const nick: Command<ChatContext> = { name: 'nick', usage: '/nick NAME', ... };
//   const CHAT_COMMANDS: Command<ChatContext>[] = [...COMMANDS, nick];
//   await dispatch(line, ctx, CHAT_COMMANDS);   // /help lists the new ones too
import { evaluate, formatNumber } from '../05-sandboxed-eval/evaluate.ts';

/** What a command may do to the connection that sent it. */
export interface CommandContext {
  /** Sends one line to this client. */
  reply(line: string): void;
  /** Ends the conversation: the connection is closed cleanly after the replies. */
  close(): void;
}

export interface Command<C extends CommandContext = CommandContext> {
  /** The name after the "/", e.g. "echo". */
  name: string;
  /** How to call it, for /help and the missing-argument error: "/echo TEXT". */
  usage: string;
  summary: string;
  /** When true, "/name" and "/name " (nothing after the space) are errors. */
  needsArgument: boolean;
  /** `rest` is the line after the first space, unchanged; `table` is the table the command was found in. */
  run(rest: string, ctx: C, table: readonly Command<C>[]): void | Promise<void>;
}

export const COMMANDS: Command[] = [
  { name: 'echo', usage: '/echo TEXT', summary: 'sends TEXT back', needsArgument: true, run: (rest, ctx) => ctx.reply(rest) },
  { name: 'calc', usage: '/calc EXPR', summary: 'computes an arithmetic expression', needsArgument: true, run: (rest, ctx) => ctx.reply(calc(rest)) },
  { name: 'time', usage: '/time', summary: 'the current time, ISO 8601 in UTC', needsArgument: false, run: (_rest, ctx) => ctx.reply(new Date().toISOString()) },
  { name: 'help', usage: '/help', summary: 'this list', needsArgument: false, run: (_rest, ctx, table) => ctx.reply(helpLine(table)) },
  {
    name: 'quit',
    usage: '/quit',
    summary: 'says bye and closes the connection',
    needsArgument: false,
    run: (_rest, ctx) => {
      ctx.reply('bye');
      ctx.close();
    },
  },
];

/** The evaluator of step 5; its errors become the reply. */
function calc(expression: string): string {
  try {
    return formatNumber(evaluate(expression));
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
}

/** One line naming every command of the table. */
export function helpLine(table: readonly Pick<Command, 'usage' | 'summary'>[]): string {
  return `commands: ${table.map((c) => `${c.usage} (${c.summary})`).join(', ')}`;
}

/**
 * "/echo  a b" → { name: "echo", rest: " a b" }: the name runs up to the first
 * space, the rest is everything after it, unchanged. (Not line.split(" ", 1):
 * in JavaScript the limit keeps only the first piece and drops the rest.)
 */
export function splitCommand(line: string): { name: string; rest: string } {
  const space = line.indexOf(' ');
  if (space === -1) return { name: line.slice(1), rest: '' };
  return { name: line.slice(1, space), rest: line.slice(space + 1) };
}

/** Runs one line: the command it names, or the error the contract asks for. */
export async function dispatch<C extends CommandContext>(line: string, ctx: C, table: readonly Command<C>[] = COMMANDS): Promise<void> {
  if (!line.startsWith('/')) return ctx.reply('error: commands start with "/" (try /help)');
  const { name, rest } = splitCommand(line);
  const command = table.find((c) => c.name === name);
  if (!command) return ctx.reply(`error: unknown command /${name}`);
  if (command.needsArgument && rest === '') return ctx.reply(`error: /${name} needs an argument: ${command.usage}`);
  await command.run(rest, ctx, table);
}
