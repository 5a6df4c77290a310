// The Faults rule applied to each step's protocol: which requests a
// half-closing client sends, how a client is "served", what ends a
// conversation. The checks themselves live in fault-checks.ts.
import type { Conn } from '../harness/connection.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { REPLY_MS } from '../harness/connection.ts';
import { MB } from '../harness/memory.ts';
import type { CheckDefinition } from '../harness/types.ts';
import { show } from '../harness/failure.ts';
import { msg } from '../i18n/index.ts';
import { welcome, room } from './chat.ts';
import { AFTER_LONG_LINE, AFTER_QUIT, afterEndCheck, halfCloseCheck, nonReaderMemoryCheck, resetWhileQueuedCheck, type Exchange, type Served } from './fault-checks.ts';

const echo = (line: string): Exchange => ({ send: line, reply: `echo: ${line}` });

/** "echo: TEXT" for TEXT: the echo steps' way of being served. */
const servedByEcho: Served = async (_t, _s, c, text) => {
  await c.sendLine(text);
  await c.expectLine(`echo: ${text}`);
};

/** Step 5 on: "/echo" (or an expression) and its reply, skipping chat notices in between. */
function servedBy(request: (text: string) => string, reply: (text: string) => string): Served {
  return async (_t, _s, c, text) => {
    await c.sendLine(request(text));
    const want = reply(text);
    const got = await c.lines.waitFor((l) => l === want, REPLY_MS, c.lines.cursor);
    if (got.kind === 'line') c.lines.cursor = got.index + 1;
    else await c.expectLine(want); // fails with the usual message
  };
}

export function echoFaults(): CheckDefinition[] {
  return [halfCloseCheck({ needs: ['echo-lines'], requests: ['first', 'second', 'ça marche ✓', 'last'].map(echo) })];
}

export function disconnectFaults(): CheckDefinition[] {
  return [resetWhileQueuedCheck({ needs: ['after-reset'], served: servedByEcho })];
}

export function calcFaults(): CheckDefinition[] {
  const next = async (t: CheckContext, server: ServerHandle) => servedBy((x) => x, () => '2')(t, server, await t.connect(server, 'B'), '1 + 1');
  return [
    halfCloseCheck({ needs: ['arithmetic'], requests: [{ send: '1 + 1', reply: '2' }, { send: '2 * 3', reply: '6' }, { send: '7 - 10', reply: '-3' }] }),
    resetWhileQueuedCheck({ needs: ['arithmetic'], served: servedBy(() => '20 + 22', () => '42') }),
    afterEndCheck(AFTER_LONG_LINE, { needs: ['huge-line'], next }),
  ];
}

const byEcho = servedBy((text) => `/echo ${text}`, (text) => text);
const commandRequests: Exchange[] = [
  { send: '/echo one', reply: 'one' },
  { send: '/calc 2 + 3', reply: '5' },
  { send: '/echo two  spaces', reply: 'two  spaces' },
];

export function commandFaults(): CheckDefinition[] {
  const next = async (t: CheckContext, server: ServerHandle) => byEcho(t, server, await t.connect(server, 'B'), 'next client');
  return [
    halfCloseCheck({ needs: ['echo'], requests: commandRequests }),
    resetWhileQueuedCheck({ needs: ['echo'], served: byEcho }),
    afterEndCheck(AFTER_QUIT(), { needs: ['quit', 'echo'], next }),
    afterEndCheck(AFTER_LONG_LINE, { needs: ['echo'], next }),
  ];
}

const greetChat = async (c: Conn) => {
  await c.expectMatch((l) => /^welcome \S+$/.test(l), msg('fault.welcome.expected'), { sent: msg('chat.connected', { c: c.name }) });
};

/** Steps 7 and 8: `extra` requests (step 8's /incr) join step 6's in the half-close check. */
/** `ids`: the checks of the step that prove the commands these checks use (/echo, /quit, /msg) work. */
export function chatFaults(ids: { commands: string; quit: string; msg: string }, extra: Exchange[] = []): CheckDefinition[] {
  const next = async (t: CheckContext, server: ServerHandle) => byEcho(t, server, (await welcome(t, server, 'B')).conn, 'next client');
  const line = 'x'.repeat(2048 - 16);
  return [
    halfCloseCheck({ needs: [ids.commands], greet: greetChat, requests: [...commandRequests, ...extra] }),
    resetWhileQueuedCheck({ needs: [ids.commands], greet: greetChat, served: byEcho }),
    afterEndCheck(AFTER_QUIT(), { needs: [ids.quit, ids.commands], greet: greetChat, next }),
    afterEndCheck(AFTER_LONG_LINE, { needs: [ids.commands], greet: greetChat, next }),
    nonReaderMemoryCheck({
      needs: [ids.msg, ids.commands],
      owe: async (t, server, memory) => {
        const [a, b] = await room(t, server, 2);
        memory.ready();
        a.conn.stopReading();
        // 256 MB of private messages of 8 KB, all owed to a: routed, not
        // logged (step 8 writes chat lines to its log), so the check costs
        // the server little more than what it owes.
        const lines = Buffer.from(Array.from({ length: 256 }, (_, i) => `/msg ${a.nick} ${i} ${'x'.repeat(8000)}\n`).join(''));
        await b.conn.flood(lines, { maxBytes: 256 * MB, ms: 10_000, label: msg('fault.nonReader.flood', { q: show(`/msg ${a.nick} …`) }), sample: memory.sample });
        // b's own next reply proves the server read all of it.
        await byEcho(t, server, b.conn, 'all sent');
        return msg('fault.nonReader.sent', { reader: a.nick, sender: b.nick });
      },
    }),
  ];
}
