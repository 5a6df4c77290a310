// The shared state several clients change at once: a counter and a chat
// log, both in files so they survive a restart.
//
// This version has the classic race: incr() reads the file, awaits, then
// writes. While it awaits, other clients run incr() too, read the same old
// value, and updates are lost. Try it: npm run step 8 (the check sends many
// /incr at once). Fix it with the Mutex of mutex.ts.
import { readFile, writeFile } from 'node:fs/promises';

export const HISTORY_MAX = 1000;

export class SharedStore {
  /** The last HISTORY_MAX messages as "NICK: TEXT", oldest first. */
  private readonly recent: string[] = [];

  constructor(readonly counterFile: string, readonly logFile: string) {}

  /** Reads the log back after a restart. */
  async load(): Promise<void> {
    const text = await readFile(this.logFile, 'utf8').catch(() => '');
    for (const line of text.split('\n')) if (line) this.recent.push(line.slice(line.indexOf(' ') + 1));
  }

  async incr(): Promise<number> {
    // TODO: hold a lock from the read to the write.
    const value = (await this.readCount()) + 1; // read …
    await writeFile(this.counterFile, `${value}\n`); // … other clients run here … write
    return value;
  }

  async count(): Promise<number> {
    return this.readCount();
  }

  /** Appends "STAMP NICK: TEXT" to the log, then calls `published`. */
  async say(nick: string, text: string, published: () => void): Promise<void> {
    // TODO: the same race: two messages read the same old log, and the
    //   second write drops the first message. Lock it (and append rather
    //   than rewrite: fs.appendFile).
    const old = await readFile(this.logFile, 'utf8').catch(() => '');
    await writeFile(this.logFile, `${old}${new Date().toISOString()} ${nick}: ${text}\n`);
    this.recent.push(`${nick}: ${text}`);
    published();
  }

  /** The last `k` messages, oldest first. */
  async history(k: number): Promise<string[]> {
    return k <= 0 ? [] : this.recent.slice(-Math.min(k, HISTORY_MAX));
  }

  private async readCount(): Promise<number> {
    const text = await readFile(this.counterFile, 'utf8').catch(() => '0');
    const value = Number.parseInt(text, 10);
    return Number.isFinite(value) ? value : 0;
  }
}
