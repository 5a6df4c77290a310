// The contract's Faults rule, as checks shared by the steps: clients that
// half-close with replies owed, reset while they wait in the queue, keep
// sending after the end, or stop reading. Each step says how its protocol
// asks and answers (an Exchange); the faults are the same everywhere.
import type { Conn } from '../harness/connection.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { show, showAll } from '../harness/failure.ts';
import { MB } from '../harness/memory.ts';
import type { CheckDefinition } from '../harness/types.ts';
import { msg, type Text } from '../i18n/index.ts';

/** One request line and the reply line it gets (exact text, or a pattern with its description). */
export interface Exchange {
  send: string;
  reply: string | { test: RegExp; describe: Text };
}

export interface Protocol {
  /** What a new connection gets first (the chat's "welcome NICK"), read before anything is sent. */
  greet?: (c: Conn) => Promise<void>;
  /** Requests whose replies do not depend on each other's order in time. */
  requests: Exchange[];
}

export const HALF_CLOSE_HINTS = [msg('fault.halfClose.hint1'), msg('fault.halfClose.hint2')];

export const QUEUED_RESET_HINTS = [msg('fault.resetQueued.hint1'), msg('fault.resetQueued.hint2')];

export const AFTER_END_HINTS = [msg('fault.afterEnd.hint1'), msg('fault.afterEnd.hint2')];

async function expectReply(c: Conn, e: Exchange, sent: Text, hint: Text): Promise<void> {
  if (typeof e.reply === 'string') return c.expectLine(e.reply, { sent, hint });
  const { test, describe } = e.reply;
  await c.expectMatch((l) => test.test(l), describe, { sent, hint });
}

/** The requests go out in one segment, followed at once by a FIN: every reply must still come, then the close. */
export function halfCloseCheck(p: Protocol & { needs: string[] }): CheckDefinition {
  return {
    id: 'half-close',
    title: msg('fault.halfClose.title'),
    role: 'server',
    needs: p.needs,
    points: 2,
    hints: HALF_CLOSE_HINTS,
    run: async (t) => {
      const a = await t.connect(await t.server());
      await p.greet?.(a);
      const lines = p.requests.map((r) => r.send);
      a.endWith(lines.map((l) => `${l}\n`).join(''));
      const sent = msg('fault.halfClose.sent', { lines: showAll(lines) });
      for (const r of p.requests) await expectReply(a, r, sent, HALF_CLOSE_HINTS[0]);
      await a.expectClose({ sent, expected: msg('fault.halfClose.expected') });
    },
  };
}

/**
 * Client B connects while A is being served, says something and resets
 * while it still waits its turn (or while served, for a server that serves
 * clients at once); A and the next client C must still be served.
 */
export type Served = (t: CheckContext, server: ServerHandle, c: Conn, text: string) => Promise<void>;

export function resetWhileQueuedCheck(p: { needs: string[]; greet?: (c: Conn) => Promise<void>; served: Served }): CheckDefinition {
  return {
    id: 'reset-queued',
    title: msg('fault.resetQueued.title'),
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
      await t.expectRunning(server.program, { sent: msg('fault.resetQueued.sent'), why: msg('fault.resetQueued.why'), hint: QUEUED_RESET_HINTS[0] });
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
    note: () => baseline !== null && t.note(msg('fault.note.memory', { before: Math.round(baseline / MB), peak: Math.round(peak / MB) })),
  };
}

/** A number of tenths as a decimal, "2.5" ("2,5" in French); a whole number as it is. */
function decimal(tenths: number): number | Text {
  return tenths % 10 === 0 ? tenths / 10 : msg('fault.decimal', { whole: Math.trunc(tenths / 10), tenths: Math.abs(tenths % 10) });
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
  title: Text;
  /** What ends the conversation: sends it and reads the last reply. */
  end: (c: Conn) => Promise<void>;
  /** What the client keeps sending: whole lines, or more of a line without "\n". */
  flood: Buffer;
  /** The flood as the transcript names it ("checker sends …"), with its bound. */
  floodLabel: Text;
  /** All the checker sent, for a failure: the end, then the flood, `mb` megabytes of it. */
  flooded: (mb: number) => Text;
}

export const AFTER_QUIT = (bye = 'bye'): AfterEnd => ({
  id: 'flood-after-quit',
  title: msg('fault.afterQuit.title'),
  end: async (c) => {
    await c.sendLine('/quit');
    await c.expectLine(bye);
  },
  flood: Buffer.from('/echo still here\n'.repeat(4096)),
  floodLabel: msg('fault.afterQuit.flood', { q: show('/echo still here\n') }),
  flooded: (mb) => msg('fault.afterQuit.flooded', { end: show('/quit'), q: show('/echo still here\n'), mb }),
});

export const AFTER_LONG_LINE: AfterEnd = {
  id: 'flood-after-long-line',
  title: msg('fault.afterLongLine.title'),
  end: async (c) => {
    await c.send('9'.repeat(70_000));
    await c.expectMatch((l) => l.startsWith('error: '), msg('fault.afterLongLine.expected'), { sent: msg('fault.afterLongLine.sent') });
  },
  flood: Buffer.alloc(64 * 1024, '9'),
  floodLabel: msg('fault.afterLongLine.flood'),
  flooded: (mb) => msg('fault.afterLongLine.flooded', { mb }),
};

/** After the end of a conversation the client floods: the server must stop reading, close, and not grow. */
export function afterEndCheck(kind: AfterEnd, p: { needs: string[]; greet?: (c: Conn) => Promise<void>; next: (t: CheckContext, server: ServerHandle) => Promise<void> }): CheckDefinition {
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
      await kind.end(a);
      const started = Date.now();
      const { sent, gone } = await a.flood(kind.flood, { maxBytes: FLOOD_BYTES, ms: AFTER_END_MS, label: kind.floodLabel, sample: memory.sample, untilGone: true });
      memory.note();
      const what = kind.flooded(Math.round(sent / MB));
      if (memory.grewBy() > GROWTH_LIMIT) {
        t.fail({ sent: what, expected: msg('fault.memoryBounded', { mb: GROWTH_LIMIT / MB }), received: msg('fault.afterEnd.grew', { mb: Math.round(memory.grewBy() / MB) }), hint: AFTER_END_HINTS[0] });
      }
      if (!gone) {
        t.fail({ sent: what, expected: msg('fault.afterEnd.expectedClose'), received: msg('fault.afterEnd.stillTook', { seconds: decimal(Math.round((Date.now() - started) / 100)) }), hint: AFTER_END_HINTS[0] });
      }
      await p.next(t, server); // and it still serves: a crash shows here, with its stderr
    },
  };
}

/** One client stops reading while another makes the server owe it far more than any bound. */
export function nonReaderMemoryCheck(p: { needs: string[]; owe: (t: CheckContext, server: ServerHandle, memory: { ready: () => void; sample: () => void }) => Promise<Text> }): CheckDefinition {
  return {
    id: 'non-reader-memory',
    title: msg('fault.nonReader.title'),
    role: 'server',
    needs: p.needs,
    points: 2,
    heavy: true,
    hints: [msg('fault.nonReader.hint1'), msg('fault.nonReader.hint2')],
    run: async (t) => {
      const server = await t.server();
      let memory = watchMemory(t, server);
      // The baseline is taken once the clients are in: a server still starting grows by itself.
      const sent = await p.owe(t, server, { ready: () => (memory = watchMemory(t, server)), sample: () => memory.sample() });
      memory.sample();
      memory.note();
      if (memory.grewBy() > NON_READER_LIMIT) {
        t.fail({ sent, expected: msg('fault.memoryBounded', { mb: NON_READER_LIMIT / MB }), received: msg('fault.nonReader.grew', { mb: Math.round(memory.grewBy() / MB) }) });
      }
    },
  };
}
