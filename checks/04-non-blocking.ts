// Step 4: both ways at once. The checks drive the program's stdin and its
// socket together, and leave one side idle on purpose: a program that waits
// on one side before it looks at the other gets stuck there.
import type { CheckContext, ServerHandle } from './harness/context.ts';
import type { Conn } from './harness/connection.ts';
import { show } from './harness/failure.ts';
import { defineStep } from './harness/types.ts';
import { msg, type Text } from './i18n/index.ts';
import { serverResetCheck } from './shared/client-checks.ts';
import { halfCloseCheck, QUEUED_RESET_HINTS, resetWhileQueuedCheck, type Served } from './shared/fault-checks.ts';

const BOTH_WAYS_HINT = msg('step4.bothWays.hint');

/** Connects, then waits until the server really has the connection: a line from it shows on the server's stdout. */
async function connectedClient(t: CheckContext, server: ServerHandle, name?: string): Promise<Conn> {
  const conn = await t.connect(server, name);
  const hello = `hello from ${conn.name}`;
  await conn.sendLine(hello);
  await t.expectOutput(server.program, hello, { sent: msg('step4.sent.clientSays', { name: conn.name, q: show(hello) }), hint: msg('step4.printLines.hint') });
  return conn;
}

/** The client must receive a line containing `text` after it was typed on the server's stdin. */
async function typeOnServer(t: CheckContext, server: ServerHandle, conn: Conn, text: string, hint?: Text): Promise<void> {
  server.program.write(`${text}\n`);
  await conn.expectMatch((l) => l.includes(text), msg('step4.expected.typedLine', { q: show(text), name: conn.name }), {
    sent: msg('step4.sent.serverStdin', { q: show(text) }),
    hint: hint ?? BOTH_WAYS_HINT,
  });
}

/** Step 4's way of being served: the server prints what the client says. */
const printed: Served = async (t, server, c, text) => {
  await c.sendLine(text);
  await t.expectOutput(server.program, text, { sent: msg('step4.sent.clientSays', { name: c.name, q: show(text) }) });
};

export default defineStep({
  step: 4,
  slug: '04-non-blocking',
  title: msg('step4.title'),
  concept: msg('step4.concept'),
  checks: [
    {
      id: 'client-lines-printed',
      title: msg('step4.clientLinesPrinted.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('step4.clientLinesPrinted.hint1'),
        msg('step4.clientLinesPrinted.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        for (const line of ['second line, stdin still idle', 'third line']) {
          await a.sendLine(line);
          await t.expectOutput(server.program, line, { sent: msg('step4.sent.clientSaysIdle', { name: a.name, q: show(line) }), hint: msg('step4.firstLineOnly.hint') });
        }
        await a.sendMerged(['two lines', 'in one segment']);
        const merged = msg('step4.sent.oneWrite', { name: a.name, q: show('two lines\nin one segment\n') });
        await t.expectOutput(server.program, 'two lines', { sent: merged });
        await t.expectOutput(server.program, 'in one segment', { sent: merged, hint: msg('step4.severalLines.hint') });
        await a.send('split in a chäracter ✓\n', 'split-utf8');
        await t.expectOutput(server.program, 'split in a chäracter ✓', { sent: msg('step4.sent.splitInside', { name: a.name, q: show('split in a chäracter ✓\n'), inside: show('ä') }), hint: msg('step4.pieces.hint') });
      },
    },
    {
      id: 'stdin-to-client',
      title: msg('step4.stdinToClient.title'),
      role: 'server',
      points: 2,
      hints: [
        msg('step4.stdinToClient.hint1'),
        msg('step4.stdinToClient.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        await typeOnServer(t, server, a, 'news from the server');
        await typeOnServer(t, server, a, 'more news, the client is still silent', msg('step4.secondLine.hint', { bothWays: BOTH_WAYS_HINT }));
        await a.sendLine('the client speaks again');
        await t.expectOutput(server.program, 'the client speaks again', { sent: msg('step4.sent.clientSays', { name: a.name, q: show('the client speaks again') }) });
      },
    },
    {
      id: 'quit-from-client',
      title: msg('step4.quitFromClient.title'),
      role: 'server',
      needs: ['client-lines-printed'],
      points: 2,
      hints: [
        msg('step4.quitFromClient.hint1'),
        msg('step4.quitFromClient.hint2'),
        msg('step4.quitFromClient.hint3'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server, 'A');
        await a.sendLine('/quit');
        await a.expectLine('bye');
        await a.expectClose({ clean: true, expected: msg('step4.expected.cleanCloseAfterBye') });
        t.note(msg('step4.note.secondClient'));
        const b = await connectedClient(t, server, 'B');
        await typeOnServer(t, server, b, 'welcome, second client', msg('step4.newClient.hint'));
      },
    },
    {
      id: 'quit-from-stdin',
      title: msg('step4.quitFromStdin.title'),
      role: 'server',
      needs: ['client-lines-printed'],
      hints: [
        msg('step4.quitFromStdin.hint1'),
        msg('step4.quitFromStdin.hint2'),
      ],
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server);
        server.program.write('/quit\n');
        const quit = msg('step4.sent.serverStdin', { q: show('/quit') });
        await a.expectLine('bye', { sent: quit });
        await a.expectClose({ sent: quit, expected: msg('step4.expected.closeAfterBye') });
        await t.expectExit(server.program, { code: 0, sent: quit, why: msg('step4.why.quitOnStdin') });
      },
    },
    {
      id: 'client-prints-pushed',
      title: msg('step4.clientPrintsPushed.title'),
      role: 'client',
      points: 2,
      hints: [
        msg('step4.clientPrintsPushed.hint1'),
        msg('step4.clientPrintsPushed.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        for (const line of ['pushed by the server', 'and one more, nobody typed anything']) {
          await server.sendLine(line);
          await t.expectOutput(client, line, { sent: msg('step4.sent.serverSaysIdle', { q: show(line) }) });
        }
      },
    },
    {
      id: 'client-sends-stdin',
      title: msg('step4.clientSendsStdin.title'),
      role: 'client',
      hints: [
        msg('step4.clientSendsStdin.hint1'),
        msg('step4.clientSendsStdin.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        client.write('typed by the user\n');
        await server.expectLine('typed by the user', { sent: msg('step4.sent.clientStdin', { q: show('typed by the user') }) });
        await server.sendLine('the server answers');
        await t.expectOutput(client, 'the server answers', { sent: msg('step4.sent.serverSays', { q: show('the server answers') }) });
        client.write('/quit\n');
        await server.expectLine('/quit', { sent: msg('step4.sent.clientStdin', { q: show('/quit') }) });
        await server.sendLine('bye');
        server.end();
        await t.expectExit(client, {
          code: 0,
          sent: msg('step4.sent.serverSaysThenClose', { q: show('bye') }),
          why: msg('step4.why.quitByeClose'),
          hint: msg('step4.exitAfterBye.hint'),
        });
      },
    },
    {
      id: 'client-eof-quit',
      title: msg('step4.clientEofQuit.title'),
      role: 'client',
      hints: [
        msg('step4.clientEofQuit.hint1'),
        msg('step4.clientEofQuit.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        client.endStdin();
        await server.expectLine('/quit', { sent: msg('step4.sent.stdinEnd') });
        await t.expectRunning(client, { ms: 200, sent: msg('step4.sent.stdinEndThen', { q: show('/quit') }), why: msg('step4.why.untilBye') });
        await server.sendLine('bye');
        server.end();
        await t.expectExit(client, { code: 0, sent: msg('step4.sent.serverSaysThenClose', { q: show('bye') }), why: msg('step4.why.byeClose') });
      },
    },
    {
      id: 'client-server-closes',
      title: msg('step4.clientServerCloses.title'),
      role: 'client',
      hints: [
        msg('step4.clientServerCloses.hint1'),
        msg('step4.clientServerCloses.hint2'),
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        server.end();
        await t.expectOutput(client, 'closed', { sent: msg('step4.sent.serverClosedIdle') });
        await t.expectExit(client, { code: 0, sent: msg('step4.sent.serverClosed'), why: msg('step4.why.serverClosed') });
      },
    },
    halfCloseCheck({ needs: ['quit-from-client'], requests: [{ send: '/quit', reply: 'bye' }] }),
    {
      id: 'reset-served',
      title: msg('step4.resetServed.title'),
      role: 'server',
      needs: ['quit-from-client'],
      points: 2,
      hints: QUEUED_RESET_HINTS,
      run: async (t) => {
        const server = await t.server();
        const a = await connectedClient(t, server, 'A');
        await a.send('half a li');
        await a.untilPeerRead(); // a reset that overtakes unread data reads as a clean end
        a.reset();
        await t.expectRunning(server.program, { sent: msg('step4.sent.halfLineReset'), why: msg('step4.why.servedReset'), hint: QUEUED_RESET_HINTS[0] });
        const b = await connectedClient(t, server, 'B');
        await typeOnServer(t, server, b, 'still here', msg('step4.afterReset.hint'));
      },
    },
    resetWhileQueuedCheck({ needs: ['quit-from-client'], served: printed }),
    serverResetCheck(['client-prints-pushed']),
  ],
});
