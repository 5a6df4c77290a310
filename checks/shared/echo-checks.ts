// The echo loop of steps 2 and 3, on both sides: step 3 keeps every check
// of step 2 (except "exits when the client leaves") and adds its own.
import type { Conn } from '../harness/connection.ts';
import { show } from '../harness/failure.ts';
import type { CheckContext } from '../harness/context.ts';
import type { Check } from '../harness/types.ts';

/** How long the stand-in server waits for a second line before it takes the client for a lock-step one. */
const SENDS_AHEAD_MS = 150;

/**
 * After the first of several lines typed at once: does the client send the
 * next one before its reply (sends ahead), or wait for each reply (lock-step,
 * as the source lab's client does)? Both are correct in steps 2 and 3.
 */
async function sendsAhead(t: CheckContext, server: Conn): Promise<boolean> {
  const more = await server.lines.waitFor(() => true, SENDS_AHEAD_MS, server.lines.cursor);
  const ahead = more.kind === 'line';
  t.note(ahead ? 'the client sends ahead: the stand-in server answers several lines at once' : 'the client waits for each reply (lock-step): the stand-in server answers line by line');
  return ahead;
}

export const FRAMING_HINTS = [
  'TCP carries a byte stream, not messages: one read may hold several lines, or part of one. Keep a buffer, cut it at every "\\n", keep the rest for later.',
  'readline.createInterface({ input: socket }) does that framing for you; in Python, sock.makefile("r") or a buffer split on b"\\n".',
];

const LINES = ['first line', 'second line', 'ça marche ✓', 'fourth', 'last one'];

/** A "\r\n" line ending (nc -C, telnet) must not leave a "\r" in the line. */
export function crlfCheck(needs: string): Check {
  return {
    id: 'crlf',
    title: 'drops the "\\r" of a "\\r\\n" line ending (nc -C, telnet)',
    role: 'server',
    needs: [needs],
    hints: [
      'nc -C and telnet end lines with "\\r\\n": drop a "\\r" just before the "\\n", or it ends up inside your reply.',
      'In Python, line.rstrip("\\r") after splitting on "\\n"; in Node, readline with crlfDelay: Infinity drops it for you. End your own lines with "\\n" alone.',
    ],
    run: async (t) => {
      const a = await t.connect(await t.server());
      await a.send('with crlf\r\n');
      await a.expectLine('echo: with crlf', { raw: true });
    },
  };
}

export function echoServerChecks(): Check[] {
  return [
    {
      id: 'echo-lines',
      title: 'replies "echo: L" to every line, in order',
      role: 'server',
      points: 2,
      hints: [
        'Loop: read a line, reply "echo: " + line + "\\n", and again, until the client closes.',
        'Without a loop the server answers once and stops listening to the client.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        for (const line of LINES) {
          await a.sendLine(line);
          await a.expectLine(`echo: ${line}`);
        }
      },
    },
    {
      id: 'merged-lines',
      title: 'answers each of several lines that arrive in one segment',
      role: 'server',
      needs: ['echo-lines'],
      hints: FRAMING_HINTS,
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.sendMerged(['one', 'two', 'three']);
        for (const line of ['one', 'two', 'three']) await a.expectLine(`echo: ${line}`, { hint: 'Three lines came in one read: every one of them needs its reply.' });
      },
    },
    {
      id: 'split-lines',
      title: 'reads lines split over several segments (inside a UTF-8 character, byte by byte)',
      role: 'server',
      needs: ['echo-lines'],
      hints: [
        'A read may end in the middle of a line, or of a character: keep the unfinished part until its "\\n" comes.',
        'Decode with a stream decoder (readline, socket.setEncoding("utf8")): chunk.toString() breaks a character cut in two.',
      ],
      run: async (t) => {
        const a = await t.connect(await t.server());
        await a.send('déjà vu ✓\n', 'split-utf8');
        await a.expectLine('echo: déjà vu ✓');
        await a.send('héhé\n', 'bytes');
        await a.expectLine('echo: héhé');
      },
    },
    crlfCheck('echo-lines'),
    {
      id: 'burst',
      title: 'answers a burst of 200 lines, all of them, in order',
      role: 'server',
      needs: ['merged-lines'],
      hints: ['Many lines in a few big reads: a framing that keeps only the first line of each read loses the others.'],
      run: async (t) => {
        const a = await t.connect(await t.server());
        const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${'x'.repeat(i % 40)}`);
        await a.sendMerged(lines);
        for (const line of lines) await a.expectLine(`echo: ${line}`, { sent: '200 lines in one write' });
      },
    },
  ];
}

export function echoClientChecks(): Check[] {
  return [
    {
      id: 'client-lines',
      title: 'client sends each stdin line and prints each reply',
      role: 'client',
      points: 2,
      hints: [
        'Read stdin line by line (readline on process.stdin); send each line with "\\n"; print every line the server sends.',
        'Reading stdin and the socket are two separate streams: handle both with events, not one after the other.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        for (const line of ['bonjour', 'second ✓']) {
          client.write(`${line}\n`);
          await server.expectLine(line, { sent: `${show(line)} typed on the client's stdin` });
          await server.sendLine(`echo: ${line}`);
          await t.expectOutput(client, `echo: ${line}`);
        }
      },
    },
    {
      id: 'client-owed',
      title: 'client prints the replies still owed at end of stdin, then exits 0',
      role: 'client',
      needs: ['client-lines'],
      hints: [
        'End of stdin is not the end of the conversation: replies to lines already sent may still be on their way. Wait for them (or for the server to close) before exiting.',
        'Count the lines sent and the replies printed; close the socket when stdin has ended and the counts match.',
      ],
      run: async (t) => {
        const { client, server } = await t.clientSession();
        server.holdOpen = true; // a real server answers every line before it closes
        const lines = ['a', 'b', 'c'];
        const sent = '3 lines on the client\'s stdin, then its end';
        client.write(lines.map((l) => `${l}\n`).join(''));
        client.endStdin();
        // Answered as a real server does, except the last reply, held back until stdin has ended.
        await server.expectLine('a', { sent });
        if (await sendsAhead(t, server)) {
          for (const line of ['b', 'c']) await server.expectLine(line, { sent });
          await server.sendMerged(['echo: a', 'echo: b']);
        } else {
          for (const [line, next] of [['a', 'b'], ['b', 'c']]) {
            await server.sendLine(`echo: ${line}`);
            await server.expectLine(next, { sent: `${sent}; ${show(`echo: ${line}`)} answered` });
          }
        }
        await t.expectRunning(client, { ms: 250, sent: 'end of stdin, with the reply to "c" still owed', why: 'until the reply it is owed arrives' });
        await server.sendLine('echo: c');
        for (const line of lines) await t.expectOutput(client, `echo: ${line}`, { sent: 'the replies, the last one after the client\'s stdin ended' });
        server.endAfterPeer();
        await t.expectExit(client, { code: 0, why: 'once every reply is printed' });
      },
    },
    {
      id: 'client-framing',
      title: 'client prints replies that arrive merged or split inside a character',
      role: 'client',
      needs: ['client-lines'],
      hints: FRAMING_HINTS,
      run: async (t) => {
        const { client, server } = await t.clientSession();
        const typed = '"x" and "y" typed on the client\'s stdin';
        client.write('x\ny\n');
        await server.expectLine('x', { sent: typed });
        if (await sendsAhead(t, server)) {
          await server.expectLine('y', { sent: typed });
          await server.sendMerged(['echo: x', 'echo: y']);
          await t.expectOutput(client, 'echo: x', { sent: 'two replies in one segment' });
          await t.expectOutput(client, 'echo: y', { sent: 'two replies in one segment' });
        } else {
          // One reply owed at a time: it comes one byte at a time instead.
          await server.send('echo: x\n', 'bytes');
          await t.expectOutput(client, 'echo: x', { sent: 'a reply sent one byte at a time' });
          await server.expectLine('y', { sent: typed });
          await server.sendLine('echo: y');
          await t.expectOutput(client, 'echo: y');
        }
        client.write('é\n');
        await server.expectLine('é', { sent: '"é" typed on the client\'s stdin' });
        await server.send('echo: é ✓\n', 'split-utf8');
        await t.expectOutput(client, 'echo: é ✓', { sent: 'a reply split inside a UTF-8 character' });
      },
    },
  ];
}
