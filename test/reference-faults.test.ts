// The reference solutions hold under every fault the contract's Faults rule
// names, one after another on the SAME server process: 1-byte segments, a
// character split across segments, a client that half-closes with replies
// owed, resets in the middle of a line and while queued, floods after the
// end, and a client that sends without ever reading. Afterwards the server
// still answers a new client, never crashed, and its memory stayed bounded.
// The checks prove each fault alone; this proves they add up.
import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { CheckContext, type ServerHandle } from '../checks/harness/context.ts';
import type { Conn } from '../checks/harness/connection.ts';
import { MB } from '../checks/harness/memory.ts';
import { KIT_ROOT } from './helpers/kit.ts';
import { tempDir } from './helpers/grade.ts';

interface Protocol {
  step: number;
  slug: string;
  /** A request for `word` and the reply it gets. */
  ask: (word: string) => [string, string];
  greet?: boolean;
  quit?: boolean;
  longLine?: boolean;
  serial?: boolean;
}

const echo = (w: string): [string, string] => [w, `echo: ${w}`];
const command = (w: string): [string, string] => [`/echo ${w}`, w];
const PROTOCOLS: Protocol[] = [
  { step: 3, slug: '03-disconnects', ask: echo, serial: true },
  { step: 5, slug: '05-sandboxed-eval', ask: (w) => [`${w.length} * 2`, String(w.length * 2)], longLine: true },
  { step: 6, slug: '06-commands', ask: command, quit: true, longLine: true },
  { step: 7, slug: '07-multi-client', ask: command, greet: true, quit: true, longLine: true },
  { step: 8, slug: '08-locks', ask: command, greet: true, quit: true, longLine: true },
];

let t: CheckContext | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** The next line equal to `want`, skipping chat notices; a clear failure otherwise. */
async function reply(c: Conn, want: string): Promise<void> {
  const got = await c.lines.waitFor((l) => l === want, 5000, c.lines.cursor);
  expect(got.kind === 'line' ? got.line : `${got.kind}: ${c.lines.unread().join(' | ')}`).toBe(want);
  if (got.kind === 'line') c.lines.cursor = got.index + 1;
}

async function client(p: Protocol, server: ServerHandle, name: string): Promise<Conn> {
  const c = await t!.connect(server, name);
  if (p.greet) await c.expectMatch((l) => l.startsWith('welcome '), 'welcome', { ms: 5000 });
  return c;
}

function rss(server: ServerHandle): number {
  return server.program.rssBytes() ?? 0;
}

describe.each(PROTOCOLS)('step $step reference under every fault', (p) => {
  test('1-byte segments, split UTF-8, half-close, resets, floods, a non-reader; still serving, memory bounded', async () => {
    const state = tempDir('tcp-lab-faults-');
    const env: Record<string, string> = p.step === 8 ? { COUNTER_FILE: join(state, 'c.txt'), CHAT_LOG: join(state, 'chat.log') } : {};
    t = new CheckContext(join(process.env.REFERENCE_ROOT ?? join(KIT_ROOT, 'solutions'), p.slug), p.step);
    const server = await t.server({ env });
    const a = await client(p, server, 'A');
    const [req1, rep1] = p.ask('bytes-é');
    await a.send(`${req1}\n`, 'bytes');
    await reply(a, rep1);
    const [req2, rep2] = p.ask('çà-✓');
    await a.send(`${req2}\n`, 'split-utf8');
    await reply(a, rep2);
    const baseline = rss(server);
    let peak = baseline;
    const sample = () => (peak = Math.max(peak, rss(server)));

    // Reset while queued behind A (or while served, for a server that serves all at once).
    const b = await client(p, server, 'B');
    await b.sendLine(p.ask('queued')[0]);
    await b.untilPeerRead();
    b.reset();

    // Reset in the middle of a line, once the server has read its start.
    const c = await client(p, server, 'C');
    await c.send('half a li');
    await c.untilPeerRead();
    c.reset();

    // A client that sends without reading: a server that respects write()'s
    // return value stops reading it (or drops it) instead of queueing replies.
    const d = await client(p, server, 'D');
    d.stopReading();
    const [reqD] = p.ask('unread');
    await d.flood(Buffer.from(`${reqD}\n`.repeat(4096)), { maxBytes: 64 * MB, ms: 1500, label: 'requests, never reading a reply', sample });
    d.reset();

    if (p.quit) {
      const e = await client(p, server, 'E');
      await e.sendLine('/quit');
      await reply(e, 'bye');
      const r = await e.flood(Buffer.from('/echo after\n'.repeat(4096)), { maxBytes: 128 * MB, ms: 2000, label: 'after quit', sample, untilGone: true });
      expect(r.gone, 'closed within 2 s after /quit').toBe(true);
    }
    if (p.longLine) {
      const f = await client(p, server, 'F');
      await f.send('9'.repeat(70_000));
      await f.expectMatch((l) => l.startsWith('error: '), 'error', { ms: 5000 });
      const r = await f.flood(Buffer.alloc(64 * 1024, '9'), { maxBytes: 128 * MB, ms: 2000, label: 'after long line', sample, untilGone: true });
      expect(r.gone, 'closed within 2 s after the over-long line').toBe(true);
    }

    // A in turn (it was served first: a one-at-a-time server serves it until it leaves).
    const [reqA, repA] = p.ask('still A');
    await a.sendLine(reqA);
    await reply(a, repA);
    // Half-close with replies owed: every reply, then the close.
    const asks = ['h1', 'h2', 'h3'].map(p.ask);
    a.endWith(asks.map(([req]) => `${req}\n`).join(''));
    for (const [, rep] of asks) await reply(a, rep);
    expect(await a.expectClose({ ms: 5000 })).toBeTruthy();

    const g = await client(p, server, 'G');
    const [reqG, repG] = p.ask('after all that');
    await g.sendLine(reqG);
    await reply(g, repG);
    expect(server.program.exited, server.program.stderrTail()).toBeNull();
    sample();
    expect((peak - baseline) / MB, 'memory growth in MB').toBeLessThan(96);
  });
});
