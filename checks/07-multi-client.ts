// Step 7: many clients at once. Joins and leaves (every way a client can
// go), nicks, private messages, no echo; then load and a slow reader.
import { defineStep, type Check } from './harness/types.ts';
import { JOIN_HINT, room, welcome } from './shared/chat.ts';
import { loadCheck, slowReaderCheck } from './shared/chat-load.ts';
import { chatFaults } from './shared/faults-by-step.ts';
import {
  closeLeaves, COMMANDS_HINT, LEAVE_HINT, MSG_HINT, MSG_UNKNOWN_HINT, msgUnknown, NICK_ERRORS_HINT, NICK_HINT, NICK_REUSE_HINT, nickStaysUnique,
  NO_ECHO_HINT, noEcho, privateMessage, quitLeaves, refusedNicks, rename, resetLeaves, step6Commands, who, WHO_HINT,
} from './shared/chat-scenarios.ts';

export const multiClientChecks: Check[] = [
  {
    id: 'welcome',
    title: 'clients connected at once each get "welcome NICK", with different nicks',
    role: 'server',
    points: 2,
    hints: ['Serve every connection as it comes (no waiting for the previous client to leave), and give each a default nick no one else has.'],
    run: async (t) => {
      const server = await t.server();
      const members = await Promise.all(['A', 'B', 'C'].map((name) => welcome(t, server, name)));
      const nicks = members.map((m) => m.nick);
      if (new Set(nicks).size !== nicks.length) {
        t.fail({ sent: 'three connections at once', expected: 'three different nicks', received: `welcome ${nicks.join(', welcome ')}` });
      }
    },
  },
  {
    id: 'join-notice',
    title: 'the others get "* NICK joined"',
    role: 'server',
    needs: ['welcome'],
    hints: [JOIN_HINT],
    run: async (t) => {
      await room(t, await t.server(), 3);
    },
  },
  {
    id: 'chat',
    title: 'a chat line reaches every other client as "NICK: TEXT"',
    role: 'server',
    needs: ['join-notice'],
    points: 2,
    hints: ['A line that does not start with "/" is a chat message: loop over the other clients and write "NICK: TEXT\\n" to each.'],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      await a.conn.sendLine('hello  everyone ✓');
      await b.conn.expectLine(`${a.nick}: hello  everyone ✓`, { sent: `${a.nick} said "hello  everyone ✓"` });
      await c.conn.expectLine(`${a.nick}: hello  everyone ✓`, { sent: `${a.nick} said "hello  everyone ✓"` });
    },
  },
  {
    id: 'no-echo',
    title: 'the sender does not get its own chat line back',
    role: 'server',
    needs: ['chat'],
    hints: [NO_ECHO_HINT],
    run: async (t) => noEcho(await room(t, await t.server(), 2)),
  },
  {
    id: 'leave-quit',
    title: '/quit gets "bye" and a clean close; the others get "* NICK left"',
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
    title: 'a client that closes without a word: the others get "* NICK left"',
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
    title: 'a client that resets its connection (RST): the others get "* NICK left"',
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT, 'On a reset, Node emits "error" (ECONNRESET) then "close", but no "end".'],
    run: async (t) => {
      const [a, ...others] = await room(t, await t.server(), 3);
      await resetLeaves(a, others);
    },
  },
  {
    id: 'nick-reuse',
    title: 'default nicks stay unique after clients leave',
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
    title: '/nick NAME → "ok", the others get "* OLD is now NAME"',
    role: 'server',
    needs: ['chat'],
    hints: [NICK_HINT],
    run: async (t) => rename(await room(t, await t.server(), 2), 'Alice_7-x'),
  },
  {
    id: 'nick-errors',
    title: '/nick with an invalid or taken name → "error: ..."',
    role: 'server',
    needs: ['nick'],
    hints: [NICK_ERRORS_HINT],
    run: async (t) => refusedNicks(t, await room(t, await t.server(), 2)),
  },
  {
    id: 'who',
    title: '/who → "users: " and every nick',
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
    title: '/msg NICK TEXT: only NICK gets "[pm] FROM: TEXT", the sender "ok"',
    role: 'server',
    needs: ['chat'],
    hints: [MSG_HINT],
    run: async (t) => privateMessage(await room(t, await t.server(), 3)),
  },
  {
    id: 'msg-unknown',
    title: '/msg to an unknown nick → "error: ..."',
    role: 'server',
    needs: ['msg'],
    hints: [MSG_UNKNOWN_HINT],
    run: async (t) => msgUnknown((await room(t, await t.server(), 2))[0]),
  },
  {
    id: 'commands',
    title: "step 6's commands still work",
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
  title: 'Many clients at once',
  concept: 'One event loop serves every client; a broadcast must never wait for the slowest reader.',
  checks: [...multiClientChecks, ...chatFaults({ commands: 'commands', quit: 'leave-quit', msg: 'msg' })],
});

