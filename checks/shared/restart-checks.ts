// State survives a restart: after SIGTERM, and after SIGKILL the instant a
// reply arrives (a reply means "written": nothing acknowledged may be lost).
import type { CheckDefinition } from '../harness/types.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { room, welcome, type Member } from './chat.ts';
import { readCount } from './state-files.ts';
import { seconds, show } from '../harness/failure.ts';
import { msg, type Text } from '../i18n/index.ts';

const KILL_CLIENTS = 5;
const KILL_INCRS = 20;
const COUNT = /^count \d+$/;

/** Sends `n` /incr in one write and reads the n replies. */
async function incr(m: Member, n: number, sent: Text): Promise<void> {
  await m.conn.sendMerged(Array(n).fill('/incr'));
  for (let i = 0; i < n; i++) await m.conn.expectMatch((l) => COUNT.test(l), msg('restart.countN'), { sent, ms: 5000 });
}

async function stopAndRestart(t: CheckContext, server: ServerHandle): Promise<ServerHandle> {
  t.note(msg('restart.note.sigterm'));
  server.program.signal('SIGTERM');
  if (!(await server.program.waitExit(2000))) {
    t.note(msg('event.killedAfterTerm', { time: seconds(2000) }));
    server.program.signal('SIGKILL');
    await server.program.exit;
  }
  return t.server({ name: 'restarted server' });
}

/**
 * A burst of concurrent /incr, every reply read; then one more /incr, and
 * SIGKILL in the same turn of the checker's event loop as its reply. The
 * server has nothing else in flight then, so any way of writing that is
 * done before the reply passes; a write that comes after the reply (not
 * awaited, batched, debounced, saved on exit) is not there yet.
 */
async function killedRightAfterReply(t: CheckContext, server: ServerHandle): Promise<void> {
  const members = await room(t, server, KILL_CLIENTS);
  const total = KILL_CLIENTS * KILL_INCRS + 1;
  const sent = msg('restart.sigkill.sent', { n: KILL_INCRS, clients: KILL_CLIENTS });
  await Promise.all(members.map((m) => incr(m, KILL_INCRS, sent)));
  const last = members[0].conn;
  const killed = last.lines.waitFor((l) => COUNT.test(l), 5000, last.lines.lines.length).then((r) => {
    if (r.kind === 'line') server.program.signal('SIGKILL'); // no await in between: the server gets no time to catch up
    return r;
  });
  await last.sendLine('/incr');
  const reply = await killed;
  if (reply.kind !== 'line') {
    const expected = msg('restart.sigkill.expectedReply', { time: seconds(5000) });
    if (reply.kind === 'timeout') t.fail({ sent, expected, received: msg('restart.nothing'), cause: 'no-reply' });
    t.fail({ sent, expected, received: msg('received.connectionWas', { how: reply.reason! }), cause: last.closeCause() });
  }
  t.note(msg('restart.note.killed', { q: show(reply.line) }));
  await server.program.exit;
  const restarted = await t.server({ name: 'restarted server' });
  const after = await readCount(await welcome(t, restarted, 'K'), sent);
  if (after !== total) {
    t.fail({
      sent,
      expected: msg('restart.sigkill.expected', { total }),
      received: after < total ? msg('restart.sigkill.lost', { count: after, lost: total - after }) : msg('restart.count', { count: after }),
    });
  }
}

export function restartCheck(signal: 'SIGTERM' | 'SIGKILL'): CheckDefinition {
  const kill = signal === 'SIGKILL';
  return {
    id: kill ? 'restart-sigkill' : 'restart-sigterm',
    title: kill
      ? msg('restart.sigkill.title')
      : msg('restart.sigterm.title'),
    role: 'server',
    needs: kill ? ['count-incr', 'join-notice'] : ['count-incr', 'chat'],
    points: 2,
    hints: kill
      ? [msg('restart.sigkill.hint1'), msg('restart.sigkill.hint2')]
      : [msg('restart.sigterm.hint1')],
    run: async (t) => {
      let server = await t.server();
      if (kill) return killedRightAfterReply(t, server);
      const [a, b] = await room(t, server, 2);
      await incr(a, 3, msg('restart.sent.incrTimes', { n: 3 }));
      await incr(b, 2, msg('restart.sent.incrTimes', { n: 2 }));
      const said = [`${a.nick}: kept across restarts`, `${b.nick}: me too ✓`];
      await a.conn.sendLine('kept across restarts');
      await b.conn.expectLine(said[0]);
      await b.conn.sendLine('me too ✓');
      await a.conn.expectLine(said[1]);
      server = await stopAndRestart(t, server);
      const c = await welcome(t, server, 'C');
      const sentCount = msg('restart.sigterm.sentCount');
      const sentHistory = msg('restart.sigterm.sentHistory');
      const count = await readCount(c, sentCount);
      if (count !== 5) t.fail({ sent: sentCount, expected: msg('restart.count', { count: 5 }), received: msg('restart.count', { count }) });
      await c.conn.sendLine('/history');
      await c.conn.expectLine('history 2', { sent: sentHistory, hint: msg('restart.history.hint') });
      for (const line of said) await c.conn.expectLine(line, { sent: sentHistory });
    },
  };
}
