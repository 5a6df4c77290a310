// The shared state several clients change at once: a counter and a chat
// log, both in files so they survive a restart. Every change runs under one
// lock, and resolves only once the file is written: the caller replies
// after that, so an acknowledged change is never lost, even on SIGKILL.
import { open, readFile, rename, writeFile, type FileHandle } from 'node:fs/promises';
import { Mutex } from './mutex.ts';

export const HISTORY_MAX = 1000;

export class SharedStore {
  private readonly mutex = new Mutex();
  /** The last HISTORY_MAX messages as "NICK: TEXT", oldest first. */
  private readonly recent: string[] = [];
  /** Messages waiting for the next log write, each with how to tell its sender it was written (or not). */
  private pending: { message: string; published: () => void; settle: (error?: Error) => void }[] = [];
  private log!: FileHandle;

  constructor(readonly counterFile: string, readonly logFile: string) {}

  get backlog(): number {
    return this.pending.length;
  }

  /** Reads the log back after a restart. */
  async load(): Promise<void> {
    const text = await readFile(this.logFile, 'utf8').catch(() => '');
    for (const line of text.split('\n')) if (line) this.remember(withoutStamp(line));
    this.log = await open(this.logFile, 'a'); // O_APPEND: every write lands whole at the end
  }

  /** The classic read-modify-write, made atomic by the lock. */
  incr(): Promise<number> {
    return this.mutex.run(async () => {
      const value = (await this.readCount()) + 1;
      // Write a new file, then rename it over the old one: a crash leaves
      // either the old value or the new one, never a half-written file.
      const tmp = `${this.counterFile}.tmp`;
      await writeFile(tmp, `${value}\n`);
      await rename(tmp, this.counterFile);
      return value;
    });
  }

  count(): Promise<number> {
    return this.mutex.run(() => this.readCount());
  }

  /**
   * Appends "STAMP NICK: TEXT" to the log, then calls `published` while
   * still holding the lock: clients see messages in the log's order.
   * Messages that arrive while a write is under way go together in the next
   * write (one system call for many messages), still in arrival order.
   */
  say(nick: string, text: string, published: () => void): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ message: `${nick}: ${text}`, published, settle: (error) => (error ? reject(error) : resolve()) });
      if (this.pending.length === 1) void this.mutex.run(() => this.writeBatch()); // later ones join this batch
    });
  }

  /** One write for every message queued so far; each sender learns whether its message is on disk. */
  private async writeBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const stamp = new Date().toISOString();
    try {
      await this.log.write(batch.map((b) => `${stamp} ${b.message}\n`).join(''));
    } catch (error) {
      for (const b of batch) b.settle(error as Error); // not written: nobody is told it was
      return;
    }
    for (const { message, published, settle } of batch) {
      this.remember(message);
      published();
      settle();
    }
  }

  /** The last `k` messages, oldest first; behind the lock, so it includes every message said before. */
  history(k: number): Promise<string[]> {
    return this.mutex.run(async () => (k <= 0 ? [] : this.recent.slice(-Math.min(k, HISTORY_MAX))));
  }

  protected remember(message: string): void {
    this.recent.push(message);
    if (this.recent.length > HISTORY_MAX * 2) this.recent.splice(0, this.recent.length - HISTORY_MAX);
  }

  private async readCount(): Promise<number> {
    // No file yet means 0; any other failure (permissions, a disk error) must
    // not silently restart the counter: it fails this command instead.
    const text = await readFile(this.counterFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '0';
      throw error;
    });
    const value = Number.parseInt(text, 10);
    if (!Number.isFinite(value)) throw new Error(`${this.counterFile} does not hold a number`);
    return value;
  }
}

/** "2024-05-01T10:00:00.000Z ann: hi" → "ann: hi" (lines without a stamp stay as they are). */
function withoutStamp(line: string): string {
  return /^\d{4}-\d\d-\d\dT\S+ /.test(line) ? line.slice(line.indexOf(' ') + 1) : line;
}
