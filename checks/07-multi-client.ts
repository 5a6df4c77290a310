// Step 7: many clients at once. Joins and leaves (every way a client can
// go), nicks, private messages, no echo; then load and a slow reader.
import { defineStep, type CheckDefinition } from './harness/types.ts';
import { joined, show } from './harness/failure.ts';
import { msg } from './i18n/index.ts';
import { JOIN_HINT, room, welcome } from './shared/chat.ts';
import { loadCheck, slowReaderCheck } from './shared/chat-load.ts';
import { chatFaults } from './shared/faults-by-step.ts';
import {
  closeLeaves, COMMANDS_HINT, LEAVE_HINT, MSG_HINT, MSG_UNKNOWN_HINT, msgUnknown, NICK_ERRORS_HINT, NICK_HINT, NICK_REUSE_HINT, nickStaysUnique,
  NO_ECHO_HINT, noEcho, privateMessage, quitLeaves, refusedNicks, rename, resetLeaves, step6Commands, who, WHO_HINT,
} from './shared/chat-scenarios.ts';

export const multiClientChecks: CheckDefinition[] = [
  {
    id: 'welcome',
    title: msg('step7.welcome.title'),
    role: 'server',
    points: 2,
    hints: [msg('step7.welcome.hint1')],
    run: async (t) => {
      const server = await t.server();
      const members = await Promise.all(['A', 'B', 'C'].map((name) => welcome(t, server, name)));
      const nicks = members.map((m) => m.nick);
      if (new Set(nicks).size !== nicks.length) {
        t.fail({
          sent: msg('step7.welcome.sent'),
          expected: msg('step7.welcome.expected'),
          received: msg('quote.text', { q: joined(nicks.map((n) => `welcome ${n}`), 'list.commas') }),
        });
      }
    },
  },
  {
    id: 'join-notice',
    title: msg('step7.joinNotice.title'),
    role: 'server',
    needs: ['welcome'],
    hints: [JOIN_HINT],
    run: async (t) => {
      await room(t, await t.server(), 3);
    },
  },
  {
    id: 'chat',
    title: msg('step7.chat.title'),
    role: 'server',
    needs: ['join-notice'],
    points: 2,
    hints: [msg('step7.chat.hint1')],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      const text = 'hello  everyone ✓';
      const sent = msg('chat.said', { nick: a.nick, q: show(text) });
      await a.conn.sendLine(text);
      await b.conn.expectLine(`${a.nick}: ${text}`, { sent });
      await c.conn.expectLine(`${a.nick}: ${text}`, { sent });
    },
  },
  {
    id: 'no-echo',
    title: msg('step7.noEcho.title'),
    role: 'server',
    needs: ['chat'],
    hints: [NO_ECHO_HINT],
    run: async (t) => noEcho(await room(t, await t.server(), 2)),
  },
  {
    id: 'leave-quit',
    title: msg('step7.leaveQuit.title'),
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      await quitLeaves(a, [b]);
    },
  },
  {
    id: 'leave-close',
    title: msg('step7.leaveClose.title'),
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      await closeLeaves(a, [b]);
    },
  },
  {
    id: 'leave-reset',
    title: msg('step7.leaveReset.title'),
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT, msg('step7.leaveReset.hint2')],
    run: async (t) => {
      const [a, ...others] = await room(t, await t.server(), 3);
      await resetLeaves(a, others);
    },
  },
  {
    id: 'nick-reuse',
    title: msg('step7.nickReuse.title'),
    role: 'server',
    needs: ['leave-close'],
    hints: [NICK_REUSE_HINT],
    run: async (t) => {
      const server = await t.server();
      await nickStaysUnique(t, server, await room(t, server, 3));
    },
  },
  {
    id: 'nick',
    title: msg('step7.nick.title'),
    role: 'server',
    needs: ['chat'],
    hints: [NICK_HINT],
    run: async (t) => rename(await room(t, await t.server(), 2), 'Alice_7-x'),
  },
  {
    id: 'nick-errors',
    title: msg('step7.nickErrors.title'),
    role: 'server',
    needs: ['nick'],
    hints: [NICK_ERRORS_HINT],
    run: async (t) => refusedNicks(t, await room(t, await t.server(), 2)),
  },
  {
    id: 'who',
    title: msg('step7.who.title'),
    role: 'server',
    needs: ['join-notice'],
    hints: [WHO_HINT],
    run: async (t) => {
      const members = await room(t, await t.server(), 3);
      await who(t, members, members[1]);
    },
  },
  {
    id: 'msg',
    title: msg('step7.msg.title'),
    role: 'server',
    needs: ['chat'],
    hints: [MSG_HINT],
    run: async (t) => privateMessage(await room(t, await t.server(), 3)),
  },
  {
    id: 'msg-unknown',
    title: msg('step7.msgUnknown.title'),
    role: 'server',
    needs: ['msg'],
    hints: [MSG_UNKNOWN_HINT],
    run: async (t) => msgUnknown((await room(t, await t.server(), 2))[0]),
  },
  {
    id: 'commands',
    title: msg('step7.commands.title'),
    role: 'server',
    needs: ['welcome'],
    hints: [COMMANDS_HINT],
    run: async (t) => step6Commands(await welcome(t, await t.server())),
  },
  loadCheck(),
  slowReaderCheck(),
];

export default defineStep({
  step: 7,
  slug: '07-multi-client',
  title: msg('step7.title'),
  concept: msg('step7.concept'),
  checks: [...multiClientChecks, ...chatFaults({ commands: 'commands', quit: 'leave-quit', msg: 'msg' })],
});

