// Step 8's servers keep state in files: every check gets its own fresh
// COUNTER_FILE and CHAT_LOG (kept across restarts within the check), so
// checks never share state and nothing is written into the student's folder.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckContext } from '../harness/context.ts';
import type { CheckDefinition } from '../harness/types.ts';
import { showAll } from '../harness/failure.ts';
import { msg, type Text, type Var } from '../i18n/index.ts';
import type { Member } from './chat.ts';

export interface StateFiles {
  COUNTER_FILE: string;
  CHAT_LOG: string;
}

const filesOf = new WeakMap<CheckContext, Promise<StateFiles>>();

export function stateFiles(t: CheckContext): Promise<StateFiles> {
  let files = filesOf.get(t);
  if (!files) {
    files = t.tempDir().then((dir) => ({ COUNTER_FILE: join(dir, 'counter.txt'), CHAT_LOG: join(dir, 'chat.log') }));
    filesOf.set(t, files);
  }
  return files;
}

/** The same check, with every server it starts given this check's state files. */
export function withStateFiles(check: CheckDefinition): CheckDefinition {
  return {
    ...check,
    run: async (t) => {
      const start = t.server.bind(t);
      t.server = async (o = {}) => start({ ...o, env: { ...(await stateFiles(t)), ...o.env } });
      return check.run(t);
    },
  };
}

/** Sends `/count` and reads "count N". */
export async function readCount(member: Member, sent?: Text): Promise<number> {
  await member.conn.sendLine('/count');
  const line = await member.conn.expectMatch((l) => /^count -?\d+$/.test(l), msg('state.countReply'), { sent });
  return Number(line.slice('count '.length));
}

/**
 * The chat log once it holds `want` lines. Nothing announces the write, so
 * this re-reads the file, backing off, until the deadline: a bounded wait
 * on a condition, not a fixed sleep.
 */
export async function readLog(t: CheckContext, want: number, ms = 2000): Promise<string[]> {
  const file = (await stateFiles(t)).CHAT_LOG;
  const deadline = Date.now() + ms;
  for (let delay = 5; ; delay = Math.min(delay * 2, 100)) {
    const text = await readFile(file, 'utf8').catch(() => '');
    const lines = text.split('\n');
    if (lines.at(-1) === '') lines.pop();
    if (lines.length >= want || Date.now() > deadline) return lines;
    await new Promise((r) => setTimeout(r, delay));
  }
}

/** A log line holds `message` when it is the message, or a prefix, a space, then the message. */
export function logLineHolds(line: string, message: string): boolean {
  return line === message || line.endsWith(` ${message}`);
}

/** The first three lines, quoted, and how many more there are: one value to put in a message. */
export function describeLines(lines: string[]): Var {
  const first = showAll(lines.slice(0, 3));
  return lines.length > 3 ? msg('state.andMore', { lines: first, n: lines.length - 3 }) : first;
}
