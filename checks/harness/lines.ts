// Framing, once for the whole kit: bytes in, UTF-8 text lines out. A line
// may arrive in many chunks (even inside a multi-byte character) and one
// chunk may hold many lines. `\r` before `\n` is dropped only when asked:
// the checker keeps it in what programs send, to catch a stray `\r`.
import { StringDecoder } from 'node:string_decoder';
import type { Message } from '../i18n/index.ts';

export type LineWait =
  | { kind: 'line'; line: string; index: number }
  | { kind: 'timeout' }
  | { kind: 'ended'; reason: Message | null };

type Waiter = { from: number; test: (line: string) => boolean; done: (r: LineWait) => void };

export class LineQueue {
  readonly lines: string[] = [];
  /** Text received after the last newline. */
  partial = '';
  bytes = 0;
  /** Set once the input ended: why, for a connection; null for a program's output. */
  ended = false;
  endReason: Message | null = null;
  /** Index of the next line `next()` returns. */
  cursor = 0;
  private decoder = new StringDecoder('utf8');
  private waiters = new Set<Waiter>();

  constructor(
    private readonly maxLines = 100_000,
    private readonly onLine?: (line: string) => void,
    private readonly dropCr = false,
  ) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    const text = this.partial + this.decoder.write(chunk);
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const raw of parts) this.add(this.dropCr && raw.endsWith('\r') ? raw.slice(0, -1) : raw);
  }

  end(reason: Message | null = null): void {
    if (this.ended) return;
    this.ended = true;
    this.partial += this.decoder.end();
    this.endReason = reason;
    for (const w of [...this.waiters]) this.settle(w, { kind: 'ended', reason });
  }

  private add(line: string): void {
    if (this.lines.length >= this.maxLines) return; // a flood: keep the start, drop the rest
    const index = this.lines.push(line) - 1;
    this.onLine?.(line);
    for (const w of [...this.waiters]) {
      if (index >= w.from && w.test(line)) this.settle(w, { kind: 'line', line, index });
    }
  }

  private settle(w: Waiter, r: LineWait): void {
    this.waiters.delete(w);
    w.done(r);
  }

  /** The first line at or after `from` that passes `test`, waiting up to `ms`. */
  waitFor(test: (line: string) => boolean, ms: number, from = 0): Promise<LineWait> {
    for (let i = from; i < this.lines.length; i++) {
      if (test(this.lines[i])) return Promise.resolve({ kind: 'line', line: this.lines[i], index: i });
    }
    if (this.ended) return Promise.resolve({ kind: 'ended', reason: this.endReason });
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.settle(w, { kind: 'timeout' }), ms);
      const w: Waiter = {
        from,
        test,
        done: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      this.waiters.add(w);
    });
  }

  /** The next unread line, in order. */
  async next(ms: number): Promise<LineWait> {
    const r = await this.waitFor(() => true, ms, this.cursor);
    if (r.kind === 'line') this.cursor = r.index + 1;
    return r;
  }

  unread(): string[] {
    return this.lines.slice(this.cursor);
  }
}
