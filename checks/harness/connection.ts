// A named TCP connection as a check sees it: send in the ways TCP may
// deliver (whole, split inside a character, byte by byte, merged), read
// lines with deadlines, inject faults, and tell a clean close from a reset.
import { connect, type Socket } from 'node:net';
import { msg, type Message, type Text } from '../i18n/index.ts';
import { CheckFailure, show, showAll, seconds, type Cause } from './failure.ts';
import { LineQueue } from './lines.ts';
import { endWasReset } from './peer-reset.ts';
import { peerHasRead } from './peer-read.ts';
import type { Transcript } from './transcript.ts';
import { within } from './within.ts';

export const REPLY_MS = 2000;
export const ABSENCE_MS = 300;
/** Pacing between the pieces of one split send, so they leave as separate segments and reads. */
const PIECE_GAP_MS = 40;
const BYTE_GAP_MS = 4;

export type SendHow = 'whole' | 'split-utf8' | 'bytes';
export type CloseKind = 'fin' | 'reset';
/** The code of a reset seen after the peer's last data (a FIN then a reset). */
const RESET_AFTER_DATA = 'RST after its last data';

export interface ExpectOptions {
  ms?: number;
  /** What the checker did, if not the last send on this connection. */
  sent?: Text;
  hint?: Text;
  /** Keep a "\r" before the "\n": only the checks about "\r" look at it, others read as the contract frames. */
  raw?: boolean;
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class Conn {
  readonly lines: LineQueue;
  /** How the peer ended the connection, once it has. */
  closeKind: CloseKind | null = null;
  readonly closed: Promise<CloseKind>;
  lastSent: Text = msg('sent.nothingYet');
  /** The checker plays a server that still owes replies: the peer's FIN does not close our side (see endAfterPeer). */
  holdOpen = false;
  private resolveClosed!: (k: CloseKind) => void;

  constructor(readonly name: string, readonly socket: Socket, private readonly transcript: Transcript) {
    this.lines = new LineQueue(100_000, (l) => transcript.add(name, '←', l));
    this.closed = new Promise((r) => (this.resolveClosed = r));
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.lines.push(chunk));
    socket.on('end', () => (endWasReset(socket) ? this.peerClosed('reset', RESET_AFTER_DATA) : this.peerClosed('fin')));
    socket.on('error', (error: NodeJS.ErrnoException) => this.peerClosed(error.code === 'ECONNRESET' ? 'reset' : 'reset', error.code));
    socket.on('close', () => this.peerClosed('fin'));
  }

  private peerClosed(kind: CloseKind, code?: string): void {
    if (this.closeKind) return;
    this.closeKind = kind;
    const how = kind === 'fin' ? msg('closed.fin') : code === RESET_AFTER_DATA ? msg('closed.resetAfterData') : msg('closed.reset', { code: code ?? 'RST' });
    const event = kind === 'fin' ? msg('event.closedFin') : code === RESET_AFTER_DATA ? msg('event.resetAfterData') : msg('event.reset', { code: code ?? 'RST' });
    if (this.lines.partial) this.transcript.add(this.name, '←', msg('wire.noNewline', { line: this.lines.partial }));
    this.transcript.add(this.name, '·', event);
    this.lines.end(how);
    this.resolveClosed(kind);
  }

  private write(bytes: Buffer): Promise<void> {
    return new Promise((resolve) => {
      if (this.socket.destroyed || this.socket.writableEnded) return resolve();
      this.socket.write(bytes, () => resolve());
    });
  }

  /** Sends raw text. `how` decides how the bytes are cut into writes. */
  async send(text: string, how: SendHow = 'whole'): Promise<void> {
    const bytes = Buffer.from(text, 'utf8');
    const label = how === 'whole' ? show(text) : msg(how === 'bytes' ? 'sent.bytes' : 'sent.split', { q: show(text) });
    this.lastSent = label;
    this.transcript.add(this.name, '→', label);
    if (how === 'whole') return this.write(bytes);
    if (how === 'bytes') {
      for (let i = 0; i < bytes.length; i++) {
        await this.write(bytes.subarray(i, i + 1));
        await pause(BYTE_GAP_MS);
      }
      return;
    }
    const cut = splitPoint(bytes);
    await this.write(bytes.subarray(0, cut));
    await pause(PIECE_GAP_MS);
    await this.write(bytes.subarray(cut));
  }

  sendLine(line: string, how: SendHow = 'whole'): Promise<void> {
    return this.send(`${line}\n`, how);
  }

  /** Several lines in one write: the reader must find every one. */
  sendMerged(lines: string[]): Promise<void> {
    return this.send(lines.map((l) => `${l}\n`).join(''));
  }

  /** The next line, or a failure that says what was expected and what came instead. */
  async readLine(expected: Text, o: ExpectOptions = {}): Promise<string> {
    const ms = o.ms ?? REPLY_MS;
    const r = await this.lines.next(ms);
    if (r.kind === 'line') return o.raw ? r.line : r.line.replace(/\r$/, '');
    const partial = this.lines.partial ? show(this.lines.partial) : undefined;
    let received: Message;
    if (r.kind === 'timeout') {
      received = partial ? msg('received.nothingWithinPartial', { time: seconds(ms), q: partial }) : msg('received.nothingWithin', { time: seconds(ms) });
    } else {
      received = partial ? msg('received.noLinePartial', { how: r.reason!, q: partial }) : msg('received.noLine', { how: r.reason! });
    }
    throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received, hint: o.hint, cause: r.kind === 'timeout' ? 'no-reply' : this.closeCause() });
  }

  /** A close seen by this connection, as a failure's cause. */
  closeCause(): Cause {
    return this.closeKind === 'reset' ? 'reset' : 'closed';
  }

  /** The next line must be exactly `expected`. */
  async expectLine(expected: string, o: ExpectOptions = {}): Promise<void> {
    const wanted = msg('received.line', { q: show(expected) });
    const line = await this.readLine(wanted, o);
    if (line !== expected) {
      throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected: wanted, received: msg('received.line', { q: show(line) }), hint: o.hint });
    }
  }

  /** The next line must pass `test`; `expected` describes it to the student. */
  async expectMatch(test: (line: string) => boolean, expected: Text, o: ExpectOptions = {}): Promise<string> {
    const line = await this.readLine(expected, o);
    if (!test(line)) throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received: msg('received.line', { q: show(line) }), hint: o.hint });
    return line;
  }

  /** Absence: no line (and no close) for `ms` (at most 300 ms). */
  async expectNothing(expected: Text, o: ExpectOptions = {}): Promise<void> {
    const ms = Math.min(o.ms ?? ABSENCE_MS, ABSENCE_MS);
    const r = await this.lines.waitFor(() => true, ms, this.lines.cursor);
    if (r.kind === 'line') throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received: msg('received.line', { q: show(r.line) }), hint: o.hint });
    if (r.kind === 'ended') {
      throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received: msg('received.connectionWas', { how: r.reason! }), hint: o.hint, cause: this.closeCause() });
    }
  }

  /** The peer must close within `ms`; with `clean`, by a FIN and not a reset. */
  async expectClose(o: ExpectOptions & { clean?: boolean; expected?: Text } = {}): Promise<CloseKind> {
    const ms = o.ms ?? REPLY_MS;
    const expected = o.expected ?? msg(o.clean ? 'expected.cleanClose' : 'expected.close');
    const kind = await within(this.closed, ms);
    if (kind === null) {
      const extra = this.lines.unread();
      const time = seconds(ms);
      const got = extra.length ? msg('received.stillOpenLines', { time, lines: showAll(extra) }) : msg('received.stillOpen', { time });
      throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received: got, hint: o.hint, cause: 'no-reply' });
    }
    if (o.clean && kind === 'reset') {
      throw new CheckFailure({ sent: o.sent ?? this.lastSent, expected, received: msg('received.resetNotClosed'), hint: o.hint ?? msg('hint.harness.reset'), cause: 'reset' });
    }
    return kind;
  }

  /**
   * Sends `chunk` over and over, as fast as the peer reads it, until the peer
   * closes, `maxBytes` are sent, or `ms` pass. Waits for 'drain', so the
   * checker never holds the flood itself. `sample` runs every 8 MB sent.
   * With `untilGone`, a FIN from the peer does not stop it: only the peer
   * no longer reading at all (our writes then fail) does.
   */
  async flood(chunk: Buffer, o: { maxBytes: number; ms: number; label: Text; sample?: () => void; untilGone?: boolean }): Promise<{ sent: number; closed: boolean; gone: boolean }> {
    this.transcript.add(this.name, '·', msg('event.floodStart', { what: o.label }));
    this.lastSent = o.label;
    const deadline = Date.now() + o.ms;
    let sent = 0;
    let nextSample = 0;
    // Our side would end itself on the peer's FIN (allowHalfOpen: false), and
    // a server that sent FIN but still reads would go unnoticed.
    if (o.untilGone) this.socket.allowHalfOpen = true;
    const closing = new Promise((r) => this.socket.once('close', r));
    const stopped = () => this.socket.destroyed || (!o.untilGone && this.closeKind !== null);
    while (sent < o.maxBytes && !stopped() && Date.now() < deadline) {
      if (sent >= nextSample) {
        o.sample?.();
        nextSample += 8 * 1024 * 1024;
      }
      sent += chunk.length;
      if (this.socket.write(chunk)) continue;
      const left = deadline - Date.now();
      await within(Promise.race([new Promise((r) => this.socket.once('drain', r)), closing, o.untilGone ? closing : this.closed]), Math.max(1, left));
    }
    o.sample?.();
    const gone = this.socket.destroyed;
    if (o.untilGone && this.closeKind && !gone) this.socket.end(); // what the default would have done
    this.transcript.add(this.name, '·', msg('event.floodStop', { n: Math.round(sent / 1024 / 1024) }));
    return { sent, closed: this.closeKind !== null, gone };
  }

  /** As a real server does once it owes nothing: close our side when the peer has sent its FIN (now, or when it comes). */
  endAfterPeer(): void {
    this.holdOpen = false;
    const close = () => {
      this.transcript.add(this.name, '·', msg('event.fakeServerCloses'));
      this.socket.end();
    };
    if (this.socket.readableEnded) close();
    else this.socket.once('end', close);
  }

  /** Sends `text` and the FIN in one go (as "nc -N" piping a file does): the data and its end arrive together. */
  endWith(text: string): void {
    this.lastSent = show(text);
    this.transcript.add(this.name, '→', show(text));
    this.transcript.add(this.name, '·', msg('event.checkerFin'));
    this.socket.end(text);
  }

  /** Half-close: send FIN, keep reading. */
  end(): void {
    this.transcript.add(this.name, '·', msg('event.checkerFin'));
    this.socket.end();
  }

  /**
   * Waits (at most `ms`, the absence limit by default) until the program at
   * the other end has read what was sent: a reset that overtakes unread data
   * reads as a clean end. Returns false when it still has not read it.
   */
  async untilPeerRead(ms = ABSENCE_MS): Promise<boolean> {
    const read = await peerHasRead(this.socket, ms);
    if (!read) this.transcript.add(this.name, '·', msg('event.notRead', { time: `${ms} ms` }));
    return read;
  }

  /** Abort the connection with a TCP reset, as an aborting client would (SO_LINGER 0). */
  reset(): void {
    this.transcript.add(this.name, '·', msg('event.checkerReset'));
    this.closeKind ??= 'reset';
    this.socket.resetAndDestroy();
  }

  /** Stop reading: the kernel buffers fill and the peer's writes back up. */
  stopReading(): void {
    this.transcript.add(this.name, '·', msg('event.checkerStoppedReading'));
    this.socket.pause();
  }

  resumeReading(): void {
    this.socket.resume();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

/** A cut inside the first multi-byte character, or in the middle when there is none. */
function splitPoint(bytes: Buffer): number {
  const lead = bytes.findIndex((b) => b >= 0xc0);
  return lead >= 0 ? lead + 1 : Math.max(1, Math.floor(bytes.length / 2));
}

export interface DialOptions {
  /** How long to retry while nothing listens yet (the contract: 10 s). */
  readyMs?: number;
  /** Gives up early when the program we wait for has exited. */
  gaveUp?: () => Promise<Text> | null;
  /** The hint to give when `gaveUp` ended the wait. */
  gaveUpHint?: () => Text | undefined;
}

/** Connects to 127.0.0.1:port, retrying while the server is not listening yet. */
export async function dial(name: string, port: number, transcript: Transcript, o: DialOptions = {}): Promise<Conn> {
  const deadline = Date.now() + (o.readyMs ?? 10_000);
  for (let delay = 10; ; delay = Math.min(delay * 2, 100)) {
    const attempt = await tryConnect(port);
    if ('socket' in attempt) {
      transcript.add(name, '·', msg('event.connected', { address: `127.0.0.1:${port}` }));
      return new Conn(name, attempt.socket, transcript);
    }
    const reason = o.gaveUp?.();
    const address = `127.0.0.1:${port}`;
    if (reason) {
      throw new CheckFailure({ sent: msg('sent.connection', { address }), expected: msg('expected.accept'), received: await reason, hint: o.gaveUpHint?.(), cause: 'exited' });
    }
    if (attempt.code !== 'ECONNREFUSED' || Date.now() > deadline) {
      throw new CheckFailure({
        sent: msg('sent.connections', { address, time: seconds(o.readyMs ?? 10_000) }),
        expected: msg('expected.listen'),
        received: attempt.code === 'ECONNREFUSED' ? msg('received.refused') : msg('received.connectionError', { code: attempt.code }),
        hint: msg('hint.harness.port'),
        cause: 'no-reply',
      });
    }
    await pause(delay);
  }
}

function tryConnect(port: number): Promise<{ socket: Socket } | { code: string }> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.removeAllListeners('error');
      resolve({ socket });
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      socket.destroy();
      resolve({ code: error.code ?? 'EUNKNOWN' });
    });
  });
}
