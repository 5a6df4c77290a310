// What the READMEs and the quiz state about TCP and Python, shown on
// loopback by running it: if the platform behaves otherwise, this fails and
// the answers must change. Each test names the statement it backs.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { within } from '../checks/harness/within.ts';
import { timeWaitCount } from '../checks/harness/ports.ts';

const children: ChildProcess[] = [];
const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  for (const s of servers.splice(0)) s.close();
  for (const s of sockets.splice(0)) s.destroy();
});

/** A server on a free loopback port; resolves with it and its first connection. */
async function listen(options: { allowHalfOpen?: boolean } = {}): Promise<{ port: number; accepted: Promise<Socket> }> {
  const server = createServer(options);
  servers.push(server);
  const accepted = once(server, 'connection').then(([s]) => (sockets.push(s as Socket), s as Socket));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { port: (server.address() as { port: number }).port, accepted };
}

/** How the peer ended the connection, as this side sees it. */
function peerEnd(socket: Socket): Promise<'FIN' | 'RST'> {
  return new Promise((resolve) => {
    socket.on('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNRESET' ? 'RST' : 'FIN'));
    socket.on('end', () => resolve('FIN'));
    socket.resume();
  });
}

/** A child process that runs `code` (node or python3) with PORT set, and prints "ready" once connected. */
async function peer(lang: 'node' | 'python3', code: string, port: number): Promise<ChildProcess> {
  const args = lang === 'node' ? ['--input-type=module', '-e', code] : ['-u', '-c', code];
  const child = spawn(lang === 'node' ? process.execPath : 'python3', args, { env: { ...process.env, PORT: String(port), NODE_OPTIONS: '' }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout! });
  const ready = new Promise((r) => lines.on('line', (l) => l === 'ready' && r(true)));
  expect(await within(ready, 10_000), `${lang} peer ready`).toBe(true);
  return child;
}

const NODE_CONNECT = `import { connect } from 'node:net'; const s = connect(+process.env.PORT, '127.0.0.1', () => console.log('ready')); s.on('error', () => {});`;
const PY_CONNECT = `import os, socket, time\ns = socket.create_connection(("127.0.0.1", int(os.environ["PORT"])))\nprint("ready")\n`;

function python(code: string): string {
  const r = spawnSync('python3', ['-c', code], { encoding: 'utf8' });
  return (r.stdout + r.stderr).trim();
}

describe('how a connection ends (README: "FIN or RST?", step 3 and step 4 READMEs)', () => {
  test('a killed process with nothing unread: the kernel closes its socket with FIN, not a reset', async () => {
    const { port, accepted } = await listen();
    const child = await peer('node', NODE_CONNECT, port);
    const end = peerEnd(await accepted);
    child.kill('SIGKILL');
    expect(await end).toBe('FIN');
  });

  test('a process that exits with unread data in its receive buffer: the peer gets RST', async () => {
    const { port, accepted } = await listen();
    const child = await peer('python3', `${PY_CONNECT}time.sleep(0.2)\n`, port);
    const socket = await accepted;
    const end = peerEnd(socket);
    socket.write('never read by the peer\n');
    await once(child, 'exit');
    expect(await end).toBe('RST');
  });

  test('SO_LINGER 0 (Node resetAndDestroy(), Python setsockopt SO_LINGER (1, 0)) sends RST', async () => {
    const node = await listen();
    const a = connect(node.port, '127.0.0.1');
    sockets.push(a);
    await once(a, 'connect');
    const nodeSide = await node.accepted;
    const nodeEnd = peerEnd(nodeSide);
    a.resetAndDestroy();
    expect(await nodeEnd).toBe('RST');

    const py = await listen();
    await peer('python3', `${PY_CONNECT}import struct\ns.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))\ns.close()\ntime.sleep(5)\n`, py.port);
    expect(await peerEnd(await py.accepted)).toBe('RST');
  });

  test('Node destroy() with nothing unread sends FIN; with unread data, RST', async () => {
    const clean = await listen();
    const a = connect(clean.port, '127.0.0.1');
    sockets.push(a);
    await once(a, 'connect');
    const cleanEnd = peerEnd(await clean.accepted);
    a.destroy();
    expect(await cleanEnd).toBe('FIN');

    const dirty = await listen();
    const b = connect(dirty.port, '127.0.0.1');
    sockets.push(b);
    b.pause(); // nothing read
    await once(b, 'connect');
    const dirtySide = await dirty.accepted;
    const end = peerEnd(dirtySide);
    // "Unread" means in the kernel's receive buffer: Node itself reads ahead
    // up to its highWaterMark (16 KiB) even when paused, so send more.
    dirtySide.write(Buffer.alloc(1024 * 1024, 'x'));
    await within(new Promise((r) => b.once('readable', r)), 1000);
    b.destroy();
    expect(await end).toBe('RST');
  });
});

describe('half-close (contract Faults rule; README: "nc -N", end())', () => {
  test('after end(), replies still arrive when the server allows half-open connections', async () => {
    const { port, accepted } = await listen({ allowHalfOpen: true });
    const client = connect(port, '127.0.0.1');
    sockets.push(client);
    client.end('question\n'); // data, then FIN
    const server = await accepted;
    server.on('end', () => setTimeout(() => server.end('answer after your FIN\n'), 20));
    server.resume();
    const [line] = await once(createInterface({ input: client }), 'line');
    expect(line).toBe('answer after your FIN');
  });

  test("Node's default (allowHalfOpen: false) ends the server's side as soon as the client's FIN arrives", async () => {
    const { port, accepted } = await listen();
    const client = connect(port, '127.0.0.1');
    sockets.push(client);
    client.end('question\n');
    const server = await accepted;
    server.resume();
    await once(server, 'end');
    await new Promise((r) => setImmediate(r));
    expect(server.writableEnded).toBe(true); // a reply computed later has nowhere to go
  });
});

test('readline ends a line at "\\n", at "\\r\\n" and also at a lone "\\r" (README: framing)', async () => {
  const lines: string[] = [];
  for await (const line of createInterface({ input: Readable.from(['a\nb\r\nc\rd\n']), crlfDelay: Infinity })) lines.push(line);
  expect(lines).toEqual(['a', 'b', 'c', 'd']);
});

describe('SO_REUSEADDR and TIME_WAIT (the "port busy" hint, step 1 README)', () => {
  const SERVE_ONCE = (reuse: boolean) => `
import os, socket
port = int(os.environ["PORT"])
srv = socket.socket()
${reuse ? 'srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)' : ''}
srv.bind(("127.0.0.1", port)); srv.listen(1)
print("ready", flush=True)
conn, _ = srv.accept()
conn.close()  # the server closes first: its side goes to TIME_WAIT
srv.close()
again = socket.socket()
${reuse ? 'again.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)' : ''}
try:
    again.bind(("127.0.0.1", port)); print("rebound")
except OSError as e:
    print(e.strerror)
`;

  async function restartResult(reuse: boolean): Promise<string> {
    const probe = await listen();
    const port = probe.port;
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 0));
    const child = spawn('python3', ['-u', '-c', SERVE_ONCE(reuse)], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    const lines = createInterface({ input: child.stdout! });
    const out: string[] = [];
    lines.on('line', (l) => out.push(l));
    await within(new Promise((r) => lines.on('line', (l) => l === 'ready' && r(true))), 10_000);
    const c = connect(port, '127.0.0.1');
    sockets.push(c);
    c.on('error', () => {});
    c.resume();
    await once(c, 'end'); // the server's FIN
    c.end();
    await once(child, 'exit');
    return out.filter((l) => l !== 'ready').join(' ');
  }

  test('Python without SO_REUSEADDR cannot bind again while the old connection is in TIME_WAIT', async () => {
    expect(await restartResult(false)).toBe('Address already in use');
  });

  test('Python with SO_REUSEADDR can', async () => {
    expect(await restartResult(true)).toBe('rebound');
  });

  test('Node sets SO_REUSEADDR itself: a Node server binds again at once', async () => {
    const { port, accepted } = await listen();
    const c = connect(port, '127.0.0.1');
    sockets.push(c);
    c.on('error', () => {});
    const s = await accepted;
    s.end(); // the server closes first: its side of the connection goes to TIME_WAIT
    await once(c, 'end');
    c.end();
    await once(s, 'close');
    expect(timeWaitCount(port), 'TIME_WAIT on the port (what npm run server warns a Python student about)').toBeGreaterThan(0);
    servers.pop()!.close();
    const again = createServer();
    servers.push(again);
    again.listen(port, '127.0.0.1');
    await once(again, 'listening');
  });
});

test('the listen backlog: the kernel completes connections a program has not accepted yet (step 3 README)', async () => {
  const server = await listen();
  servers.at(-1)!.close(); // not this one
  const child = spawn('python3', ['-u', '-c', 'import os, socket, time\ns = socket.create_server(("127.0.0.1", int(os.environ["PORT"])), backlog=1)\nprint("ready", flush=True)\ntime.sleep(30)\n'], { env: { ...process.env, PORT: String(server.port) }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  await within(new Promise((r) => createInterface({ input: child.stdout! }).on('line', (l) => l === 'ready' && r(true))), 10_000);
  const c = connect(server.port, '127.0.0.1');
  sockets.push(c);
  // Connected although the program never calls accept(): the connection waits in the backlog.
  expect(await within(once(c, 'connect').then(() => true), 2000)).toBe(true);
});

describe('Python facts the answers state (step 5 and step 6 READMEs)', () => {
  test('cmd, rest = line.split(" ", 1) raises on a line with no space; partition does not', () => {
    expect(python('cmd, rest = "/quit".split(" ", 1)')).toMatch(/ValueError: not enough values to unpack/);
    expect(python('print("/quit".partition(" "))')).toBe("('/quit', '', '')");
  });

  test('1e308 * 10 is inf in Python, with no exception; 10.0 ** 400 raises OverflowError', () => {
    expect(python('print(1e308 * 10)')).toBe('inf');
    expect(python('10.0 ** 400')).toMatch(/OverflowError/);
  });

  test('% takes the sign of the divisor in Python, of the dividend in JavaScript', () => {
    expect(python('print(-7 % 3, 7 % -3)')).toBe('2 -2');
    expect([-7 % 3, 7 % -3]).toEqual([-1, 1]);
  });

  test('ast.literal_eval reads literals and is no calculator', () => {
    expect(python('import ast; print(ast.literal_eval("[1, 2.5, -3]"))')).toBe('[1, 2.5, -3]');
    expect(python('import ast; print(ast.literal_eval("2 * 3"))')).toMatch(/ValueError: malformed node/);
  });
});
