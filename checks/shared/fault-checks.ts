// The contract's Faults rule, as checks shared by the steps: clients that
// half-close with replies owed, reset while they wait in the queue, keep
// sending after the end, or stop reading. Each step says how its protocol
// asks and answers (an Exchange); the faults are the same everywhere.
import type { Conn } from '../harness/connection.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { show } from '../harness/failure.ts';
import { MB } from '../harness/memory.ts';
import type { Check } from '../harness/types.ts';

/** One request line and the reply line it gets (exact text, or a pattern with its description). */
export interface Exchange {
  send: string;
  reply: string | { test: RegExp; describe: string };
}

export interface Protocol {
  /** What a new connection gets first (the chat's "welcome NICK"), read before anything is sent. */
  greet?: (c: Conn) => Promise<void>;
  /** Requests whose replies do not depend on each other's order in time. */
  requests: Exchange[];
}

export const HALF_CLOSE_HINTS = [
  'A client that half-closes (socket.end() in Node, "nc -N" at end of input) has only finished sending: every line it sent still gets its reply, in order, and only then do you close. In Node, createServer({ allowHalfOpen: true }) and end() once the last reply is written; in Python, recv() returning b"" means "no more requests", not "stop answering".',
  'Node\'s default (allowHalfOpen: false) ends your side as soon as the client\'s FIN arrives: a reply computed after that (after an await, a file read, a queued command) is lost.',
];

export const QUEUED_RESET_HINTS = [
  'Listen for "error" on a socket as soon as it is accepted (in the "connection" handler), not when you get to serve it: a client waiting in line can reset its connection, and an "error" with no listener crashes the whole server.',
  'In Python, a recv() on a connection reset while it waited raises ConnectionResetError: catch it around that client\'s loop, close that socket, and accept the next.',
];

export const AFTER_END_HINTS = [
  'After the last reply ("bye", or the error for an over-long line), read nothing more from that client: stop handling its "data", and close the connection for good once that reply has left: socket.end(last, () => socket.destroy()). A client that keeps sending must not make you buffer what it sends.',
  'socket.end() only closes your sending side: Node keeps reading what the peer sends. Python\'s conn.close() closes both directions at once.',
];

async function expectReply(c: Conn, e: Exchange, sent: string, hint: string): Promise<void> {
  if (typeof e.reply === 'string') return c.expectLine(e.reply, { sent, hint });
  const { test, describe } = e.reply;
  await c.expectMatch((l) => test.test(l), describe, { sent, hint });
}

/** The requests go out in one segment, followed at once by a FIN: every reply must still come, then the close. */
export function halfCloseCheck(p: Protocol & { needs: string[] }): Check {
  return {
    id: 'half-close',
    title: 'a client that half-closes right after its last line still gets every reply, then the close',
    role: 'server',
    needs: p.needs,
    points: 2,
    hints: HALF_CLOSE_HINTS,
    run: async (t) => {
      const a = await t.connect(await t.server());
      await p.greet?.(a);
      const lines = p.requests.map((r) => r.send);
      a.endWith(lines.map((l) => `${l}\n`).join(''));
      const sent = `${lines.map((l) => show(l)).join(', ')} in one segment, then a FIN (the client's sending side closed, as "nc -N" does)`;
      for (const r of p.requests) await expectReply(a, r, sent, HALF_CLOSE_HINTS[0]);
      await a.expectClose({ sent, expected: 'the server to close the connection once every reply is written' });
    },
  };
}

/**
 * Client B connects while A is being served, says something and resets
 * while it still waits its turn (or while served, for a server that serves
 * clients at once); A and the next client C must still be served.
 */
export type Served = (t: CheckContext, server: ServerHandle, c: Conn, text: string) => Promise<void>;

export function resetWhileQueuedCheck(p: { needs: string[]; greet?: (c: Conn) => Promise<void>; served: Served }): Check {
  return {
    id: 'reset-queued',
    title: 'a client that resets while it waits its turn does not stop the server',
    role: 'server',
    needs: p.needs,
    points: 2,
    hints: QUEUED_RESET_HINTS,
    run: async (t) => {
      const server = await t.server();
      const a = await t.connect(server, 'A');
      await p.greet?.(a);
      await p.served(t, server, a, 'A first');
      const b = await t.connect(server, 'B');
      await b.sendLine('B waits in line');
      // A server that reads waiting connections has read this by now; one that does not, never will.
      await b.untilPeerRead();
      b.reset();
      await t.expectRunning(server.program, { sent: 'B connected while A was served, sent a line and reset (RST)', why: 'after a client that waited its turn reset its connection', hint: QUEUED_RESET_HINTS[0] });
      await p.served(t, server, a, 'A again');
      a.end();
      const c = await t.connect(server, 'C');
      await p.greet?.(c);
      await p.served(t, server, c, 'C next');
    },
  };
}

/** The server process's resident size must stay under `limit` bytes above `baseline`. */
function watchMemory(t: CheckContext, server: ServerHandle) {
  const baseline = server.program.rssBytes();
  let peak = baseline ?? 0;
  return {
    sample: () => {
      const now = server.program.rssBytes();
      if (now !== null && now > peak) peak = now;
    },
    grewBy: () => (baseline === null ? 0 : peak - baseline),
    note: () => baseline !== null && t.note(`server memory: ${Math.round(baseline / MB)} MB before, ${Math.round(peak / MB)} MB at most`),
  };
}

/** Traffic and bound for the memory checks: a buffering server grows by about FLOOD_BYTES. */
const FLOOD_BYTES = 256 * MB;
const GROWTH_LIMIT = 96 * MB;
const AFTER_END_MS = 2000;
/**
 * A reading server's garbage alone can reach ~100 MB before a collection
 * (Node at full speed); one that keeps what it owes grows by all 256 MB.
 */
const NON_READER_LIMIT = 160 * MB;

export interface AfterEnd {
  id: string;
  title: string;
  /** What ends the conversation: sends it and reads the last reply. Returns what was sent, for messages. */
  end: (c: Conn) => Promise<string>;
  /** What the client keeps sending: whole lines, or more of a line without "\n". */
  flood: Buffer;
  floodLabel: string;
}

export const AFTER_QUIT = (bye = 'bye'): AfterEnd => ({
  id: 'flood-after-quit',
  title: 'after "/quit", what the client keeps sending is not read: closed within 2 s, memory bounded',
  end: async (c) => {
    await c.sendLine('/quit');
    await c.expectLine(bye);
    return '"/quit"';
  },
  flood: Buffer.from('/echo still here\n'.repeat(4096)),
  floodLabel: '"/echo still here\\n" over and over (up to 256 MB)',
});

export const AFTER_LONG_LINE: AfterEnd = {
  id: 'flood-after-long-line',
  title: 'after the error for a line over 64 KiB, the rest is not read: closed within 2 s, memory bounded',
  end: async (c) => {
    await c.send('9'.repeat(70_000));
    await c.expectMatch((l) => l.startsWith('error: '), 'a line "error: <reason>" for a line over 64 KiB', { sent: '70,000 digits and no "\\n"' });
    return '70,000 digits and no "\\n"';
  },
  flood: Buffer.alloc(64 * 1024, '9'),
  floodLabel: 'more digits, still without "\\n" (up to 256 MB)',
};

/** After the end of a conversation the client floods: the server must stop reading, close, and not grow. */
export function afterEndCheck(kind: AfterEnd, p: { needs: string[]; greet?: (c: Conn) => Promise<void>; next: (t: CheckContext, server: ServerHandle) => Promise<void> }): Check {
  return {
    id: kind.id,
    title: kind.title,
    role: 'server',
    needs: p.needs,
    points: 2,
    heavy: true,
    hints: AFTER_END_HINTS,
    run: async (t) => {
      const server = await t.server();
      const a = await t.connect(server);
      await p.greet?.(a);
      const memory = watchMemory(t, server);
      const ended = await kind.end(a);
      const started = Date.now();
      const { sent, gone } = await a.flood(kind.flood, { maxBytes: FLOOD_BYTES, ms: AFTER_END_MS, label: kind.floodLabel, sample: memory.sample, untilGone: true });
      memory.note();
      const sentMb = `${Math.round(sent / MB)} MB`;
      const what = `${ended}, then ${kind.floodLabel.replace(/ \(up to .*\)$/, '')}`;
      if (memory.grewBy() > GROWTH_LIMIT) {
        t.fail({ sent: `${what}: ${sentMb}`, expected: `the server's memory to stay bounded (at most ${GROWTH_LIMIT / MB} MB more)`, received: `it grew by ${Math.round(memory.grewBy() / MB)} MB: what the client sends is still read and kept`, hint: AFTER_END_HINTS[0] });
      }
      if (!gone) {
        t.fail({ sent: `${what}: ${sentMb}`, expected: 'the server to stop reading and close the connection within 2 s', received: `the server still took data ${Math.round((Date.now() - started) / 100) / 10} s after the end`, hint: AFTER_END_HINTS[0] });
      }
      await p.next(t, server); // and it still serves: a crash shows here, with its stderr
    },
  };
}

/** One client stops reading while another makes the server owe it far more than any bound. */
export function nonReaderMemoryCheck(p: { needs: string[]; owe: (t: CheckContext, server: ServerHandle, memory: { ready: () => void; sample: () => void }) => Promise<string> }): Check {
  return {
    id: 'non-reader-memory',
    title: 'a client that never reads costs bounded memory (256 MB of private messages sent its way)',
    role: 'server',
    needs: p.needs,
    points: 2,
    heavy: true,
    hints: [
      'What a client does not read waits in your server: bound it per client (e.g. 1 MiB of unsent output, socket.writableLength in Node), then disconnect that client.',
      'socket.write() never refuses data: it queues it in memory when the kernel buffer is full and returns false. Ignoring that return value lets one client that never reads grow the server without limit.',
    ],
    run: async (t) => {
      const server = await t.server();
      let memory = watchMemory(t, server);
      // The baseline is taken once the clients are in: a server still starting grows by itself.
      const sent = await p.owe(t, server, { ready: () => (memory = watchMemory(t, server)), sample: () => memory.sample() });
      memory.sample();
      memory.note();
      if (memory.grewBy() > NON_READER_LIMIT) {
        t.fail({ sent, expected: `the server's memory to stay bounded (at most ${NON_READER_LIMIT / MB} MB more)`, received: `it grew by ${Math.round(memory.grewBy() / MB)} MB: the output owed to the client that does not read is kept without a bound` });
      }
    },
  };
}
