// A server played by the checker, to drive a student's client: it accepts
// connections and hands each one over as a Conn the check scripts.
import { createServer, Socket, type Server } from 'node:net';
import { msg, type Text } from '../i18n/index.ts';
import { CheckFailure, seconds } from './failure.ts';
import { Conn } from './connection.ts';
import type { Transcript } from './transcript.ts';

export class FakeServer {
  private readonly pending: Socket[] = [];
  private waiter: ((s: Socket) => void) | null = null;
  private readonly conns: Conn[] = [];
  private accepted = 0;

  private constructor(private readonly server: Server, readonly port: number, private readonly transcript: Transcript) {
    server.on('connection', (socket) => {
      if (this.waiter) {
        const w = this.waiter;
        this.waiter = null;
        w(socket);
      } else this.pending.push(socket);
    });
  }

  static listen(transcript: Transcript): Promise<FakeServer> {
    return new Promise((resolve, reject) => {
      // Half-open allowed: like a real server it closes its side after the
      // client's FIN (below), but a check that still owes replies sends them first.
      const server = createServer({ allowHalfOpen: true });
      server.once('error', reject);
      server.listen({ port: 0, host: '127.0.0.1' }, () => {
        const port = (server.address() as { port: number }).port;
        transcript.add('fake server', '·', msg('event.listening', { address: `127.0.0.1:${port}` }));
        resolve(new FakeServer(server, port, transcript));
      });
    });
  }

  /** The next client connection, within `ms`; `gaveUp` ends the wait early (the client exited). */
  async accept(ms = 10_000, gaveUp?: Promise<Text>, gaveUpHint?: () => Text | undefined): Promise<Conn> {
    const socket =
      this.pending.shift() ??
      (await new Promise<Socket | Text | null>((resolve) => {
        const timer = setTimeout(() => resolve(null), ms);
        this.waiter = (s) => {
          clearTimeout(timer);
          resolve(s);
        };
        gaveUp?.then((why) => {
          clearTimeout(timer);
          this.waiter = null;
          resolve(why);
        });
      }));
    if (socket === null || !(socket instanceof Socket)) {
      throw new CheckFailure({
        expected: msg('expected.clientConnects', { address: `127.0.0.1:${this.port}` }),
        received: socket ?? msg('received.noConnection', { time: seconds(ms) }),
        hint: (socket ? gaveUpHint?.() : undefined) ?? msg('hint.harness.clientPort'),
        cause: socket ? 'exited' : 'no-reply',
      });
    }
    this.accepted++;
    const name = this.accepted === 1 ? 'server' : `server #${this.accepted}`;
    this.transcript.add(name, '·', msg('event.clientConnected'));
    const conn = new Conn(name, socket, this.transcript);
    socket.on('end', () => {
      if (conn.holdOpen) return;
      this.transcript.add(name, '·', msg('event.fakeServerCloses'));
      socket.end();
    });
    this.conns.push(conn);
    return conn;
  }

  close(): Promise<void> {
    for (const s of this.pending) s.destroy();
    for (const c of this.conns) c.destroy();
    return new Promise((r) => this.server.close(() => r()));
  }
}
