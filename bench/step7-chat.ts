// Step 7's event-loop chat against a thread-per-client Python chat written
// like the source lab (bench/python/chat_threads.py).
//   node --import tsx bench/step7-chat.ts [--write]   (--write: bench/RESULTS-step7.md)
// Burst: 50 clients each send 100 lines at once; every other client must get
// every line (245,000 deliveries). Idle: the memory 1,000 more connections
// that say nothing cost a server already at its working size.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { compileTs, KIT_ROOT } from '../checks/harness/compile.ts';
import { freePort } from '../checks/harness/ports.ts';

const GC_ON_SIGNAL = join(KIT_ROOT, 'bench/gc-on-signal.mjs');

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const LINES = 100;
const IDLE = Number(process.env.BENCH_IDLE ?? 1000);

interface Target {
  name: string;
  command: () => Promise<string[]>;
  /** Can be asked for a full garbage collection (SIGUSR2 → "gc done"). */
  collects: boolean;
}

const targets: Target[] = [
  {
    name: 'step 7 solution (Node, one event loop)',
    command: async () => [process.execPath, '--expose-gc', '--import', GC_ON_SIGNAL, await compileTs(join(KIT_ROOT, 'solutions/07-multi-client/server.ts'))],
    collects: true,
  },
  { name: 'thread per client (Python, source-lab style)', command: async () => ['python3', '-u', join(KIT_ROOT, 'bench/python/chat_threads.py')], collects: false },
];

interface Running {
  target: Target;
  child: ChildProcess;
  port: number;
  /** Resolves on the next "gc done" line of the server's stdout. */
  gcDone: () => Promise<void>;
}

async function start(target: Target): Promise<Running> {
  const port = await freePort();
  const [cmd, ...args] = await target.command();
  const child = spawn(cmd, args, { env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  let onGc = () => {};
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      if (d.includes('listening')) resolve();
      if (d.includes('gc done')) {
        process.stderr.write(`${target.name}: ${d}`);
        onGc();
      }
    });
    child.once('exit', () => reject(new Error(`${target.name} exited`)));
    setTimeout(() => reject(new Error(`${target.name} did not start`)), 10_000);
  });
  const gcDone = () => new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${target.name}: no "gc done" within 10 s`)), 10_000);
    onGc = () => (clearTimeout(timer), resolve());
  });
  return { target, child, port, gcDone };
}

const rssKiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]);

/** The server's resident memory once it holds no garbage (Node: a forced full GC; Python frees as it goes). */
async function steadyRssKiB(s: Running): Promise<number> {
  if (s.target.collects) {
    const done = s.gcDone();
    s.child.kill('SIGUSR2');
    await done;
  }
  return rssKiB(s.child.pid!);
}

/** A client that counts lines, calling onLine for each. */
async function client(port: number, onLine: (line: string) => void): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let partial = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop()!;
    for (const line of parts) onLine(line);
  });
  socket.on('error', () => {});
  await once(socket, 'connect');
  return socket;
}

async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function burst(port: number) {
  const got = Array.from({ length: CLIENTS }, () => ({ lines: 0, welcome: false, next: new Map<string, number>(), disorder: 0 }));
  const latencies: number[] = [];
  const sockets: Socket[] = [];
  for (let i = 0; i < CLIENTS; i++) {
    const me = got[i];
    sockets.push(
      await client(port, (line) => {
        if (line.startsWith('welcome ')) me.welcome = true;
        const m = / b (\d+) (\d+) ([\d.]+)$/.exec(line);
        if (!m) return;
        me.lines++;
        latencies.push(performance.now() - Number(m[3]));
        const seq = Number(m[2]);
        if ((me.next.get(m[1]) ?? 0) !== seq) me.disorder++;
        me.next.set(m[1], seq + 1);
      }),
    );
    await until(() => me.welcome, 5000, 'welcome');
  }
  const started = performance.now();
  sockets.forEach((s, i) => s.write(Array.from({ length: LINES }, (_, k) => `x b ${i} ${k} ${performance.now()}\n`).join('')));
  const want = CLIENTS * (CLIENTS - 1) * LINES;
  const total = () => got.reduce((n, g) => n + g.lines, 0);
  await until(() => total() >= want, 60_000, 'every delivery').catch(() => {});
  const seconds = (performance.now() - started) / 1000;
  sockets.forEach((s) => s.destroy());
  latencies.sort((a, b) => a - b);
  return {
    deliveriesPerSec: Math.round(total() / seconds),
    p99: latencies[Math.floor(latencies.length * 0.99)] ?? NaN,
    lost: want - total(),
    disorder: got.reduce((n, g) => n + g.disorder, 0),
  };
}

interface IdleClients {
  sockets: Socket[];
  welcomed: boolean[];
  /** The last chat line each client got. */
  said: string[];
}

/** `n` more idle clients; resolves once each has its welcome and nothing is in flight to anyone. */
async function addIdle(port: number, idle: IdleClients, n: number): Promise<void> {
  const first = idle.sockets.length;
  for (let i = first; i < first + n; i++) {
    idle.sockets.push(await client(port, (line) => {
      if (line.startsWith('welcome ')) idle.welcomed[i] = true;
      else if (!line.startsWith('* ')) idle.said[i] = line;
    }));
  }
  await until(() => idle.sockets.every((_, i) => idle.welcomed[i]), 30_000, 'every welcome');
  // A chat line from the first newcomer reaches each client after every join
  // notice sent to it before: once all have it, nothing is left in flight.
  const marker = `settled ${first}?`;
  idle.sockets[first].write(`${marker}\n`);
  await until(() => idle.sockets.every((_, i) => i === first || idle.said[i]?.endsWith(marker)), 60_000, 'every join notice and the last chat line');
}

/**
 * Memory per idle connection, at the margin: a first thousand clients bring
 * the server to its working size (the join notices they cause make the
 * runtime grow its heap, which it keeps); the next thousand are measured.
 */
async function idle(s: Running) {
  const clients: IdleClients = { sockets: [], welcomed: [], said: [] };
  await addIdle(s.port, clients, IDLE);
  const before = await steadyRssKiB(s);
  await addIdle(s.port, clients, IDLE);
  const after = await steadyRssKiB(s);
  console.error(`idle: ${clients.sockets.length} connected, every notice delivered`);
  clients.sockets.forEach((socket) => socket.destroy());
  return { perConnKiB: (after - before) / IDLE };
}

const MEMORY_METHOD = `Memory per idle connection: ${IDLE.toLocaleString('en')} clients connect and get every join notice, then the server's RSS is read
after a full garbage collection (Node runs with \`--expose-gc\` and bench/gc-on-signal.mjs preloaded; Python frees as it goes);
${IDLE.toLocaleString('en')} more connect, the same again; the difference over ${IDLE.toLocaleString('en')} is the figure. The first thousand
bring the server to its working size: their half a million join notices make V8 grow its young generation, which it keeps
afterwards, and counting that as per-connection memory gave 74.7 KiB before.`;

const rows: string[] = [];
for (const t of targets) {
  let s = await start(t);
  const b = await burst(s.port);
  s.child.kill('SIGKILL');
  s = await start(t);
  const i = await idle(s);
  s.child.kill('SIGKILL');
  rows.push(`| ${t.name} | ${b.deliveriesPerSec.toLocaleString('en')} | ${b.p99.toFixed(1)} ms | ${b.lost} | ${b.disorder} | ${i.perConnKiB.toFixed(1)} KiB |`);
  console.log(rows.at(-1));
}
const table = ['| server | deliveries/s | p99 latency | lost | out of order | memory per idle connection |', '|---|---|---|---|---|---|', ...rows].join('\n');
console.log(`\n${table}`);
if (process.argv.includes('--write')) {
  writeFileSync(join(KIT_ROOT, 'bench/RESULTS-step7.md'), `# Step 7 benchmark\n\n${CLIENTS} clients × ${LINES} lines sent at once (${(CLIENTS * (CLIENTS - 1) * LINES).toLocaleString('en')} deliveries); ${IDLE.toLocaleString('en')} idle connections.\nRun: \`node --import tsx bench/step7-chat.ts --write\` (Linux: memory from /proc/PID/status VmRSS).\n\n${table}\n\n${MEMORY_METHOD}\n`);
}
process.exit(0);
