// State survives a restart: after SIGTERM, and after SIGKILL the instant a
// reply arrives (a reply means "written": nothing acknowledged may be lost).
import type { Check } from '../harness/types.ts';
import type { CheckContext, ServerHandle } from '../harness/context.ts';
import { room, welcome, type Member } from './chat.ts';
import { readCount } from './state-files.ts';

const KILL_CLIENTS = 5;
const KILL_INCRS = 20;
const COUNT = /^count \d+$/;

/** Sends `n` /incr in one write and reads the n replies. */
async function incr(m: Member, n: number, sent: string): Promise<void> {
  await m.conn.sendMerged(Array(n).fill('/incr'));
  for (let i = 0; i < n; i++) await m.conn.expectMatch((l) => COUNT.test(l), '"count N"', { sent, ms: 5000 });
}

async function stopAndRestart(t: CheckContext, server: ServerHandle): Promise<ServerHandle> {
  t.note('checker sends SIGTERM to the server, then starts it again');
  server.program.signal('SIGTERM');
  if (!(await server.program.waitExit(2000))) {
    t.note('still running 2 s after SIGTERM: killed');
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
  const sent = `${KILL_INCRS} × /incr from each of ${KILL_CLIENTS} clients at once, then one more /incr; SIGKILL the instant its reply arrived; restart; /count`;
  await Promise.all(members.map((m) => incr(m, KILL_INCRS, sent)));
  const last = members[0].conn;
  const killed = last.lines.waitFor((l) => COUNT.test(l), 5000, last.lines.lines.length).then((r) => {
    if (r.kind === 'line') server.program.signal('SIGKILL'); // no await in between: the server gets no time to catch up
    return r;
  });
  await last.sendLine('/incr');
  const reply = await killed;
  if (reply.kind !== 'line') t.fail({ sent, expected: 'a reply "count N" within 5 s', received: reply.kind === 'timeout' ? 'nothing' : `the connection was ${reply.reason}` });
  t.note(`got ${JSON.stringify(reply.line)}: server killed (SIGKILL)`);
  await server.program.exit;
  const restarted = await t.server({ name: 'restarted server' });
  const after = await readCount(await welcome(t, restarted, 'K'), sent);
  if (after !== total) {
    t.fail({
      sent,
      expected: `count ${total}: the server had replied to all ${total} /incr before it was killed`,
      received: `count ${after}${after < total ? `: ${total - after} acknowledged /incr lost` : ''}`,
    });
  }
}

export function restartCheck(signal: 'SIGTERM' | 'SIGKILL'): Check {
  const kill = signal === 'SIGKILL';
  return {
    id: kill ? 'restart-sigkill' : 'restart-sigterm',
    title: kill
      ? 'killed (SIGKILL) right after a reply, the restarted server still has every acknowledged /incr'
      : 'stopped (SIGTERM) and restarted, the server still has the count and the chat history',
    role: 'server',
    needs: kill ? ['count-incr', 'join-notice'] : ['count-incr', 'chat'],
    points: 2,
    hints: kill
      ? [
          'Reply "count N" only after N is written to the file (await the write, then reply): a process killed right after the reply must find N on restart.',
          'A counter kept in memory, or written "later" (without awaiting), or only when the server stops, is lost by SIGKILL: nothing runs after it.',
        ]
      : ['Keep the counter in the file named by env COUNTER_FILE and the chat in the file named by env CHAT_LOG; on start, read both back.'],
    run: async (t) => {
      let server = await t.server();
      if (kill) return killedRightAfterReply(t, server);
      const [a, b] = await room(t, server, 2);
      await incr(a, 3, '/incr × 3');
      await incr(b, 2, '/incr × 2');
      const said = [`${a.nick}: kept across restarts`, `${b.nick}: me too ✓`];
      await a.conn.sendLine('kept across restarts');
      await b.conn.expectLine(said[0]);
      await b.conn.sendLine('me too ✓');
      await a.conn.expectLine(said[1]);
      server = await stopAndRestart(t, server);
      const c = await welcome(t, server, 'C');
      const sent = '5 × /incr and 2 chat lines; SIGTERM; restart';
      const count = await readCount(c, `${sent}; /count`);
      if (count !== 5) t.fail({ sent: `${sent}; /count`, expected: 'count 5', received: `count ${count}` });
      await c.conn.sendLine('/history');
      await c.conn.expectLine('history 2', { sent: `${sent}; /history`, hint: 'On start, read the chat log (env CHAT_LOG) back: /history shows what was said before the restart.' });
      for (const line of said) await c.conn.expectLine(line, { sent: `${sent}; /history` });
    },
  };
}
