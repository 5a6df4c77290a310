// The reference solutions hold under every fault the contract's Faults rule
// names: each fault on a fresh server of its step, driven with raw sockets,
// and after it the same server still serves a new client (step 2, which
// serves one client, exits 0 instead). Memory is the resident size of the
// server's process tree, sampled while the fault floods it.
// The checks prove that a broken program fails; this proves the reference,
// which students copy, does not.
import { afterEach, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { mkdir, type FileHandle } from 'node:fs/promises';
import { CheckRun, type ServerHandle } from '../checks/harness/context.ts';
import { ABSENCE_MS, type Conn } from '../checks/harness/connection.ts';
import { MB } from '../checks/harness/memory.ts';
import { asIs, KIT_ROOT } from './helpers/kit.ts';

/** How one step talks: a request that gets a reply (step 4 has none: it relays). */
interface Protocol {
  step: number;
  slug: string;
  /** A request about `word` and its reply. */
  ask: (word: string) => [string, string];
  /** A request holding a character of several bytes, and its reply. */
  utf8: [string, string];
  /** What a client that never reads sends over and over: a request whose reply is as long or longer (step 4 replies nothing). */
  flood?: string;
  /** A request whose reply waits for the disk: it is still owed when the FIN arrives. */
  slow?: [string, string];
  greet?: boolean;
  /** `/quit` gets `bye`, then the close. */
  quit?: boolean;
  /** A line over 64 KiB gets `error: ...`, then the close (step 5 on). */
  longLine?: boolean;
  /** Step 4: lines go to the server's stdout, the server's stdin goes to the client. */
  relay?: boolean;
  /** Step 2: one client, then the server exits 0. */
  single?: boolean;
}

const echo = (w: string): [string, string] => [w, `echo: ${w}`];
const command = (w: string): [string, string] => [`/echo ${w}`, w];
const calc = (w: string): [string, string] => [`${w.length} * 2`, String(w.length * 2)];
const STEPS: Protocol[] = [
  { step: 2, slug: '02-receive-loop', ask: echo, utf8: echo('çà-✓'), flood: 'unread '.repeat(12), single: true },
  { step: 3, slug: '03-disconnects', ask: echo, utf8: echo('çà-✓'), flood: 'unread '.repeat(12) },
  { step: 4, slug: '04-non-blocking', ask: (w) => [w, `client: ${w}`], utf8: [`çà-✓`, 'client: çà-✓'], quit: true, relay: true },
  { step: 5, slug: '05-sandboxed-eval', ask: calc, utf8: ['1 + é', 'error: unexpected "é" at column 5'], flood: ')', longLine: true },
  { step: 6, slug: '06-commands', ask: command, utf8: command('çà-✓'), flood: '/help', quit: true, longLine: true },
  { step: 7, slug: '07-multi-client', ask: command, utf8: command('çà-✓'), flood: '/help', greet: true, quit: true, longLine: true },
  { step: 8, slug: '08-locks', ask: command, utf8: command('çà-✓'), flood: '/help', slow: ['/incr', 'count 1'], greet: true, quit: true, longLine: true },
];
const ROOT = process.env.REFERENCE_ROOT ?? join(KIT_ROOT, 'solutions');
/** Growth of the server's resident memory allowed during a flood (a server that buffers it grows by hundreds of MB). */
const MAX_GROWTH_MB = 96;
const MS = 5000;

/** Where the server's stdout stood when each client arrived: step 4 looks for what it printed from there. */
const served = new WeakMap<Conn, number>();
let t: CheckRun | undefined;
afterEach(async () => {
  await t?.cleanup();
  t = undefined;
});

/** A fresh server of step `p`, with its state files in a folder of its own. */
async function start(p: Protocol): Promise<ServerHandle> {
  t = new CheckRun(join(ROOT, p.slug), p.step);
  const state = await t.tempDir();
  return t.server({ env: p.step === 8 ? { COUNTER_FILE: join(state, 'counter.txt'), CHAT_LOG: join(state, 'chat.log') } : {} });
}

async function client(p: Protocol, server: ServerHandle, name: string): Promise<Conn> {
  const from = server.program.stdout.lines.length;
  const c = await t!.connect(server, name);
  if (p.greet) await c.expectMatch((l) => l.startsWith('welcome '), asIs('welcome'), { ms: MS });
  served.set(c, from);
  return c;
}

/** Typed on step 4's stdin for a client that does not read: what the server has not sent it yet goes to the next client. */
const FILLER = 'y'.repeat(1023);

/** The next line of `c` (chat notices and filler skipped) must be `want`. */
async function reply(c: Conn, want: string): Promise<void> {
  const got = await c.lines.waitFor((l) => l === want || !(l.startsWith('* ') || l === FILLER), MS, c.lines.cursor);
  expect(got.kind === 'line' ? got.line : `${got.kind}: ${c.lines.unread().join(' | ')}`).toBe(want);
  if (got.kind === 'line') c.lines.cursor = got.index + 1;
}

/** `c` sends the request about `word` and gets its reply; in step 4 the server prints the line, and what is typed on its stdin reaches `c`. */
async function exchange(p: Protocol, server: ServerHandle, c: Conn, word: string, how: 'whole' | 'bytes' | 'split-utf8' = 'whole', asked = p.ask(word)): Promise<void> {
  const [req, rep] = asked;
  await c.send(`${req}\n`, how);
  if (!p.relay) return reply(c, rep);
  const printed = await server.program.stdout.waitFor((l) => l === rep, MS, served.get(c));
  expect(printed.kind === 'line' ? printed.line : `server stdout: ${printed.kind}`).toBe(rep);
  server.program.write(`typed for ${word}\n`);
  await reply(c, `typed for ${word}`);
}

/** `c` leaves cleanly (its FIN, or step 4's `/quit`) and the server closes too. */
async function leave(p: Protocol, c: Conn): Promise<void> {
  if (p.relay) {
    await c.sendLine('/quit');
    await reply(c, 'bye');
  } else c.end();
  expect(await c.expectClose({ ms: MS })).toBe('fin');
}

/** After the fault: the same server serves a new client (step 2: it exits 0, its one client gone). */
async function stillServing(p: Protocol, server: ServerHandle): Promise<void> {
  if (p.single) {
    const exit = await server.program.waitExit(MS);
    expect(exit, server.program.stderrTail()).toMatchObject({ code: 0 });
    return;
  }
  const g = await client(p, server, 'next');
  await exchange(p, server, g, 'next client');
  await leave(p, g);
  expect(server.program.exited, server.program.stderrTail()).toBeNull();
}

/** The server's peak resident memory above what it held when this was called. */
function memory(server: ServerHandle): { sample: () => void; growthMB: () => number } {
  const rss = () => server.program.rssBytes() ?? 0;
  const baseline = rss();
  let peak = baseline;
  return {
    sample: () => void (peak = Math.max(peak, rss())),
    growthMB: () => (Math.max(peak, rss()) - baseline) / MB,
  };
}

const from = (n: number) => STEPS.filter((p) => p.step >= n);

describe.each(STEPS)('step $step reference', (p) => {
  test('a request in 1-byte segments, and a character split across segments', async () => {
    const server = await start(p);
    const a = await client(p, server, 'A');
    await exchange(p, server, a, 'bytes-é', 'bytes');
    await exchange(p, server, a, '', 'split-utf8', p.utf8);
    await leave(p, a);
    await stillServing(p, server);
  });

  test('a half-close right after 50 requests (the last one slow where a step has one): every reply in order, then the close', async () => {
    const server = await start(p);
    const a = await client(p, server, 'A');
    const asks = Array.from({ length: 50 }, (_, i) => p.ask(`line ${i}`));
    if (p.slow) asks.push(p.slow);
    // Step 4 owes only its "bye": its client's lines go to the server's stdout.
    const sent = p.relay ? [...asks.map(([req]) => req), '/quit'] : asks.map(([req]) => req);
    a.endWith(sent.map((l) => `${l}\n`).join(''));
    if (p.relay) {
      await reply(a, 'bye');
      const last = await server.program.stdout.waitFor((l) => l === asks.at(-1)![1], MS, served.get(a));
      expect(last.kind).toBe('line');
    } else for (const [, rep] of asks) await reply(a, rep);
    expect(await a.expectClose({ ms: MS })).toBe('fin');
    await stillServing(p, server);
  });
});

describe.each(from(3))('step $step reference, resets', (p) => {
  test('a client that sends a line and resets while it waits behind another', async () => {
    const server = await start(p);
    const a = await client(p, server, 'A');
    await exchange(p, server, a, 'first');
    const b = await t!.connect(server, 'B'); // no welcome awaited: one-at-a-time servers have not taken it yet
    await b.sendLine(p.ask('queued')[0]);
    await b.untilPeerRead();
    b.reset();
    await exchange(p, server, a, 'still A');
    await leave(p, a);
    await stillServing(p, server);
  });

  test('a reset in the middle of a line', async () => {
    const server = await start(p);
    const c = await client(p, server, 'C');
    await c.send('half a li');
    await c.untilPeerRead();
    c.reset();
    await stillServing(p, server);
  });
});

describe.each(from(2))('step $step reference, a client that sends without reading', (p) => {
  test('memory stays bounded, it stops being read, and it may reset while replies are owed', async () => {
    const server = await start(p);
    const d = await client(p, server, 'D');
    const mem = memory(server);
    if (p.relay) {
      // Step 4 sends its client only what is typed on its stdin: 4 MB typed
      // for a client that does not read, which then resets with them owed.
      await exchange(p, server, d, 'served');
      d.stopReading();
      server.program.write(`${FILLER}\n`.repeat(4096));
      mem.sample();
      expect(mem.growthMB(), 'memory growth in MB with 4 MB typed for a client that does not read').toBeLessThan(MAX_GROWTH_MB);
    } else {
      d.stopReading();
      const chunk = Buffer.from(`${p.flood}\n`.repeat(8192));
      const r = await d.flood(chunk, { maxBytes: 256 * MB, ms: 1500, label: asIs('requests, never reading a reply'), sample: mem.sample });
      expect(mem.growthMB(), `memory growth in MB after sending ${Math.round(r.sent / MB)} MB`).toBeLessThan(MAX_GROWTH_MB);
      // Every buffer on the way is full now: a server that waits for 'drain'
      // reads nothing more (or has cut this client off), so one more chunk
      // finds no room. One that keeps reading makes room, however slowly.
      const more = await d.flood(chunk, { maxBytes: 64 * MB, ms: ABSENCE_MS, label: asIs('more requests') });
      expect(more.sent, `bytes sent in ${ABSENCE_MS} ms more: the server still reads a client that does not read its replies`).toBeLessThanOrEqual(chunk.length);
    }
    if (p.single) {
      // Step 2 need not survive a reset: the client reads its replies at last and leaves.
      d.resumeReading();
      d.end();
      expect(await d.expectClose({ ms: 20_000 })).toBe('fin');
    } else d.reset();
    await stillServing(p, server);
  });
});

describe.each(STEPS.filter((p) => p.quit))('step $step reference, after /quit', (p) => {
  test('a client that floods after /quit: not read, closed within 2 s, memory bounded', async () => {
    const server = await start(p);
    const e = await client(p, server, 'E');
    await e.sendLine('/quit');
    await reply(e, 'bye');
    const mem = memory(server);
    const r = await e.flood(Buffer.from('/echo after\n'.repeat(8192)), { maxBytes: 256 * MB, ms: 2000, label: asIs('lines after /quit'), sample: mem.sample, untilGone: true });
    expect(r.gone, 'connection gone within 2 s after /quit').toBe(true);
    expect(mem.growthMB(), `memory growth in MB after sending ${Math.round(r.sent / MB)} MB`).toBeLessThan(MAX_GROWTH_MB);
    await stillServing(p, server);
  });
});

describe.each(STEPS.filter((p) => p.longLine))('step $step reference, after a line over 64 KiB', (p) => {
  test('a client that floods after a line over 64 KiB: error, closed within 2 s, memory bounded', async () => {
    const server = await start(p);
    const f = await client(p, server, 'F');
    await f.send('9'.repeat(70_000));
    await f.expectMatch((l) => l.startsWith('error: '), asIs('error: ...'), { ms: MS });
    const mem = memory(server);
    const r = await f.flood(Buffer.alloc(256 * 1024, '9'), { maxBytes: 256 * MB, ms: 2000, label: asIs('more of the line'), sample: mem.sample, untilGone: true });
    expect(r.gone, 'connection gone within 2 s after the over-long line').toBe(true);
    expect(mem.growthMB(), `memory growth in MB after sending ${Math.round(r.sent / MB)} MB`).toBeLessThan(MAX_GROWTH_MB);
    await stillServing(p, server);
  });
});

describe('step 8 reference, a disk that fails', () => {
  const p = STEPS.find((s) => s.step === 8)!;

  test('a counter file that cannot be read fails /incr with a short error, not a count restarted at 0, and leaks no path', async () => {
    t = new CheckRun(join(ROOT, p.slug), p.step);
    const state = await t.tempDir();
    const counter = join(state, 'counter.txt');
    await mkdir(counter); // reading it fails with EISDIR: not "no file yet"
    const server = await t.server({ env: { COUNTER_FILE: counter, CHAT_LOG: join(state, 'chat.log') } });
    const a = await client(p, server, 'A');
    await a.sendLine('/incr');
    const line = await a.expectMatch(() => true, asIs('a reply'), { ms: MS });
    expect(line).toMatch(/^error: /);
    expect(line).not.toContain(state);
    await exchange(p, server, a, 'still here');
  });

  test('a chat log write that fails is acknowledged to no one: neither message of the batch is published nor remembered', async () => {
    t = new CheckRun(join(ROOT, p.slug), p.step);
    const state = await t.tempDir();
    const { SharedStore } = (await import(join(ROOT, p.slug, 'store.ts'))) as typeof import('../solutions/08-locks/store.ts');
    const store = new SharedStore(join(state, 'counter.txt'), join(state, 'chat.log'));
    await store.load();
    // The disk fails: from now on every write to the log errors (EBADF).
    await (store as unknown as { log: FileHandle }).log.close();
    const published: string[] = [];
    // Said in the same turn: the second joins the first one's write.
    const said = ['lost 1', 'lost 2'].map((text) => store.say('ann', text, () => published.push(text)));
    expect((await Promise.allSettled(said)).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(published, 'told the others a message that is not in the log').toEqual([]);
    expect(await store.history(10)).toEqual([]);
  });
});
