// Step 7: many clients at once. Joins and leaves (every way a client can
// go), nicks, private messages, no echo; then load and a slow reader.
import { defineStep, type Check } from './harness/types.ts';
import { join, JOIN_HINT, parseUsers, room, welcome } from './shared/chat.ts';
import { loadCheck, slowReaderCheck } from './shared/chat-load.ts';

const LEAVE_HINT =
  'A client can leave by /quit, by closing, or by a reset (a crash): all end in the socket\'s "close" event (a reset also emits "error", which must be handled). Send "* NICK left" from there, once.';

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
    hints: ['Skip the sender in the broadcast loop: it already knows what it said.'],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      await a.conn.sendMerged(['is this echoed?', '/who']);
      await b.conn.expectLine(`${a.nick}: is this echoed?`);
      await a.conn.expectMatch((l) => l.startsWith('users: '), 'the reply to /who ("users: ..."), and no copy of the chat line before it', {
        sent: '"is this echoed?" then "/who"',
      });
    },
  },
  {
    id: 'leave-quit',
    title: '/quit gets "bye" and a clean close; the others get "* NICK left"',
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      await a.conn.sendLine('/quit');
      await a.conn.expectLine('bye');
      await a.conn.expectClose({ clean: true });
      await b.conn.expectLine(`* ${a.nick} left`, { sent: `${a.nick} sent /quit` });
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
      a.conn.end();
      await b.conn.expectLine(`* ${a.nick} left`, { sent: `${a.nick} closed its connection (FIN) without /quit` });
    },
  },
  {
    id: 'leave-reset',
    title: 'a client that resets (crashes): the others get "* NICK left"',
    role: 'server',
    needs: ['join-notice'],
    hints: [LEAVE_HINT, 'On a reset, Node emits "error" (ECONNRESET) then "close", but no "end".'],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      a.conn.reset();
      for (const m of [b, c]) await m.conn.expectLine(`* ${a.nick} left`, { sent: `${a.nick} reset its connection (RST)` });
      await b.conn.sendLine('still here?');
      await c.conn.expectLine(`${b.nick}: still here?`, { hint: 'A reset must not stop the server from serving the others.' });
    },
  },
  {
    id: 'nick-reuse',
    title: 'default nicks stay unique after clients leave',
    role: 'server',
    needs: ['leave-close'],
    hints: ['A nick built from the number of connected clients repeats once someone leaves: count every client ever seen instead, and skip nicks in use.'],
    run: async (t) => {
      const server = await t.server();
      const members = await room(t, server, 3);
      const [a, b] = members;
      a.conn.end();
      await b.conn.expectLine(`* ${a.nick} left`);
      const d = await welcome(t, server, 'D');
      const others = members.slice(1).map((m) => m.nick);
      if (others.includes(d.nick)) {
        t.fail({ sent: `${a.nick} left, then D connected`, expected: `a nick other than ${others.join(' and ')}`, received: `welcome ${d.nick}` });
      }
    },
  },
  {
    id: 'nick',
    title: '/nick NAME → "ok", the others get "* OLD is now NAME"',
    role: 'server',
    needs: ['chat'],
    hints: ['Check the name, replace the nick in the shared collection, reply "ok" to the sender and tell the others "* OLD is now NAME".'],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      await a.conn.sendLine('/nick Alice_7-x');
      await a.conn.expectLine('ok');
      await b.conn.expectLine(`* ${a.nick} is now Alice_7-x`);
      await a.conn.sendLine('hi, it is me');
      await b.conn.expectLine('Alice_7-x: hi, it is me', { hint: 'Chat lines carry the nick the sender has now.' });
    },
  },
  {
    id: 'nick-errors',
    title: '/nick with an invalid or taken name → "error: ..."',
    role: 'server',
    needs: ['nick'],
    hints: ['A nick is 1 to 16 of A-Z a-z 0-9 _ -, and no one else may have it: answer "error: reason" and keep the old nick.'],
    run: async (t) => {
      const [a, b] = await room(t, await t.server(), 2);
      const attempts = ['bad name', 'x'.repeat(17), 'né', 'semi;colon', b.nick];
      for (const name of attempts) {
        await a.conn.sendLine(`/nick ${name}`);
        await a.conn.expectMatch((l) => l.startsWith('error: '), `"error: ..." (${name === b.nick ? 'that nick is taken' : 'not a valid nick'})`);
      }
      await a.conn.sendLine('/who');
      const users = parseUsers(await a.conn.expectMatch((l) => l.startsWith('users: '), '"users: ..."'));
      const want = [a.nick, b.nick].sort();
      if (users.join(' ') !== want.join(' ')) t.fail({ sent: 'the refused /nick commands, then /who', expected: `users: ${want.join(' ')}`, received: `users: ${users.join(' ')}` });
    },
  },
  {
    id: 'who',
    title: '/who → "users: " and every nick',
    role: 'server',
    needs: ['join-notice'],
    hints: ['Join the nicks of every connected client with spaces, after "users: ".'],
    run: async (t) => {
      const members = await room(t, await t.server(), 3);
      await members[1].conn.sendLine('/who');
      const line = await members[1].conn.expectMatch((l) => l.startsWith('users: '), '"users: " and the three nicks');
      const want = members.map((m) => m.nick).sort();
      if (parseUsers(line).join(' ') !== want.join(' ')) t.fail({ expected: `the nicks ${want.join(', ')} (in any order)`, received: `the line "${line}"` });
    },
  },
  {
    id: 'msg',
    title: '/msg NICK TEXT: only NICK gets "[pm] FROM: TEXT", the sender "ok"',
    role: 'server',
    needs: ['chat'],
    hints: ['Find the target by nick, write "[pm] FROM: TEXT" to it alone, and answer "ok" to the sender.'],
    run: async (t) => {
      const [a, b, c] = await room(t, await t.server(), 3);
      await a.conn.sendLine(`/msg ${b.nick} just  between us`);
      await a.conn.expectLine('ok');
      await b.conn.expectLine(`[pm] ${a.nick}: just  between us`);
      await c.conn.sendLine('/who');
      await c.conn.expectMatch((l) => l.startsWith('users: '), `the reply to /who, and no copy of ${a.nick}'s private message before it`);
    },
  },
  {
    id: 'msg-unknown',
    title: '/msg to an unknown nick → "error: ..."',
    role: 'server',
    needs: ['msg'],
    hints: ['When no client has that nick, say so: "error: no user named NICK". Silence leaves the sender waiting.'],
    run: async (t) => {
      const [a] = await room(t, await t.server(), 2);
      await a.conn.sendLine('/msg nobody_here hello?');
      await a.conn.expectMatch((l) => l.startsWith('error: '), '"error: ..." (no client has that nick)');
    },
  },
  {
    id: 'commands',
    title: "step 6's commands still work",
    role: 'server',
    needs: ['welcome'],
    hints: ["Keep step 6's command table and add the chat commands to it: /echo, /calc, /time, /help, /quit still answer as before."],
    run: async (t) => {
      const { conn } = await welcome(t, await t.server());
      await conn.sendLine('/echo two  spaces');
      await conn.expectLine('two  spaces');
      await conn.sendLine('/calc 2 * (3 + 4)');
      await conn.expectMatch((l) => Number(l) === 14, 'the line "14"');
      await conn.sendLine('/nope');
      await conn.expectMatch((l) => l.startsWith('error: '), '"error: unknown command /nope"');
    },
  },
  loadCheck(),
  slowReaderCheck(),
];

export default defineStep({
  step: 7,
  slug: '07-multi-client',
  title: 'Many clients at once',
  concept: 'One event loop serves every client; a broadcast must never wait for the slowest reader.',
  checks: multiClientChecks,
});

