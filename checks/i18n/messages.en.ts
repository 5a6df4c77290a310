// The English catalog: every sentence the kit says, by id. The French catalog
// (messages.fr.ts) has the same ids. {name} is a value filled in (data such as
// a line a program sent, shown as it is, or another message); {n:one|many}
// agrees with the number n. Grouped by where the words appear.

export const en = {
  // ════ The harness: what any check says (checks/harness/*.ts) ════
  'failure.sent': 'sent:     ',
  'failure.expected': 'expected: ',
  'failure.received': 'received: ',

  // Who speaks in a transcript; the programs by the name a check gives them.
  'speaker.checker': 'checker',
  'speaker.fakeServer': 'fake server',
  'program.server': 'server',
  'program.client': 'client',
  'program.restartedServer': 'restarted server',

  // What a program or the checker sent, shown as it is (the same in every language: a quoted
  // line, or a server's lines as they came); too long to show whole, its start and its length.
  'quote.text': '{q}',
  'quote.cut': '{q} ({n} chars)',
  'wire.cut': '{text}… ({n} chars)',
  // A line received without its end, when the connection closed.
  'wire.noNewline': '{line} (no newline)',
  // How the checker sent a text.
  'sent.bytes': '{q} one byte at a time',
  'sent.split': '{q} split inside a character',
  'sent.nothingYet': '(nothing yet)',
  'sent.connection': 'a connection to {address}',
  'sent.connections': 'connections to {address} for {time}',

  // How a program ended, in brackets: "(code 1)".
  'exit.code': 'code {code}',
  'exit.signal': 'signal {signal}',
  'exit.awaitNeverFinished': 'code 13: a top-level await never finished',
  'exit.noCode': 'code null',
  'exit.outputClosed': 'output closed',
  // How a program ended, as what it did: "exited with code 1".
  'exited.code': 'exited with code {code}',
  'exited.signal': 'exited with signal {signal}',
  'exited.awaitNeverFinished': 'exited with code 13: a top-level await never finished',
  'exited.noCode': 'exited with code null',

  // How a connection ended.
  'closed.fin': 'closed cleanly by the peer (FIN)',
  'closed.resetAfterData': 'reset by the peer (RST after its last data)',
  'closed.reset': 'reset by the peer ({code})',

  // What came instead of what was expected.
  'received.line': 'the line {q}',
  'received.nothingWithin': 'nothing within {time}',
  'received.nothingWithinPartial': 'nothing within {time} (only {q}, without the ending "\\n")',
  'received.noLine': 'no line: the connection was {how}',
  'received.noLinePartial': 'no line: the connection was {how} after {q} without an ending "\\n"',
  'received.connectionWas': 'the connection was {how}',
  'received.stillOpen': 'the connection still open after {time}',
  'received.stillOpenLines': 'the connection still open after {time} (and the lines {lines})',
  'received.resetNotClosed': 'a reset (RST): the connection was aborted, not closed',
  'received.refused': 'connection refused every time: nothing listens on that port',
  'received.connectionError': 'connection error {code}',
  'received.noConnection': 'no connection within {time}',
  'received.otherLines': 'other lines: {lines}',
  'received.nothingPrinted': 'nothing printed within {time}',
  'received.andPartial': '{text} (and {q} with no newline yet)',
  'received.programEnded': 'the program ended ({exit})',
  'received.thenProgramEnded': '{text}; then the program ended ({exit})',
  'received.stillRunning': 'still running after {time}',
  'received.itExited': 'it {how}',
  'received.programExited': 'the {name} exited ({exit}) {when}',
  'received.meanwhileExited': '{text}; meanwhile the {name} exited ({exit})',
  'received.withStderr': '{text}; its stderr says:\n{stderr}',
  'received.checkOver': 'the check was already over (timed out or cancelled)',
  'received.stillWaiting': 'it was still waiting (see the transcript for the last thing that happened)',
  'received.leftRunning': 'still running after it was stopped: {processes}',
  'when.beforeAccepting': 'before accepting a connection',
  'when.withoutConnecting': 'without connecting',

  // What the contract asks for.
  'expected.close': 'the connection closed',
  'expected.cleanClose': 'a clean close of the connection (FIN)',
  'expected.accept': 'the server to accept it',
  'expected.listen': 'the server to listen on the HOST and PORT of its environment',
  'expected.clientConnects': 'the client to connect to {address} (from its HOST and PORT environment)',
  'expected.lineContaining': 'a line containing {q} on {name}\'s stdout',
  'expected.exit': '{name} to exit',
  'expected.exitWhy': '{name} to exit {why}',
  'expected.exitCode': '{name} to exit with code {code}',
  'expected.exitCodeWhy': '{name} to exit with code {code} {why}',
  'expected.keepRunning': '{name} to keep running',
  'expected.keepRunningWhy': '{name} to keep running {why}',
  'expected.checkGoesOn': 'the check to go on',
  'expected.finishWithin': 'the check to finish within {time}',
  'expected.nothingOutlives': 'nothing the program started to outlive it',
  // A process a program left running: "server left pid 12 (sleep 100)".
  'left.process': '{name} left {process}',
  'left.pid': 'pid {pid}',
  'left.pidCommand': 'pid {pid} ({command})',
  'list.commas': '{first}, {rest}',
  'list.semicolons': '{first}; {rest}',

  // Hints of the harness: about the program itself, not the step's concept.
  'hint.harness.start': 'Nothing can be checked until the program starts: fix this first (every check of its side says the same).',
  'hint.harness.stillRunning': 'A program ends when nothing is left open: end() its sockets, close() its server, stop reading stdin (or call process.exit). In Python, close the socket and return from main.',
  'hint.harness.crash': 'Your {name} stopped with an error ({exit}): the error line is above and its whole output is in the transcript. Fix that first; {how} shows it live.',
  'hint.harness.crashByHand': 'running it by hand',
  'hint.harness.crashCommand': 'npm run {role} -- {step}',
  'hint.harness.reset': 'A socket closed while unread data waits in it, or destroyed instead of ended, sends RST. Read what is pending, then end() the socket.',
  'hint.harness.port': 'Read the port from process.env.PORT (and the host from process.env.HOST): the checker picks a free port for every run.',
  'hint.harness.clientPort': 'Connect to process.env.HOST and process.env.PORT: the checker runs its own server on a free port.',
  'hint.harness.leftProcesses': 'A program that starts other processes must stop them when it ends (or not start any: one process serves every step).',

  // A program that could not be run.
  'start.missing': 'no {role} program: looked for {files} in {dir}',
  'start.compile': '{file} does not compile: {error}',
  'internal.error': 'internal error in the checker, not in your program:\n{detail}',
  'internal.cleanup': 'cleanup failed: {error}',

  // A step whose checks never came back: the checker's failure (grading).
  'internal.hung': 'internal error in the checker, not in the program: {why}',
  'hung.notFinished': 'the check did not finish within {n} s',
  'hung.notReported': 'the step was not reported',
  'hung.sandboxEnded': 'the grading sandbox ended early ({detail})',

  // Why a check was skipped.
  'skip.needs': 'skipped: needs "{check}" to pass first',
  'skip.cancelled': 'skipped: the run was cancelled',

  'skip.budget': 'skipped: the step used up its grading time budget ({seconds} s)',

  // Events of the transcript.
  'event.started': 'started {role} (PORT={port})',
  'event.startedArgs': 'started {role} {args} (PORT={port})',
  'event.couldNotStart': 'could not start: {error}',
  'event.stdinEnd': 'end of input (Ctrl-D)',
  'event.killedAfterTerm': 'still running {time} after SIGTERM: killed',
  'event.memoryKilled': 'used more memory than a program may: killed',
  'event.moreEntries': '{n} more entries not kept',
  'event.connected': 'connected to {address}',
  'event.closedFin': 'closed cleanly by the peer (FIN)',
  'event.resetAfterData': 'reset by the peer (RST after its last data)',
  'event.reset': 'reset by the peer ({code})',
  'event.checkerFin': 'checker closed its sending side (FIN)',
  'event.checkerReset': 'checker reset the connection (RST)',
  'event.checkerStoppedReading': 'checker stopped reading',
  'event.floodStart': 'checker sends {what}',
  'event.floodStop': 'checker stopped sending after {n} MB',
  'event.notRead': 'the program had not read what was sent after {time}',
  'event.listening': 'listening on {address}',
  'event.clientConnected': 'the client connected',
  'event.fakeServerCloses': 'fake server closes its side too, as a real server does once the client is done',
  'event.serverReused': 'the server an earlier check started (port {port}) serves this check too',

  // ════ Steps 1 to 4, and the checks they share with later steps ════
  'step1.title': 'Blocking accept',
  'step1.concept': 'bind + listen, then accept() waits for a client; recv waits for data.',

  // Step 1's checks: title (the line of the check in the results) and hints.
  'step1.waits.title': 'server waits for a client, silently',
  'step1.waits.hint1': 'Until a client connects, accept() (in Node: the "connection" event) just waits: the server must neither exit nor send anything.',
  'step1.waits.hint2': 'Exiting early usually means the code does not wait for the connection: await once(server, "connection").',
  'step1.echo.title': 'replies "echo: L" to a line L',
  'step1.echo.hint1': 'Read one line from the accepted socket and write back "echo: " + line + "\\n".',
  'step1.echo.hint2': 'A reply without its final "\\n" is not a line yet: the reader keeps waiting for it.',
  'step1.closeExit.title': 'closes the connection and exits with code 0',
  'step1.closeExit.hint1': 'After the reply, end the socket (a clean close, FIN) and stop the listening server: with nothing left open, Node exits with code 0.',
  'step1.closeExit.hint2': 'server.close() stops accepting; socket.end() closes the conversation after the data is sent.',
  'step1.splitLine.title': 'reads a whole line sent in pieces (split inside a UTF-8 character)',
  'step1.splitLine.hint1': 'TCP is a byte stream: one line can arrive in several reads, even in the middle of a character. Keep reading until "\\n".',
  'step1.splitLine.hint2': 'Decode with a stream decoder (readline, socket.setEncoding("utf8")), not chunk by chunk with toString(): a chunk may end inside a character.',
  'step1.clientWords.title': 'client sends its words and prints the reply',
  'step1.clientWords.hint1': 'Join process.argv.slice(2) with spaces, send it with "\\n", then print the reply line on stdout.',
  'step1.clientWords.hint2': 'Connect to process.env.HOST and process.env.PORT: the checker plays the server on a free port.',
  'step1.clientHello.title': 'client sends "hello" when given no words',
  'step1.clientHello.hint1': 'With no command-line words the message is "hello".',

  // Step 1: what a check did ("sent:" of a failure) and what it expected.
  'step1.waits.sent': 'nothing: the checker only connected',
  'step1.waits.expected': 'nothing before the client says something',
  'step1.closeExit.expected': 'the server to close the connection after its reply',
  // {command}: the command line the client was started with, as typed.
  'step1.sent.startedAs': 'client started as: {command}',
  'step1.sent.noArguments': 'client started with no arguments',
  // Why a program must keep running or exit: ends "the server to keep running …" / "… to exit with code 0 …".
  'step1.why.noClientYet': 'while no client has connected',
  'step1.why.servedOne': 'after serving its one client',
  'step1.why.printedReply': 'after printing the reply',

  // ── Step 2 ──
  'step2.title': 'Receive loop',
  'step2.concept': 'TCP is a byte stream: a loop reads it, and framing (here "\\n") cuts it into messages.',
  'step2.exitOnClose.title': 'server closes and exits with code 0 when the client closes',
  'step2.exitOnClose.hint1': 'When the client closes, the read loop ends (readline\'s loop finishes; recv() returns b""): then close the socket and exit 0.',
  'step2.exitOnClose.hint2': 'Close the listening server too, or Node keeps running for ever waiting for another client.',
  'step2.exitOnClose.sent': 'a clean close (FIN) from the client',
  'step2.exitOnClose.expected': 'the server to close its side too',
  // Ends "the server to exit with code 0 …".
  'step2.why.clientLeft': 'once its one client has left',

  // ── Step 3 ──
  'step3.title': 'Disconnects',
  'step3.concept': 'An accept loop around the receive loop: a client leaving, cleanly or not, never stops the server.',
  // The hints of the checks about the accept loop (after-close, after-reset, after-silent, many-clients).
  'step3.acceptLoop.hint1': 'Staying alive takes an accept loop around the receive loop: when one client leaves, go back to waiting for the next.',
  'step3.acceptLoop.hint2': 'A reset (RST) makes reading fail with ECONNRESET. In a for await (… of createInterface(…)) loop the error is thrown out of the loop: wrap the loop in try/catch (an "error" listener does not stop the throw). With "data" or "line" handlers instead, listen for "error" on the socket and on the readline interface, which passes it on. In Python, catch ConnectionResetError.',
  'step3.afterClose.title': 'serves the next client after a clean close',
  'step3.afterReset.title': 'serves the next client after a reset (an aborted connection)',
  'step3.afterSilent.title': 'serves the next client after one that said nothing',
  'step3.queued.title': 'a client that connects while another is served gets its turn',
  'step3.queued.hint1': 'Serving one client at a time is fine: the next connection waits in the listen backlog until the loop accepts it.',
  'step3.queued.hint2': 'Make sure the loop accepts again after the first client leaves.',
  'step3.manyClients.title': 'serves 10 clients one after another and keeps running',
  'step3.clientServerClosed.title': 'client says the server closed, and exits 0, even while stdin is idle',
  'step3.clientServerClosed.hint1': 'Listen to the socket\'s "end"/"close" event: it comes even while nobody types. Print a line with "closed" and exit 0.',
  'step3.clientServerClosed.hint2': 'A client that only reads the socket after a stdin line never notices: the socket and stdin must both be watched at once.',

  // Step 3: how client {name} (A) left before the next client came ("sent:" of a failure).
  'step3.afterClose.sent': 'a clean close (FIN) by client {name}',
  'step3.afterReset.sent': 'a reset (RST) by client {name} in the middle of a line',
  'step3.afterSilent.sent': 'client {name} connected, said nothing, closed',
  'step3.afterClose.expected': 'the server to close its side when the client closes',
  'step3.afterSilent.expected': 'nothing: client {name} has said nothing yet',
  'step3.afterSilent.expectedClose': 'the server to close the silent client\'s connection once it left',
  // {q}: the line B sent; {b} and {a}: the two clients' names.
  'step3.queued.sent': '{q} from {b} while {a} was connected, then {a} closed',
  'step3.queued.hint': 'After A leaves, the accept loop must come back and serve B.',
  'step3.manyClients.sent': '10 clients, half closing cleanly, half resetting',
  'step3.clientServerClosed.sent': 'the server closed the connection; the client\'s stdin stays open and idle',
  // Ends "the server to keep running …".
  'step3.why.clientLeft': 'after a client left',
  'step3.why.nextClient': 'for the next client',

  // ── Step 4 ──
  'step4.title': 'Non-blocking: both ways at once',
  'step4.concept': 'One event loop waits on the socket and the keyboard together: neither side waits for the other.',
  'step4.clientLinesPrinted.title': 'server prints each client line at once, while its stdin is idle',
  'step4.clientLinesPrinted.hint1': 'A server that waits for a line on its stdin before reading the socket again prints nothing until someone types. Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.',
  'step4.clientLinesPrinted.hint2': 'In Python this is input() between two recv(): a blocking call on one source holds up the other. Node\'s answer is an event handler per source.',
  'step4.stdinToClient.title': 'server sends each line typed on its stdin to the idle client at once',
  'step4.stdinToClient.hint1': 'A server that only writes to the socket after it received a client line never sends to a silent client. Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.',
  'step4.stdinToClient.hint2': 'Keep the connected socket in a variable that the stdin handler can reach, and write(line + "\\n") to it.',
  'step4.quitFromClient.title': 'client "/quit" gets "bye", a clean close (FIN), and the server serves the next client',
  'step4.quitFromClient.hint1': '"/quit" is the end message: reply "bye", then socket.end() (FIN after the data), not destroy() or a reset; then go back to accepting.',
  'step4.quitFromClient.hint2': 'A reset (RST) throws away what the peer had not read yet, and the peer sees an error (ECONNRESET) instead of an end; end() closes after "bye" is delivered (destroy() sends RST only when unread data is pending, FIN otherwise).',
  'step4.quitFromClient.hint3': 'Serving "one after another" means an accept loop around the conversation: when one client leaves, take the next.',
  'step4.quitFromStdin.title': '"/quit" typed on the server sends "bye", closes the client and exits 0',
  'step4.quitFromStdin.hint1': 'On "/quit" from stdin: write "bye" to the client, end() the connection, close the listening server, and exit with code 0.',
  'step4.quitFromStdin.hint2': 'An open stdin or listening socket keeps Node running: close them, or call process.exit(0) once "bye" is written (end\'s callback).',
  'step4.clientPrintsPushed.title': 'client prints what the server sends while its stdin is idle',
  'step4.clientPrintsPushed.hint1': 'A client that reads the socket only after each line typed shows nothing while the user thinks. Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.',
  'step4.clientPrintsPushed.hint2': 'In Python this is recv() only after input(): the source lab solves it with a reader thread; Node with a "line" handler on the socket.',
  'step4.clientSendsStdin.title': 'client sends each line typed, and "/quit" ends it with exit 0',
  'step4.clientSendsStdin.hint1': 'Send every line of stdin followed by "\\n", and print every line from the server.',
  'step4.clientSendsStdin.hint2': 'After sending "/quit", wait for "bye" or the close, then exit with code 0.',
  'step4.clientEofQuit.title': 'client sends "/quit" at end of stdin and waits for "bye"',
  'step4.clientEofQuit.hint1': 'End of stdin (Ctrl-D) means the user is done: send "/quit", the end message, so the server closes cleanly; then wait for "bye" or the close.',
  'step4.clientEofQuit.hint2': 'readline emits "close" at the end of its input: send "/quit" there, and exit when the socket closes.',
  'step4.clientServerCloses.title': 'client says "closed" and exits 0 when the server closes first',
  'step4.clientServerCloses.hint1': 'When the server closes, the socket ends ("end"/"close" events; recv() returns b"" in Python): print a line with "closed" and exit 0, even if nobody types.',
  'step4.clientServerCloses.hint2': 'A client blocked on reading stdin never notices the close: watch the socket with its own handler.',
  'step4.resetServed.title': 'a client that resets in the middle of a line ends only its own connection',

  // Step 4: hints a failure gives in place of the check's own.
  'step4.bothWays.hint': 'Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.',
  // {bothWays}: the hint just above.
  'step4.secondLine.hint': 'The first typed line went out, the second did not: the server went back to waiting on the socket. {bothWays}',
  'step4.printLines.hint': 'Print every line the client sends on the server\'s stdout as soon as it arrives.',
  'step4.firstLineOnly.hint': 'The server printed the first client line, then stopped reading the socket: is it waiting for its stdin?',
  'step4.severalLines.hint': 'One TCP read can hold several lines: print every one.',
  'step4.pieces.hint': 'A line can arrive in pieces, even inside a UTF-8 character: gather bytes until "\\n" (readline does).',
  'step4.newClient.hint': 'After the first client quit, lines typed on stdin must go to the new client.',
  'step4.exitAfterBye.hint': 'After "/quit", exit once "bye" arrives or the socket closes. An open stdin keeps Node running: call process.exit(0) there.',
  'step4.afterReset.hint': 'After a client reset, the next one must be served: lines typed on stdin go to it.',

  // Step 4: what was sent, and by whom ("sent:" of a failure). → reads "sent
  // to"; {name} is a test client (A, B…), {q} the line in quotes.
  'step4.sent.clientSays': '{name} → {q}',
  'step4.sent.clientSaysIdle': '{name} → {q} (the server\'s stdin is idle)',
  'step4.sent.oneWrite': '{name} → {q} in one write',
  // {inside}: the character the line was cut in, in quotes.
  'step4.sent.splitInside': '{name} → {q} split inside {inside}',
  'step4.sent.serverStdin': 'server stdin → {q}',
  'step4.sent.clientStdin': 'client stdin → {q}',
  'step4.sent.serverSays': 'server → {q}',
  'step4.sent.serverSaysIdle': 'server → {q} (the client\'s stdin is idle)',
  'step4.sent.serverSaysThenClose': 'server → {q}, then a clean close',
  'step4.sent.stdinEnd': 'end of the client\'s stdin',
  // {q}: "/quit", in quotes.
  'step4.sent.stdinEndThen': 'end of stdin, then the client\'s {q}',
  'step4.sent.serverClosedIdle': 'the server closed the connection (FIN); the client\'s stdin is idle',
  'step4.sent.serverClosed': 'the server closed the connection',
  'step4.sent.halfLineReset': 'A sent half a line, then reset (RST)',
  // What the client must get after a line was typed on the server's stdin.
  'step4.expected.typedLine': 'a line containing {q} on {name}, which sent nothing meanwhile',
  'step4.expected.cleanCloseAfterBye': 'a clean close (FIN) after "bye"',
  'step4.expected.closeAfterBye': 'the server to close the connection after "bye"',
  // Why a program must keep running or exit (ends "… to exit with code 0 …").
  'step4.why.quitOnStdin': 'after "/quit" on its stdin',
  'step4.why.quitByeClose': 'after "/quit", "bye" and the close',
  'step4.why.untilBye': 'until the server says "bye" or closes',
  'step4.why.byeClose': 'after "bye" and the close',
  'step4.why.serverClosed': 'once the server has closed',
  'step4.why.servedReset': 'after the client it served reset its connection',
  // A note in the transcript.
  'step4.note.secondClient': 'a second client arrives',

  // ── The echo loop of steps 2 and 3 (checks/shared/echo-checks.ts) ──
  'echo.framing.hint1': 'TCP carries a byte stream, not messages: one read may hold several lines, or part of one. Keep a buffer, cut it at every "\\n", keep the rest for later.',
  'echo.framing.hint2': 'readline.createInterface({ input: socket }) does that framing for you; in Python, sock.makefile("r") or a buffer split on b"\\n".',
  // The "\r\n" check: steps 1 (title, hint2) and 2 and 3 (titleLoop, hint2Loop) say it a little differently in French.
  'echo.crlf.title': 'drops the "\\r" of a "\\r\\n" line ending (nc -C, telnet)',
  'echo.crlf.titleLoop': 'drops the "\\r" of a "\\r\\n" line ending (nc -C, telnet)',
  'echo.crlf.hint1': 'nc -C and telnet end lines with "\\r\\n": drop a "\\r" just before the "\\n", or it ends up inside your reply.',
  'echo.crlf.hint2': 'In Python, line.rstrip("\\r") after splitting on "\\n"; in Node, readline with crlfDelay: Infinity drops it for you. End your own lines with "\\n" alone.',
  'echo.crlf.hint2Loop': 'In Python, line.rstrip("\\r") after splitting on "\\n"; in Node, readline with crlfDelay: Infinity drops it for you. End your own lines with "\\n" alone.',
  'echo.lines.title': 'replies "echo: L" to every line, in order',
  'echo.lines.hint1': 'Loop: read a line, reply "echo: " + line + "\\n", and again, until the client closes.',
  'echo.lines.hint2': 'Without a loop the server answers once and stops listening to the client.',
  'echo.merged.title': 'answers each of several lines that arrive in one segment',
  'echo.merged.hint': 'Three lines came in one read: every one of them needs its reply.',
  'echo.split.title': 'reads lines split over several segments (inside a UTF-8 character, byte by byte)',
  'echo.split.hint1': 'A read may end in the middle of a line, or of a character: keep the unfinished part until its "\\n" comes.',
  'echo.split.hint2': 'Decode with a stream decoder (readline, socket.setEncoding("utf8")): chunk.toString() breaks a character cut in two.',
  'echo.burst.title': 'answers a burst of 200 lines, all of them, in order',
  'echo.burst.hint1': 'Many lines in a few big reads: a framing that keeps only the first line of each read loses the others.',
  'echo.burst.sent': '200 lines in one write',
  'echo.clientLines.title': 'client sends each stdin line and prints each reply',
  'echo.clientLines.hint1': 'Read stdin line by line (readline on process.stdin); send each line with "\\n"; print every line the server sends.',
  'echo.clientLines.hint2': 'Reading stdin and the socket are two separate streams: handle both with events, not one after the other.',
  'echo.clientOwed.title': 'client prints the replies still owed at end of stdin, then exits 0',
  'echo.clientOwed.hint1': 'End of stdin is not the end of the conversation: replies to lines already sent may still be on their way. Wait for them (or for the server to close) before exiting.',
  'echo.clientOwed.hint2': 'Count the lines sent and the replies printed; close the socket when stdin has ended and the counts match.',
  'echo.clientFraming.title': 'client prints replies that arrive merged or split inside a character',

  // Echo checks: what the checker did, as the "sent:" of a failure. {q}: a line in quotes.
  'echo.sent.typed': '{q} typed on the client\'s stdin',
  'echo.sent.typedTwo': '{q} and {q2} typed on the client\'s stdin',
  'echo.clientOwed.sent': '3 lines on the client\'s stdin, then its end',
  // {q}: the reply the stand-in server just sent.
  'echo.clientOwed.sentAnswered': '3 lines on the client\'s stdin, then its end; {q} answered',
  'echo.clientOwed.sentOwed': 'end of stdin, with the reply to "c" still owed',
  'echo.clientOwed.sentReplies': 'the replies, the last one after the client\'s stdin ended',
  'echo.sent.mergedReplies': 'two replies in one segment',
  'echo.sent.replyBytes': 'a reply sent one byte at a time',
  'echo.sent.replySplit': 'a reply split inside a UTF-8 character',
  // Why the client must keep running or exit (ends "the client to keep running …").
  'echo.why.owedReply': 'until the reply it is owed arrives',
  'echo.why.everyReply': 'once every reply is printed',
  // Notes in the transcript: how the client under test sends its lines ("stand-in server": the checker playing the server).
  'echo.note.sendsAhead': 'the client sends ahead: the stand-in server answers several lines at once',
  'echo.note.lockStep': 'the client waits for each reply (lock-step): the stand-in server answers line by line',

  // ── Client checks of several steps (checks/shared/client-checks.ts) ──
  'client.refused.title': 'client without a server: one clear line on stderr, exit code 1',
  'client.refused.hint1': 'connect() fails with ECONNREFUSED when nothing listens. Catch it, print one line such as "cannot connect to 127.0.0.1:4000" on stderr, and exit with code 1.',
  'client.refused.hint2': 'In Node the failure arrives as an "error" event (or a rejected once(socket, "connect")); in Python as ConnectionRefusedError.',
  'client.serverReset.title': 'client says "closed" and exits 0 when the server resets the connection, no stack trace',
  'client.serverReset.hint1': 'A reset (RST) arrives as an "error" event (ECONNRESET), not as "end": listen for "error" on the socket, and on the readline interface reading it (readline passes the error on), print a line with "closed" and exit 0. In Python, catch ConnectionResetError around recv().',
  'client.serverReset.hint2': 'Without a listener, the "error" is thrown: the client dies with a stack trace and exit code 1, which is what a user sees as a crash.',
  // {port}: a port number where nothing listens.
  'client.refused.sent': 'the client, started with PORT={port} where nothing listens',
  // Ends "the client to exit with code 1 …".
  'client.why.cannotConnect': 'because it cannot connect',
  'client.expected.oneReadableLine': 'one readable line on stderr, no stack trace',
  'client.expected.oneLine': 'exactly one line on stderr',
  'client.expected.namesHostPort': 'a line naming the host and port (127.0.0.1 and {port})',
  'client.expected.noStackTrace': 'no stack trace on stderr',
  'client.expected.closedLine': 'a line containing "closed" on the client\'s stdout',
  // Received: {lines} are the first lines of the trace, as the program wrote them, one per line.
  'client.received.stackTrace': 'a stack trace:\n{lines}',
  // Received: {n} (2 or more) lines on stderr; {lines}: the first ones, quoted, with commas.
  'client.received.lines': '{n} lines: {lines}',
  'client.received.nothing': 'nothing on stderr',
  'client.serverReset.sent': 'the server reset the connection (RST); the client\'s stdin is idle',
  'client.why.serverReset': 'once the server has reset the connection',

  // ── Step 8: state kept across a restart (checks/shared/restart-checks.ts) ──
  'restart.sigterm.title': 'stopped (SIGTERM) and restarted, the server still has the count and the chat history',
  'restart.sigterm.hint1': 'Keep the counter in the file named by env COUNTER_FILE and the chat in the file named by env CHAT_LOG; on start, read both back.',
  'restart.sigkill.title': 'killed (SIGKILL) right after a reply, the restarted server still has every acknowledged /incr',
  'restart.sigkill.hint1': 'Reply "count N" only after N is written to the file (await the write, then reply): a process killed right after the reply must find N on restart.',
  'restart.sigkill.hint2': 'A counter kept in memory, or written "later" (without awaiting), or only when the server stops, is lost by SIGKILL: nothing runs after it.',
  'restart.history.hint': 'On start, read the chat log (env CHAT_LOG) back: /history shows what was said before the restart.',
  // What the checker did ("sent:"): the steps, separated by ";". {n}: how many /incr.
  'restart.sent.incrTimes': '/incr × {n}',
  'restart.sigterm.sentCount': '5 × /incr and 2 chat lines; SIGTERM; restart; /count',
  'restart.sigterm.sentHistory': '5 × /incr and 2 chat lines; SIGTERM; restart; /history',
  // {n}: /incr per client; {clients}: how many clients.
  'restart.sigkill.sent': '{n} × /incr from each of {clients} clients at once, then one more /incr; SIGKILL the instant its reply arrived; restart; /count',
  // The server's reply, as the protocol writes it: "count N" with N a number.
  'restart.countN': '"count N"',
  'restart.count': 'count {count}',
  'restart.sigkill.expectedReply': 'a reply "count N" within {time}',
  'restart.nothing': 'nothing',
  'restart.sigkill.expected': 'count {total}: the server had replied to all {total} /incr before it was killed',
  'restart.sigkill.lost': 'count {count}: {lost} acknowledged /incr lost',
  // Notes in the transcript.
  'restart.note.sigterm': 'checker sends SIGTERM to the server, then starts it again',
  // {q}: the reply, in quotes.
  'restart.note.killed': 'got {q}: server killed (SIGKILL)',

  // ── Fault checks every server step runs (checks/shared/fault-checks.ts, faults-by-step.ts) ──
  'fault.halfClose.title': 'a client that half-closes right after its last line still gets every reply, then the close',
  'fault.halfClose.hint1': 'A client that half-closes (socket.end() in Node, "nc -N" at end of input) has only finished sending: every line it sent still gets its reply, in order, and only then do you close. In Node, createServer({ allowHalfOpen: true }) and end() once the last reply is written; in Python, recv() returning b"" means "no more requests", not "stop answering".',
  'fault.halfClose.hint2': 'Node\'s default (allowHalfOpen: false) ends your side as soon as the client\'s FIN arrives: a reply computed after that (after an await, a file read, a queued command) is lost.',
  'fault.resetQueued.title': 'a client that resets while it waits its turn does not stop the server',
  'fault.resetQueued.hint1': 'Listen for "error" on a socket as soon as it is accepted (in the "connection" handler), not when you get to serve it: a client waiting in line can reset its connection, and an "error" with no listener crashes the whole server.',
  'fault.resetQueued.hint2': 'In Python, a recv() on a connection reset while it waited raises ConnectionResetError: catch it around that client\'s loop, close that socket, and accept the next.',
  'fault.afterQuit.title': 'after "/quit", what the client keeps sending is not read: closed within 2 s, memory bounded',
  'fault.afterLongLine.title': 'after the error for a line over 64 KiB, the rest is not read: closed within 2 s, memory bounded',
  'fault.afterEnd.hint1': 'After the last reply ("bye", or the error for an over-long line), read nothing more from that client: stop handling its "data", and close the connection for good once that reply has left: socket.end(last, () => socket.destroy()). A client that keeps sending must not make you buffer what it sends.',
  'fault.afterEnd.hint2': 'socket.end() only closes your sending side: Node keeps reading what the peer sends. Python\'s conn.close() closes both directions at once.',
  'fault.nonReader.title': 'a client that never reads costs bounded memory (256 MB of private messages sent its way)',
  'fault.nonReader.hint1': 'What a client does not read waits in your server: bound it per client (e.g. 1 MiB of unsent output, socket.writableLength in Node), then disconnect that client.',
  'fault.nonReader.hint2': 'socket.write() never refuses data: it queues it in memory when the kernel buffer is full and returns false. Ignoring that return value lets one client that never reads grow the server without limit.',

  // Half-close: {lines} the lines sent, quoted, with commas.
  'fault.halfClose.sent': '{lines} in one segment, then a FIN (the client\'s sending side closed, as "nc -N" does)',
  'fault.halfClose.expected': 'the server to close the connection once every reply is written',
  'fault.resetQueued.sent': 'B connected while A was served, sent a line and reset (RST)',
  // Ends "the server to keep running …".
  'fault.resetQueued.why': 'after a client that waited its turn reset its connection',
  // The chat's greeting, which a chat server sends first ("NICK" stays as the protocol writes it).
  'fault.welcome.expected': 'the line "welcome NICK"',
  // A client that goes on sending after the end. What the checker sends (the
  // transcript says "checker sends …"), then the whole of what it sent, with
  // {mb} the megabytes (MB) it managed to send. {q}: a line in quotes.
  'fault.afterQuit.flood': '{q} over and over (up to 256 MB)',
  'fault.afterQuit.flooded': '{end}, then {q} over and over: {mb} MB',
  'fault.afterLongLine.sent': '70,000 digits and no "\\n"',
  'fault.afterLongLine.expected': 'a line "error: <reason>" for a line over 64 KiB',
  'fault.afterLongLine.flood': 'more digits, still without "\\n" (up to 256 MB)',
  'fault.afterLongLine.flooded': '70,000 digits and no "\\n", then more digits, still without "\\n": {mb} MB',
  // {mb}: megabytes.
  'fault.memoryBounded': 'the server\'s memory to stay bounded (at most {mb} MB more)',
  'fault.afterEnd.grew': 'it grew by {mb} MB: what the client sends is still read and kept',
  'fault.afterEnd.expectedClose': 'the server to stop reading and close the connection within 2 s',
  // {seconds}: a duration in seconds, maybe with a decimal (see fault.decimal).
  'fault.afterEnd.stillTook': 'the server still took data {seconds} s after the end',
  // A decimal number: its whole part and its tenths, "2.5" (with the decimal mark of the language).
  'fault.decimal': '{whole}.{tenths}',
  'fault.nonReader.grew': 'it grew by {mb} MB: the output owed to the client that does not read is kept without a bound',
  // {q}: the start of the lines, in quotes, with the nick they are sent to.
  'fault.nonReader.flood': '{q} lines of 8 KB (up to 256 MB)',
  // {reader}, {sender}: the nicks of the two clients.
  'fault.nonReader.sent': '{reader} stopped reading; {sender} sent it private messages of 8 KB, 256 MB in all',
  // A note in the transcript ({before}, {peak}: megabytes).
  'fault.note.memory': 'server memory: {before} MB before, {peak} MB at most',

  // ════ Steps 5 and 6, and step 8's log and state checks ════
  'step5.title': 'Evaluation without eval',
  'step5.concept': 'The client sends data, never code: a grammar decides what a line means.',

  // Step 5's checks: title (the line of the check in the results) and hints.
  'step5.arithmetic.title': 'answers numbers, decimals and exponents with their value',
  'step5.arithmetic.hint1': 'Cut the line into tokens (numbers, operators, parentheses), parse them, and reply the value as a decimal number followed by "\\n".',
  'step5.arithmetic.hint2': 'Numbers are digits with an optional ".digits" and an optional exponent (e, an optional sign, digits): 12, 3.25, 1e3, 2e-1.',
  'step5.precedence.title': 'usual precedence, left-associative + - * / %',
  'step5.precedence.hint1': 'One parsing function per level: expr handles + and -, term handles * / %, each calling the next level for its operands; a loop makes them left-associative.',
  'step5.precedence.hint2': '10 - 4 - 3 is (10 - 4) - 3: loop "left = left op next()" rather than recursing on the right.',
  'step5.powerAndSigns.title': '** is right-associative and binds tighter than unary minus',
  'step5.powerAndSigns.hint1': 'Give ** its own level below the signs: unary := ("-" | "+")* power, and power := primary ("**" unary)?. Then -2 ** 2 is -(2 ** 2) = -4, and 2 ** 3 ** 2 is 2 ** 9.',
  'step5.powerAndSigns.hint2': 'The right side of ** is parsed by unary(), which may contain another **: that is what makes it right-associative, and 2 ** -1 valid.',
  // {n}: how many expressions the corpus holds.
  'step5.corpus.title': 'a generated corpus of {n} expressions, several lines per segment',
  'step5.corpus.hint1': 'The failure shows how the expression must be read, with every parenthesis: compare it with how your parser groups it.',
  'step5.corpus.hint2': 'Several lines may arrive in one segment: answer each, in order, one reply line per line.',
  'step5.syntaxErrors.title': 'a malformed line gets "error: …" and the connection keeps working',
  'step5.syntaxErrors.hint1': 'When the tokens do not fit the grammar, reply "error: " and the reason (e.g. "unexpected \\")\\" at column 7"), then keep reading the next line.',
  'step5.syntaxErrors.hint2': 'After parsing, the next token must be the end of the line: "1 2" and "(1))" hold a second expression or a stray token.',
  'step5.divisionByZero.title': 'division by zero is an error, not a crash',
  'step5.divisionByZero.hint1': 'Check the divisor before dividing: x / 0 and x % 0 are "error: division by zero", and the server keeps serving.',
  'step5.divisionByZero.hint2': 'In Python, 1 / 0 raises ZeroDivisionError: an except that does not catch it lets it end the server. In JavaScript it gives Infinity or NaN, which are not answers either.',
  'step5.nonFinite.title': 'results that are not finite numbers are errors',
  'step5.nonFinite.hint1': 'Check every result: Infinity and NaN (1e308 * 10, (-8) ** 0.5) are "error: …", not answers.',
  'step5.nonFinite.hint2': 'In Python, compute with float: 9 ** 9 ** 9 with int has 370 million digits and takes minutes; with float it overflows at once (OverflowError).',
  // The first hint of both "not code" checks, also shown when a server ran a line as code.
  'step5.notEval.hint': 'Parse the line with your own grammar (a tokenizer and a recursive-descent parser): eval, new Function and vm run it as code, and code can do anything the server can.',
  'step5.notCodeJs.title': 'JavaScript that is not arithmetic is an error, never run',
  'step5.notCodeJs.hint2': 'A try/catch around eval only catches what fails: Math.PI, 0x10 and process.exit(3) succeed.',
  'step5.notCodePython.title': 'Python that is not arithmetic is an error, never run',
  'step5.notCodePython.hint2': 'eval with empty globals is no sandbox either: __import__ and ().__class__ reach everything. ast.literal_eval does not compute expressions.',
  'step5.nesting.title': 'nesting up to 100 parentheses works; deeper is an error',
  'step5.nesting.hint1': 'Count the depth of parentheses while parsing: past 100, reply "error: …" before the recursion goes deeper.',
  'step5.nesting.hint2': 'Each "(" is a recursive call: without a limit, a long line of "(" overflows the stack (RangeError in JavaScript, RecursionError in Python).',
  'step5.signChain.title': 'a chain of 900 unary signs is valid and does not crash the server',
  'step5.signChain.hint1': 'Only parentheses count as depth: a chain of signs is bounded by the line length alone. Read signs in a loop, not one recursive call each.',
  'step5.signChain.hint2': 'One recursive call per sign (or two, through a precedence-climbing helper) brings Python close to or past its default recursion limit of 1000; a loop has no such limit.',
  'step5.longLine.title': 'lines over 1,000 characters get "error: …", the connection stays open',
  'step5.longLine.hint1': 'Check the length of the line before parsing it: over 1,000 characters, reply "error: …" and go on with the next line.',
  'step5.longLine.hint2': 'Exactly 1,000 characters is still a valid line.',
  'step5.hugeLine.title': '70 KB without a newline: an error, that connection closed, the next client served',
  'step5.hugeLine.hint1': 'readline (and Python\'s readline() or a "buffer += data" loop) keep buffering until "\\n": a client can fill the memory. Keep at most 64 KiB of one line; past that, reply "error: …" and close that connection.',
  'step5.hugeLine.hint2': 'Split lines yourself on the "data" chunks, counting the bytes held for the current line; close with socket.end(), then ignore what still arrives.',

  // Step 5: hints given by a failure in place of the check's own.
  'step5.afterError.hint': 'After an error, the same connection must keep answering: catch the error for that line only.',
  'step5.nextClient.hint': 'The server must serve the next client after all of that.',
  'step5.oneReplyPerLine.hint': 'One reply per line: after an error, the next line gets its own answer.',
  'step5.longLineKeepsWorking.hint': 'A long line is an error for that line only: the connection keeps working.',
  'step5.afterFlood.hint': 'After closing the flooding connection, serve the next client.',

  // Step 5: how the line must be read, after "reading the line as" (see
  // calc.expected.numberReading); {expr} is the expression, {n} a count.
  'step5.reading.trueDivision': '{expr}: true division',
  'step5.reading.spacesAround': '{expr}, spaces around',
  'step5.reading.noSpaces': '{expr}, no spaces',
  'step5.reading.twoUnaryMinus': '{expr}, two unary minus',
  'step5.reading.insideParens': '{expr}, inside {n} parentheses',
  'step5.reading.insideParensAfterErrors': '{expr} inside {n} parentheses, after the errors',
  // {n} minus signs written before the number {value}.
  'step5.reading.minusSigns': '{n} unary minus signs before {value}',
  'step5.reading.minusSignsSpaced': '{n} unary minus signs, spaced, before {value}',
  'step5.reading.sum1000': 'a sum of exactly 1,000 characters',

  // Step 5, what the checker sent: one expression among several lines sent in one TCP segment.
  'step5.corpus.sent': '{q} (among {n} lines sent in one segment)',
  // Step 5, check "huge-line": 70,000 digits sent without an end of line.
  'step5.hugeLine.sent': '70,000 digits and no "\\n"',
  'step5.hugeLine.expectedClose': 'the server to close that connection after the error',

  // ── How the evaluation steps read a reply (checks/shared/replies.ts) ──
  // Expected: a number ({value}: as digits, never translated), maybe with
  // how the line reads ({reading}: an expression, or one of step5.reading.*).
  'calc.expected.number': 'the number {value}',
  'calc.expected.numberReading': 'the number {value}, reading the line as {reading}',
  // Expected: an error reply; <reason> stands for the server's own words, {why} says why the line is an error.
  'calc.expected.error': 'a line "error: <reason>" ({why})',

  // ── Why a line must get "error: …" (steps 5 and 6), shown in brackets after calc.expected.error ──
  'calc.why.operandMissing': 'an operand is missing',
  'calc.why.parenNotClosed': 'a parenthesis is not closed',
  'calc.why.parenTooMany': 'a ")" too many',
  'calc.why.twoNumbers': 'two numbers: a second expression',
  'calc.why.noLeftOperand': 'an operator without its left operand',
  'calc.why.spacedStars': '"* *" with a space is not **',
  'calc.why.emptyParens': 'empty parentheses',
  'calc.why.loneDot': 'a lone "."',
  'calc.why.divisionByZero': 'division by zero',
  'calc.why.remainderByZero': 'remainder of a division by zero',
  'calc.why.divisionByZeroComputed': 'division by zero, found only by computing',
  'calc.why.overflows': 'the result overflows to infinity',
  'calc.why.numberTooLarge': 'the number itself is too large',
  'calc.why.notReal': 'no real result (NaN)',
  'calc.why.zeroPowerNegative': 'infinite: a division by zero in disguise',
  'calc.why.farTooLarge': 'far too large for a number',
  // Lines that are JavaScript or Python code but not arithmetic (checks/shared/not-arithmetic.ts).
  'calc.why.mathName': 'a name: eval would read JavaScript\'s Math object',
  'calc.why.call': 'a call',
  'calc.why.processName': 'a name of the server\'s own process',
  'calc.why.hexLiteral': 'a hexadecimal literal, not a decimal number',
  'calc.why.brackets': 'brackets',
  'calc.why.string': 'a string',
  'calc.why.twoStatements': 'two statements',
  'calc.why.commaOperator': 'a comma: JavaScript\'s comma operator',
  // {name}: a name of the language (true, True), kept as it is.
  'calc.why.name': 'a name ({name})',
  // {op}: an operator (~), kept as it is.
  'calc.why.outsideGrammar': 'an operator outside the grammar ({op})',
  'calc.why.jsComment': 'two "/" in a row: a comment in JavaScript',
  'calc.why.assignment': 'an assignment',
  'calc.why.stopsServer': 'a call that would stop the server',
  'calc.why.reachesOs': 'a call that would reach the operating system',
  'calc.why.callAndString': 'a call and a string',
  'calc.why.underscore': 'an underscore inside a number',
  'calc.why.floorDivision': 'floor division (//) is not in the grammar',
  'calc.why.conditional': 'a conditional expression',
  'calc.why.assignmentExpression': 'an assignment expression',
  'calc.why.tuple': 'a tuple',
  // Too deep or too long (step 5, checks "nesting", "long-line", "huge-line").
  'calc.why.nestingDeeper': 'nesting deeper than {n}',
  // {n} opening parentheses, never closed: deeper than the limit {limit}.
  'calc.why.neverClosed': '{n} "(" never closed: deeper than {limit}',
  'calc.why.line1001': 'a line of 1,001 characters',
  'calc.why.line19999': 'a line of 19,999 characters',
  'calc.why.over64KiB': 'a line over 64 KiB, still without "\\n"',
  // Step 6: /calc with a wrong expression.
  'calc.why.incomplete': 'an incomplete expression',
  'calc.why.notArithmetic': 'not arithmetic: never run as code',

  // ── Step 6: its title and one-line concept ──
  'step6.title': 'Commands',
  'step6.concept': 'A line is "/name rest": a table maps each name to what it does.',

  // Step 6's checks: title and hints. TEXT, EXPR, rest and name are names of the contract.
  'step6.echo.title': '/echo TEXT replies TEXT',
  'step6.echo.hint1': 'The name runs up to the FIRST space; rest is everything after it, unchanged: const i = line.indexOf(" "); name = line.slice(1, i); rest = line.slice(i + 1).',
  'step6.echo.hint2': 'JavaScript\'s line.split(" ", 1) is not Python\'s: the limit keeps only the first piece, so the rest is lost.',
  'step6.echoSpaces.title': '/echo keeps every space of rest: inner, leading, trailing',
  'step6.echoSpaces.hint1': 'rest is the line after the first space, byte for byte: do not split it on spaces and join it back, do not trim it.',
  'step6.echoSpaces.hint2': 'Python: line.split(" ", 1) is right; line.split() and line.strip() lose spaces. JavaScript: indexOf(" ") and slice().',
  'step6.calc.title': '/calc EXPR replies as step 5',
  'step6.calc.hint1': '/calc passes rest to the evaluator of step 5 (import it from ../05-sandboxed-eval/evaluate.ts) and replies its value, or "error: " and its message.',
  'step6.time.title': '/time is the current time in ISO 8601, in UTC',
  'step6.time.hint1': 'new Date().toISOString() gives ISO 8601 in UTC (ending in "Z"). Local-time getters (getHours…) and toString() depend on the server\'s time zone.',
  'step6.time.hint2': 'In Python: datetime.now(timezone.utc).isoformat(). datetime.now() alone has no zone and is local time.',
  'step6.help.title': '/help is one line naming every command',
  'step6.help.hint1': 'Build the /help line from the command table itself: a command added to the table then appears in /help by itself.',
  'step6.help.hint2': 'One line only: the client reads one reply per command.',
  'step6.unknownCommand.title': 'an unknown command gets "error: unknown command /name"',
  'step6.unknownCommand.hint1': 'When the name is not in the table, reply "error: unknown command /" + name, and keep serving.',
  'step6.missingArgument.title': '/echo and /calc without an argument get "error: …"',
  'step6.missingArgument.hint1': '"/echo" and "/echo " (only the separating space) have an empty rest: reply "error: …" naming what is missing, e.g. "error: /echo needs an argument: /echo TEXT".',
  'step6.missingArgument.hint2': 'A table entry can say whether its command needs an argument, and the dispatcher check it once for all.',
  'step6.notACommand.title': 'a line not starting with "/" gets "error: …"',
  'step6.notACommand.hint1': 'Every line must be a command: one that does not start with "/" gets "error: …" (say that commands start with "/").',
  'step6.quit.title': '/quit gets "bye" and a clean close; the next client is served',
  'step6.quit.hint1': 'Reply "bye", then socket.end(): the FIN follows the data. destroy() or a reset can lose "bye".',
  'step6.quit.hint2': 'Close only that connection: the server keeps serving the others and the next one.',

  // Step 6: hints given by a failure in place of the check's own.
  'step6.innerSpaces.hint': 'Inner spaces were changed: rest must be kept as sent.',
  'step6.trailingSpaces.hint': 'Trailing spaces were lost: rest must not be trimmed.',
  'step6.leadingSpace.hint': 'Only the FIRST space separates the name: the second one belongs to rest.',
  'step6.afterCalcError.hint': 'After a /calc error the connection keeps working.',
  'step6.helpOneLine.hint': '/help must be ONE line: the next reply must belong to the next command.',
  'step6.afterQuit.hint': 'After a /quit the server must go on serving the next client.',

  // Step 6, check "time": the server runs in the time zone {zone}, {n} hours ahead of UTC; {q} is "/time".
  'step6.time.sent': '{q} (the server runs with TZ={zone}, {n} hours ahead of UTC)',
  'step6.time.expectedLine': 'the current time in ISO 8601, UTC',
  'step6.time.expectedIso': 'an ISO 8601 time in UTC, such as 2024-05-01T12:34:56.789Z (or …+00:00)',
  // {seconds}: the margin allowed; {now}: the checker's own clock, in ISO 8601.
  'step6.time.expectedNow': 'the current UTC time, within {seconds} s: about {now}',
  // Received: the server's line {q}, and how many hours it is away from UTC ({hours}: step6.time.hours).
  'step6.time.off': '{q}, {hours} hours off',
  'step6.time.offLocal': '{q}, {hours} hours off: the server\'s local time labelled as UTC',
  // A number of hours with one decimal, e.g. 14.0 or -13.5: {whole} is its whole part (with its sign), {tenth} its tenths.
  'step6.time.hours': '{whole}.{tenth}',

  // Step 6, check "help"; {names}: the command names missing from the line, separated by commas.
  'step6.help.expectedLine': 'one line naming /echo /calc /time /help /quit',
  'step6.help.expected': 'one line naming every command: echo, calc, time, help, quit',
  'step6.help.without': '{q}, without {names}',
  // Step 6, check "unknown-command": {q} is the expected error line, in quotes.
  'step6.unknownCommand.expected': 'a line {q}',
  // Step 6, check "missing-argument" and "not-a-command": why the line is an error (after calc.expected.error).
  'step6.why.echoWithoutText': '/echo without TEXT',
  'step6.why.calcWithoutExpr': '/calc without EXPR',
  'step6.why.restEmpty': 'only the separating space: rest is empty',
  'step6.why.noSlash': 'no "/": not a command',
  // Step 6, check "quit".
  'step6.quit.expectedClose': 'a clean close (FIN) after "bye"',

  // ── Step 8: the chat log (CHAT_LOG) and /history (checks/shared/log-checks.ts) ──
  // Check titles and hints. NICK, TEXT, K, M are names of the chat protocol; CHAT_LOG the variable naming the log file.
  'log.exactlyOnce.title': 'concurrent chat: the log (CHAT_LOG) holds each message once, no torn line',
  'log.exactlyOnce.hint1': 'Reading the whole log, awaiting, then writing it back loses the lines other clients appended meanwhile. Append each line in one write (appendFile), under the same lock as the rest of the shared state.',
  'log.exactlyOnce.hint2': 'Each log line ends with "NICK: TEXT"; a timestamp and a space may come first.',
  'log.historyOrder.title': '/history lists the messages in the order every client saw them',
  'log.historyOrder.hint1': 'Write to the log and send to the clients in the same order: do both for one message before the next message starts (under the lock).',
  'log.historyOrder.hint2': 'If the broadcast happens before the append and both await, two messages can be logged in one order and delivered in the other.',
  'log.historyArgs.title': '/history [K]: default 10, /history 0, K above 1000, a K that is not a whole number',
  'log.historyArgs.hint1': '"history M" then the last M messages, oldest first; no K means 10; K above 1000 counts as 1000; a K that is not a whole number is "error: ...".',
  'log.historyArgs.hint2': 'An error path inside a locked section must release the lock too (try/finally), or the next client waits for ever.',

  // A note in the transcript: {n} clients each send {lines} chat lines at once.
  'log.burst.note': 'each of the {n} clients sends {lines} chat lines at once',
  // What was sent: {n} chat lines in all, from {clients} clients.
  'log.burst.sentThenRead': '{n} chat lines from {clients} clients at once, then the checker read CHAT_LOG',
  'log.burst.sentThenHistory': '{n} chat lines from {clients} clients at once, then {q} from {c}',
  'log.expected.wholeLine': 'every log line to end with one whole "NICK: TEXT"',
  'log.expected.each': 'each message in the log',
  'log.expected.eachOnce': 'each message in the log once',
  // Received: {n} messages missing or doubled, and some of them ({lines}: quoted lines, see state.andMore).
  'log.missing': '{n} missing, e.g. {lines}',
  'log.writtenTwice': '{n} written twice, e.g. {lines}',
  // Waiting for line {n} of the reply to /history.
  'log.history.message': 'message {n} of the history',
  'log.history.expectedOrder': 'the history without {nick}\'s own lines to be the order {c} received them',
  // The history has the line {q} where client {c} had received {q2} (or nothing).
  'log.history.hasWhere': 'history has {q} where {c} received {q2}',
  'log.history.hasWhereNothing': 'history has {q} where {c} received "(nothing)"',
  'log.history.counts': '{n} messages of others in the history, {received} received',
  // Check "history-args": {n} chat lines, then the /history command {q}.
  'log.historyArgs.sent': '{n} chat lines, then {q}',
  'log.historyArgs.expectedError': '"error: ..." (K is not a whole number)',

  // ── Step 8's state files (checks/shared/state-files.ts) ──
  // Expected: the reply to /count; N stands for a number.
  'state.countReply': '"count N"',
  // A few quoted lines ({lines}) and how many more were left out.
  'state.andMore': '{lines} and {n} more',

  // ════ Steps 7 and 8: the chat ════
  'step7.title': 'Many clients at once',
  'step7.concept': 'One event loop serves every client; a broadcast must never wait for the slowest reader.',

  // Step 7's checks: title (the line of the check in the results) and hints.
  'step7.welcome.title': 'clients connected at once each get "welcome NICK", with different nicks',
  'step7.welcome.hint1': 'Serve every connection as it comes (no waiting for the previous client to leave), and give each a default nick no one else has.',
  'step7.joinNotice.title': 'the others get "* NICK joined"',
  'step7.chat.title': 'a chat line reaches every other client as "NICK: TEXT"',
  'step7.chat.hint1': 'A line that does not start with "/" is a chat message: loop over the other clients and write "NICK: TEXT\\n" to each.',
  'step7.noEcho.title': 'the sender does not get its own chat line back',
  'step7.leaveQuit.title': '/quit gets "bye" and a clean close; the others get "* NICK left"',
  'step7.leaveClose.title': 'a client that closes without a word: the others get "* NICK left"',
  'step7.leaveReset.title': 'a client that resets its connection (RST): the others get "* NICK left"',
  'step7.leaveReset.hint2': 'On a reset, Node emits "error" (ECONNRESET) then "close", but no "end".',
  'step7.nickReuse.title': 'default nicks stay unique after clients leave',
  'step7.nick.title': '/nick NAME → "ok", the others get "* OLD is now NAME"',
  'step7.nickErrors.title': '/nick with an invalid or taken name → "error: ..."',
  'step7.who.title': '/who → "users: " and every nick',
  'step7.msg.title': '/msg NICK TEXT: only NICK gets "[pm] FROM: TEXT", the sender "ok"',
  'step7.msgUnknown.title': '/msg to an unknown nick → "error: ..."',
  'step7.commands.title': "step 6's commands still work",

  // Step 7, check "welcome": three clients connected at once got the same nick.
  'step7.welcome.sent': 'three connections at once',
  'step7.welcome.expected': 'three different nicks',

  // ── Hints of the chat behaviours, shown under a failed check (steps 7 and 8) ──
  'chat.join.hint': 'Keep every connected client in a shared collection; when one connects, send it "welcome NICK" and send "* NICK joined" to each of the others.',
  'chat.leave.hint': 'A client can leave by /quit, by closing (FIN: also what the kernel sends when a client process dies), or by a reset (RST: an aborted connection): all end in the socket\'s "close" event (a reset also emits "error", which must be handled). Send "* NICK left" from there, once.',
  'chat.noEcho.hint': 'Skip the sender in the broadcast loop: it already knows what it said.',
  'chat.nick.hint': 'Check the name, replace the nick in the shared collection, reply "ok" to the sender and tell the others "* OLD is now NAME".',
  'chat.nickErrors.hint': 'A nick is 1 to 16 of A-Z a-z 0-9 _ -, and no one else may have it: answer "error: reason" and keep the old nick.',
  'chat.who.hint': 'Join the nicks of every connected client with spaces, after "users: ".',
  // When the no-echo check got no reply to /who (rather than an echo).
  'chat.whoMarker.hint': 'No echo came back, but this check knows it only once /who answers: it asks /who right after the chat line. Answer /who with "users: " and the nicks.',
  'chat.msg.hint': 'Find the target by nick, write "[pm] FROM: TEXT" to it alone, and answer "ok" to the sender.',
  'chat.msgUnknown.hint': 'When no client has that nick, say so: "error: no user named NICK". Silence leaves the sender waiting.',
  'chat.commands.hint': "Keep step 6's command table and add the chat commands to it: /echo, /calc, /time, /help, /quit still answer as before.",
  'chat.nickReuse.hint': 'A nick built from the number of connected clients repeats once someone leaves: count every client ever seen instead, and skip nicks in use.',
  'chat.renamedChat.hint': 'Chat lines carry the nick the sender has now.',
  'chat.resetOthers.hint': 'A reset must not stop the server from serving the others.',

  // ── What a chat check did, expected and received (the lines "sent:",
  // "expected:", "received:" of a failure) ──
  'chat.welcome.expected': 'the line "welcome NICK" (NICK: a default nick for the new client)',
  'chat.connected': '{c} connected',
  'chat.connectedAs': '{c} connected as {nick}',
  // A client had to get a line, maybe after others: "B to get the line "…"".
  'chat.toGetLine': '{c} to get the line {q}',
  // Received: the last lines that came instead ({lines}: quoted lines, with commas).
  'chat.onlyLines': 'only {lines}',
  // {q}: a chat line in quotes.
  'chat.said': '{nick} said {q}',
  // {q}: a command line in quotes.
  'chat.sentLine': '{nick} sent {q}',
  // Two lines sent one after the other in one write.
  'chat.then': '{q} then {q2}',
  'chat.noEcho.expected': 'the reply to /who ("users: ..."), and no copy of the chat line before it',
  // An error reply, and why the server should give one ({why}: one of the three below).
  'chat.errorBecause': '"error: ..." ({why})',
  'chat.why.nickTaken': 'that nick is taken',
  'chat.why.nickInvalid': 'not a valid nick',
  'chat.why.noSuchNick': 'no client has that nick',
  'chat.refusedThenWho': 'the refused /nick commands, then /who',
  // Sent: the command itself.
  'chat.who.sent': '/who',
  'chat.who.expected': '"users: " and the {n} nicks',
  // {nicks}: the nicks separated by spaces, as the server must list them.
  'chat.who.expectedList': 'users: {nicks} (the nicks in any order, separated by spaces)',
  'chat.msg.expectedNoCopy': 'the reply to /who, and no copy of {from}\'s private message to {to} before it',
  // {q}: "/who" in quotes.
  'chat.msg.sentThenWho': '{from}\'s /msg to {to}, then {q} from {asker}',
  // How a client left, in "sent:" when the others must get "* NICK left".
  'chat.left.quit': '{nick} sent /quit',
  'chat.left.close': '{nick} closed its connection (FIN) without /quit',
  'chat.left.reset': '{nick} reset its connection (RST)',
  // A client left, then a new client (named {c}) connected.
  // Expected: the error line for an unknown command, in quotes (the protocol's own text).
  'chat.unknownCommand.expected': '"error: unknown command /nope"',
  'chat.leftThenConnected': '{nick} left, then {c} connected',
  // {nicks}: two or more nicks joined by "chat.and".
  'chat.nickOtherThan': 'a nick other than {nicks}',
  'chat.and': '{first} and {rest}',

  // ── Chat under load (checks "load" and "slow-reader", steps 7 and 8) ──
  'chat.load.title': '{clients} clients × {lines} lines at once: every other client gets every line, once, in order',
  'chat.load.hint1': 'Each line from a client must reach every other client exactly once, and one sender\'s lines in the order sent: serve all sockets from one loop (or one thread each) and do not drop a line when another client is busy.',
  'chat.load.hint2': 'Lines arrive merged and split in any way: frame them by "\\n" per client, never per read.',
  // A note in the transcript.
  'chat.load.note': 'all {clients} clients send {lines} lines at once: half in one write, half in two writes cut inside a character',
  // {q}, {q2}: the first and last line of client 0; {q3}: the character the writes are cut in.
  'chat.load.sent': 'each of the {n} clients sent {q} … {q2} (with its own number), all at once; every other client in two writes cut inside the first {q3}',
  'chat.load.notOwnLines': '{c} ({nick}) not to get its own lines back',
  'chat.load.andMore': '{q} and {n} more',
  'chat.load.eachLine': '{c} ({nick}), from {from}: each of the {n} lines, once, in the order sent',
  'chat.load.extraLines': '{n} extra line(s) after the last one: {q}',
  'chat.load.onlySome': 'only {n} of the {total} lines (the first missing: {q})',
  'chat.load.wrongLine': '{q} where line {n} should be {q2}',
  'chat.slowReader.title': 'a client that stops reading does not stall the others (6 MiB go past it)',
  'chat.slowReader.hint1': 'Never wait for one client\'s "drain" (or a blocking send) in the broadcast loop: a client that does not read would stall everyone. Queue its output instead, and disconnect it past a bound (e.g. 1 MiB unsent).',
  'chat.slowReader.hint2': 'socket.write() returns false when the kernel buffer is full; socket.writableLength tells how much waits in Node.',
  // A note in the transcript: {n} windows of {lines} lines each.
  'chat.slowReader.note': '{slow} stopped reading; {sender} sends {n} × {lines} lines of 8 KB, {reader} reads them',
  'chat.slowReader.sent': '{kib} KiB of chat from {sender} so far (lines of 8 KB), while {slow} reads nothing',
  'chat.slowReader.expected': '{reader} to keep getting {sender}\'s lines within {time}',
  // {how}: how the connection ended ("closed cleanly by the peer (FIN)"…).
  'chat.slowReader.connectionWas': '{reader}\'s connection was {how}',
  'chat.slowReader.stalled': '{reader} got nothing more after {kib} KiB: the server waits for {slow}, who does not read',
  'chat.slowReader.expectedAll': '{reader} to get all {n} lines once',
  'chat.slowReader.gotLines': '{n} lines',

  // ── Step 8: its title and one-line concept ──
  'step8.title': 'Shared resources and locks',
  'step8.concept': 'Every await is a point where another client runs: a read-modify-write of shared state needs a lock.',

  // Step 8's checks that play step 7's behaviours in a row on one server.
  'step8.chatCommands.title': "step 7's commands on one server: no echo, /nick and its errors, /who, /msg (also to an unknown nick), step 6's commands",
  'step8.leaves.title': 'on one server: a close, /quit and a reset each give the others "* NICK left"; default nicks stay unique',
  // Notes in the transcript between the parts of "chat-commands".
  'step8.note.noEcho': 'no echo',
  'step8.note.nick': '/nick, then refused nicks',
  'step8.note.whoMsg': '/who, /msg',
  'step8.note.step6': "step 6's commands",

  // Step 8's own checks: the shared counter.
  'step8.countIncr.title': '/count → "count N", /incr → "count N+1" (a fresh counter starts at 0)',
  'step8.countIncr.hint1': 'Read the counter from the file named by env COUNTER_FILE (missing file: 0); /incr adds one, writes it back, and replies "count N" with the new value.',
  'step8.incrConcurrent.title': '{clients} clients × {incrs} /incr at once: distinct values, exact final count',
  'step8.lock.hint': 'Between reading the counter and writing it back, your code awaits (file I/O): other clients run there, read the same old value, and one update is lost. Hold a lock from the read to the write.',
  'step8.incrConcurrent.hint2': 'A lock: a flag "someone is in the section" and a queue of those waiting; release hands it to the next in line, even when the section throws.',
  // What a reply to /count or /incr must look like.
  'step8.countLine': 'the line "count N"',
  'step8.countN': '"count N"',
  // A note in the transcript; {q}: "/incr" in quotes.
  'step8.incr.note': 'each of the {clients} clients sends {n} {q} in one write, all at once',
  'step8.incr.sent': '{n} × {q} from each of {clients} clients, at the same time',
  'step8.incr.expectedDistinct': 'every /incr to return a different value',
  // {q}: the reply "count N" in quotes; {c}, {c2}: the two clients that got it.
  'step8.incr.twice': '{q} twice (to {c} and to {c2}): two /incr read the same value before either wrote it back, so one update was lost',
  'step8.incr.expectedValues': 'the values 1 … {n}',
  'step8.incr.valuesUpTo': 'values up to {n}',
  'step8.incr.thenCount': '{n} × /incr, then /count',
  // The reply line to /count, as the server writes it (expected, then received).
  'step8.count': 'count {n}',

  // ════ The quizzes and the commands' usage lines and errors ════

  // Step 1 quiz (blocking accept: why accept waits, a missing server, bind vs listen).
  // Question 1: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step1.q1.question': 'Why does the server "block" at accept()?',
  'quiz.step1.q1.choice1': 'It waits for a client to connect before going on',
  'quiz.step1.q1.choice2': 'The port is already in use',
  'quiz.step1.q1.choice3': 'It waits for the client\'s first message',
  'quiz.step1.q1.explanation': 'accept() returns only once a client has connected. In Node the thread is not blocked: `await once(server, "connection")` just does not resume until then, and the event loop stays free.',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step1.q2.question': 'The client starts while no server listens. What happens?',
  'quiz.step1.q2.choice1': 'connect() waits until a server appears',
  'quiz.step1.q2.choice2': 'connect() fails with ECONNREFUSED; the client should say so in one line and exit with code 1',
  'quiz.step1.q2.choice3': 'The message is kept and sent when the server starts',
  'quiz.step1.q2.explanation': 'It cannot connect, so the program stops: uncaught, that is a stack trace. Catch the error, name the host and port on stderr, and exit 1.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step1.q3.question': 'What do bind() and listen() do?',
  'quiz.step1.q3.choice1': 'bind() connects to the client; listen() reads its data',
  'quiz.step1.q3.choice2': 'bind() ties an IP address and a port to the socket; listen() makes it accept incoming connections',
  'quiz.step1.q3.choice3': 'They are two names for the same call',
  'quiz.step1.q3.explanation': 'bind chooses where; listen opens the door (with a backlog of connections waiting for accept). Node\'s server.listen(port, host) does both.',
  // Question 4 is answered by typing; "answer" is the expected answer, shown after a wrong one.
  'quiz.step1.q4.question': 'Which event of a net.Server plays the role of accept()?',
  'quiz.step1.q4.answer': '"connection"',
  'quiz.step1.q4.explanation': 'The server emits "connection" with the new socket each time a client connects.',

  // Step 2 quiz (receive loop: why a loop, when it ends, and TCP as a byte stream).
  // Question 1: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step2.q1.question': 'What happens without a receive loop?',
  'quiz.step2.q1.choice1': 'The server reads one message, answers, and stops listening to the client',
  'quiz.step2.q1.choice2': 'Nothing changes: the socket reads every message anyway',
  'quiz.step2.q1.choice3': 'The server cannot accept the client',
  'quiz.step2.q1.explanation': 'One read gives one piece of what the client sent. The loop keeps reading and answering for as long as the client talks.',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step2.q2.question': 'When should the receive loop end?',
  'quiz.step2.q2.choice1': 'Never: it is an infinite loop',
  'quiz.step2.q2.choice2': 'When the client closes: the read reports the end of the stream',
  'quiz.step2.q2.choice3': 'After a fixed number of messages',
  'quiz.step2.q2.explanation': 'A "while true" never notices the client left. The loop ends at the end of the stream: recv() returns b"" in Python, "end" fires (and a readline loop finishes) in Node.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step2.q3.question': 'Can one send carry several replies?',
  'quiz.step2.q3.choice1': 'No: TCP delivers exactly one message per send',
  'quiz.step2.q3.choice2': 'Yes: TCP carries a byte stream; one send can hold several replies and one reply can arrive in several reads. Framing (here "\\n") marks where each ends',
  'quiz.step2.q3.choice3': 'Only with UDP',
  'quiz.step2.q3.explanation': 'TCP keeps no message boundaries. The receiver must cut the stream itself: keep a buffer, split at every "\\n", keep the unfinished rest.',
  // Question 4 is answered by typing; "answer" is the expected answer, shown after a wrong one.
  'quiz.step2.q4.question': 'Which character frames the messages in this lab?',
  'quiz.step2.q4.answer': '"\\n" (newline)',
  'quiz.step2.q4.explanation': 'Every message is one line ended by "\\n" (a "\\r" just before it is dropped).',

  // Step 3 quiz (disconnects: the accept loop around the receive loop, and many clients).
  // Question 1: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step3.q1.question': 'Does the server stay alive after a client disconnects?',
  'quiz.step3.q1.choice1': 'Yes, as soon as there is a receive loop',
  'quiz.step3.q1.choice2': 'Only with an accept loop around the receive loop, and with read errors (ECONNRESET) handled',
  'quiz.step3.q1.choice3': 'Never: a TCP server serves one client in its life',
  'quiz.step3.q1.explanation': 'The receive loop ends when its client leaves; only an outer loop that goes back to accept() serves the next one. A client that aborts its connection (a reset, RST) makes the read fail with ECONNRESET: that error must be caught, not crash the server. (A killed client process usually closes with a FIN: the kernel closes its sockets.)',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step3.q2.question': 'What must change in step 2\'s server so that it serves client after client?',
  'quiz.step3.q2.choice1': 'Nothing, if the while loop is already there',
  'quiz.step3.q2.choice2': 'Wrap the receive loop in a loop that accepts the next client',
  'quiz.step3.q2.choice3': 'Use a bigger listen backlog',
  'quiz.step3.q2.explanation': 'The receive loop alone answers one client until it leaves, then the program ends. The accept loop is what keeps the server going.',
  // Question 3: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step3.q3.question': 'Can this server serve several clients at the same time?',
  'quiz.step3.q3.choice1': 'Not as written (one at a time; the others wait in the backlog). In Node the event loop can serve many sockets at once without threads',
  'quiz.step3.q3.choice2': 'Only with one thread per client, in every language',
  'quiz.step3.q3.choice3': 'Yes, TCP does it for you',
  'quiz.step3.q3.explanation': 'Python\'s blocking sockets need threads for that. Node runs JavaScript on one thread and the event loop hands each socket\'s events to its handler: step 7 uses that.',

  // Step 4 quiz (both ways at once: who waits for whom, how not to block, ending cleanly).
  // Question 1: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step4.q1.question': 'The server waits for a line from the client and the client sends one: is there a conflict?',
  'quiz.step4.q1.choice1': 'No. The trouble comes when a program waits on one source (the keyboard) while the other (the socket) has something to say',
  'quiz.step4.q1.choice2': 'Yes: both sides write at the same time and the data mixes',
  'quiz.step4.q1.choice3': 'Yes: TCP allows only one direction at a time',
  'quiz.step4.q1.explanation': 'TCP is full duplex: both directions flow at once. A program that reads stdin, then the socket, then stdin… misses the other side while it waits.',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step4.q2.question': 'How do you make both directions work at once in Node?',
  'quiz.step4.q2.choice1': 'Start a thread for stdin and one for the socket',
  'quiz.step4.q2.choice2': 'Listen to both with events (readline on stdin, "data"/"line" on the socket): the event loop serves whichever comes first',
  'quiz.step4.q2.choice3': 'Poll each one every 100 ms',
  'quiz.step4.q2.explanation': 'Python needs threads or non-blocking sockets with select(). Node is already non-blocking: one thread, an event loop, a handler per source. Worker threads exist but are not needed here.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step4.q3.question': 'How should the conversation end?',
  'quiz.step4.q3.choice1': 'Kill the process',
  'quiz.step4.q3.choice2': 'An end message (/quit, answered by bye), then a clean close (FIN) so nothing in flight is lost',
  'quiz.step4.q3.choice3': 'Stop reading and wait for a timeout',
  'quiz.step4.q3.explanation': 'The end message says "I am done" in the protocol; socket.end() then sends what is left and closes cleanly (FIN). destroy() closes at once: FIN when nothing unread waits, but RST when the peer\'s data is still unread, and a reset can throw away what the peer has not read yet.',

  // Step 5 quiz (evaluation without eval: why eval is dangerous, what try/catch does and does not do).
  // Question 1: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step5.q1.question': 'Why is eval() of what a client sends a serious problem?',
  'quiz.step5.q1.choice1': 'It is slow',
  'quiz.step5.q1.choice2': 'It runs any code the client writes, with the server\'s rights: read files, start processes, stop the server',
  'quiz.step5.q1.choice3': 'It only works for numbers',
  'quiz.step5.q1.explanation': 'eval("process.exit()") or eval("require(\'fs\')…") does exactly what it says. The safe way is to parse the grammar yourself and compute only numbers.',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step5.q2.question': 'Does try/catch around eval() make it safe?',
  'quiz.step5.q2.choice1': 'Yes: errors are caught, so nothing bad can happen',
  'quiz.step5.q2.choice2': 'No: it catches errors so the server does not crash, but code that does not throw still runs',
  'quiz.step5.q2.explanation': 'try/catch (try/except in Python) is right for a bad expression: answer "error: …" and keep serving. Against hostile code it does nothing: deleting a file throws no error.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step5.q3.question': 'Are new Function() or the vm module a sandbox for untrusted code?',
  'quiz.step5.q3.choice1': 'Yes, vm runs code in a separate context',
  'quiz.step5.q3.choice2': 'No: new Function is eval under another name, and Node\'s docs say vm is not a security mechanism (code can reach the real process)',
  'quiz.step5.q3.explanation': 'this.constructor.constructor("return process")() escapes a vm context. Only a parser that accepts numbers, operators and parentheses, and nothing else, is safe.',

  // Step 6 quiz (commands: why name the messages, and how to split "/name rest" in JavaScript).
  // Question 1: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step6.q1.question': 'What do commands such as /echo or /time bring?',
  'quiz.step6.q1.choice1': 'They tell the server what kind of message it got, so it can act accordingly',
  'quiz.step6.q1.choice2': 'They make messages shorter on the wire',
  'quiz.step6.q1.choice3': 'TCP requires them',
  'quiz.step6.q1.explanation': 'A small protocol: the name picks the handler, the rest is its argument. Unknown names get "error: unknown command".',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step6.q2.question': 'In JavaScript, what does "/echo hello world".split(" ", 1) return?',
  'quiz.step6.q2.choice1': '["/echo", "hello world"]',
  'quiz.step6.q2.choice2': '["/echo"]',
  'quiz.step6.q2.choice3': '["/echo", "hello", "world"]',
  'quiz.step6.q2.explanation': 'JavaScript\'s limit keeps only that many pieces and drops the rest; Python\'s split(" ", 1) splits once and keeps the rest. In JS: const i = line.indexOf(" "); name = line.slice(0, i), rest = line.slice(i + 1) (with i === -1 meaning no argument).',
  // Question 3 is answered by typing; "answer" is the expected answer, shown after a wrong one.
  'quiz.step6.q3.question': 'Which string method finds the first space, to split "/name rest" once?',
  'quiz.step6.q3.answer': 'indexOf (then slice)',
  'quiz.step6.q3.explanation': 'line.indexOf(" ") gives the position of the first space; slice cuts on each side of it, so the rest keeps its inner spaces.',

  // Step 7 quiz (many clients at once: races in a single-threaded server, shared state, broadcast).
  // Question 1: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step7.q1.question': 'Node runs your JavaScript on one thread. Can two clients still race on shared data?',
  'quiz.step7.q1.choice1': 'No: with one thread there are never races',
  'quiz.step7.q1.choice2': 'Yes: two handlers never run at the same instant, but at every await between reading and writing shared state another client\'s handler can run',
  'quiz.step7.q1.choice3': 'Only if you use worker_threads',
  'quiz.step7.q1.explanation': 'Synchronous code runs to completion, so an update with no await in the middle is safe. Python threads can switch anywhere, hence the source lab\'s locks; in Node the danger points are the awaits.',
  // Question 2: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step7.q2.question': 'What shared state does a real chat server need?',
  'quiz.step7.q2.choice1': 'None: each connection is independent',
  'quiz.step7.q2.choice2': 'The connected clients and their nicks, to broadcast each message to the others and answer /who and /msg',
  'quiz.step7.q2.explanation': 'A map of connected clients is the heart of it: joins, leaves, renames and messages all read or change it.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step7.q3.question': 'One client stops reading. What must the server do when it broadcasts?',
  'quiz.step7.q3.choice1': 'Wait for that client before sending to the others',
  'quiz.step7.q3.choice2': 'Keep serving the others; bound what waits for the slow one (write() returning false, the "drain" event) and drop it past a limit',
  'quiz.step7.q3.explanation': 'Awaiting each client in turn lets the slowest set the pace for all. Writing without bound lets its queue grow until memory runs out.',

  // Step 8 quiz (shared resources and locks: what a lock is for, what goes wrong without, threads in Node).
  // Question 1: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step8.q1.question': 'What is a lock for?',
  'quiz.step8.q1.choice1': 'To make the server faster',
  'quiz.step8.q1.choice2': 'To let one task at a time run a read-modify-write of a shared resource, so that no other task changes it in between',
  'quiz.step8.q1.choice3': 'To encrypt the file',
  'quiz.step8.q1.explanation': 'In Node the critical section is async (it awaits file I/O), so the lock is a promise-based mutex: each /incr waits for the previous one to finish.',
  // Question 2: the question, its choices (choice1 is the right one), and the explanation shown after the answer.
  'quiz.step8.q2.question': 'Two clients send /incr at once and the counter is read, then written after an await. Without a lock?',
  'quiz.step8.q2.choice1': 'Both read the same value and write the same result: one increment is lost',
  'quiz.step8.q2.choice2': 'Nothing: Node has one thread',
  'quiz.step8.q2.choice3': 'The server crashes every time',
  'quiz.step8.q2.explanation': 'Lost updates, corrupted or interleaved data, unpredictable behaviour: the source lab\'s answer holds in Node too, at every await between the read and the write.',
  // Question 3: the question, its choices (choice2 is the right one), and the explanation shown after the answer.
  'quiz.step8.q3.question': 'What in Node corresponds directly to the source lab\'s threads sharing memory?',
  'quiz.step8.q3.choice1': 'async functions',
  'quiz.step8.q3.choice2': 'worker_threads with a SharedArrayBuffer, synchronized with Atomics',
  'quiz.step8.q3.choice3': 'child_process.fork()',
  'quiz.step8.q3.explanation': 'Workers are real threads; SharedArrayBuffer is memory they share, and Atomics (wait/notify, compareExchange) build locks on it. Separate processes share no memory.',

  // Errors on the command line (npm run step, reset, talk, server, client): the first line says what is wrong, the next one is the usage.
  'cli.error': 'error: {error}',

  // An option the command does not know, or given a value wrongly ({option} as typed, e.g. --bogus); {said} is Node's own sentence, in English, for the other mistakes.
  'cli.args.unknownOption': 'Unknown option \'{option}\'',
  'cli.args.missingValue': 'Option \'{option} <value>\' argument missing',
  'cli.args.noValue': 'Option \'{option}\' does not take an argument',
  'cli.args.other': '{said}',

  // The step number ({raw} as typed, in quotes; {first} and {last}: the first and last steps).
  'cli.args.whichStep': 'which step? give a step number from {first} to {last}',
  'cli.args.noSuchStep': 'no step {raw}: steps are numbered {first} to {last}',

  // A folder option ({flag}: --dir, {path}: the folder as typed).
  'cli.args.needsFolder': '{flag} needs a folder',
  'cli.args.noSuchFolder': '{flag} {path}: no such folder',
  'cli.args.notAFolder': '{flag} {path}: not a folder',

  // --html FILE: the page to write ({path} as typed, {folder}: the folder it goes in, {why}: the system's error code).
  'cli.html.needsFile': '--html needs a file name',
  'cli.html.isFolder': '--html {path}: is a folder, give a file name',
  'cli.html.noFolder': '--html {path}: no such folder {folder}',
  'cli.html.cannotWriteIn': '--html {path}: cannot write in {folder}',
  'cli.html.cannotWrite': '--html: cannot write {file} ({why})',

  // npm run step 4 --solution (without --): npm kept the flags; {flags}: those flags, {typed}: the command to type instead.
  'cli.npmKept': 'note: npm kept {flags} for itself; applied anyway. Next time type: {typed}',

  // npm run step ({steps}: the step numbers typed).
  'cli.step.usage': 'usage: npm run step -- N [--dir PATH] [--solution] [--json | --watch | --hint] [--html FILE] [--confine]   (N = 1…8, e.g. npm run step 3)',
  'cli.step.oneStep': 'one step at a time (got {steps})',
  'cli.step.dirOrSolution': '--dir and --solution choose the folder both: give one',
  'cli.step.oneMode': '--json, --watch and --hint do not go together: give one',
  'cli.step.htmlOnce': '--html goes with a single run: not with --watch or --hint',
  'cli.step.confineOnce': '--confine goes with a single run: not with --watch, --hint or --html',

  // Ctrl-C during npm run step.
  'cli.step.interrupted': 'interrupted: every program the checks started was stopped',

  // npm run reset ({steps}: the step numbers typed).
  'cli.reset.usage': 'usage: npm run reset -- N [--yes]   (puts the starter of step N back; your files go to backups/ first)',
  'cli.reset.oneStep': 'one step at a time: {steps}',
  'cli.reset.noTerminal': 'no terminal to ask for confirmation: add --yes',

  // npm run server -- N words… ({words}: the words typed after the step number).
  'cli.run.noWords': 'the server takes no words (got {words})',

  // npm run talk, a minimal nc ({typed}: the arguments typed, in quotes; {host}:{port}: the address; {why}: the system's error code).
  'cli.talk.usage': 'usage: npm run talk [-- PORT [HOST]]   (default: 127.0.0.1 4000, or $HOST $PORT)',
  'cli.talk.notAPort': 'not a port: {typed}',
  'cli.talk.stepNumber': '{port} is a step number, not a port: the servers listen on 4000 (npm run talk -- 4000)',
  'cli.talk.connected': 'connected to {host}:{port} (Ctrl-D: send FIN, Ctrl-C: quit)',
  'cli.talk.closed': 'the server closed the connection',
  'cli.talk.cannotTalk': 'cannot talk to {host}:{port}: {why}',

  // A yes/no question in the menu (reset, see the solution): the word echoed once answered.
  'cli.confirm.yes': 'yes',
  'cli.confirm.no': 'no',

  // ════ The HTML report ════
  'html.title': 'TCP lab: grades',
  'html.stepTitle': 'TCP lab: step {n}',
  'html.unconfined': 'Graded unconfined (--unconfined): the students\' programs ran with the grader\'s rights and could have read or changed other submissions and these grades.',
  'html.submission': 'submission',
  'html.step': 'step {n}',
  'html.total': 'total',
  'html.sortBy': 'sort by {what}',
  'html.fault': 'the checker itself failed on a check of this step: a bug in the kit, not the student\'s fault',
  'html.budget': 'the step used up its grading time: unfinished checks were skipped',
  'html.notGraded': 'not graded',
  'html.pickCell': 'Click a cell of the grid to see that submission\'s checks and, for each failed check, the conversation on the wire.',
  'html.wrongTitle': 'What the class got wrong',
  'html.wrongNone': 'No submission failed any check.',
  'html.wrongAxis': '{failed} of {graded} submissions failed it',
  'html.wrongAxisOne': '{failed} of {graded} submissions failed it',
  'html.pass': 'passed',
  'html.fail': 'failed',
  'html.skip': 'skipped',
  'html.faultVerdict': 'checker fault',
  'html.hint': 'hint: ',
  'html.points': '{pts}/{max} points',
  'html.checker': 'checker',
  'html.program': 'program',
  'html.failedHere': 'the expectation failed here',
  'html.diagramCaption': 'The conversation, as the checker saw it: time runs downwards.',
  'html.legend': 'Arrows: lines sent and received · dashed: the program\'s input and output · blue: FIN · red: RST',

  // ════ Confined grading: when it cannot run ════
  'confine.why.notLinux': 'grading confines each submission with Linux namespaces (bubblewrap), and this is {platform}',
  'confine.why.noBwrap': 'bubblewrap (the bwrap command) is not installed',
  'confine.why.noNamespaces': 'bubblewrap cannot create the namespaces grading needs here ({said})',
  'confine.fix.linux': 'grade on Linux: a Linux machine or VM, WSL 2 on Windows, or the CI template (each runner grades one student in a fresh VM)',
  'confine.fix.install': 'install it: sudo apt-get install bubblewrap   (Fedora: sudo dnf install bubblewrap; Arch: sudo pacman -S bubblewrap)',
  'confine.fix.ubuntu': 'Ubuntu 24.04 and later restrict unprivileged user namespaces: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
  'confine.fix.sysctl': 'other distributions: sudo sysctl -w kernel.unprivileged_userns_clone=1 (and user.max_user_namespaces above 0)',
  'confine.fix.container': 'in a container: run it with --privileged, or grade in the CI template instead',
  'confine.fixLine': '  fix: {fix}',
  'confine.grade.cannot': 'npm run grade: cannot confine the students\' programs: {why}.',
  'confine.grade.risk': 'Grading runs untrusted code; without a sandbox it could read and change other submissions, your files and these grades.',
  'confine.grade.anyway': '  or, knowing the risk, grade unconfined: npm run grade -- FOLDER --unconfined (every report is then marked so)',
  'confine.step.cannot': '--confine: cannot confine the programs here: {why}.',
  'confine.kitInside': '{dir}: a step folder in the kit\'s own folder, or above it, cannot be confined: put it in a folder of its own',
  'confine.step.error': '--confine: {error}',
  'confine.step.anyway': '  or run the same command without --confine',

  // ════ npm run grade's usage errors ════
  // npm run grade, as it runs and when it ends (the instructor's terminal).
  'grade.start': 'grading {subs} {subs:submission|submissions} × {steps:step|steps} {numbers} · {jobs} {jobs:submission|submissions} at a time · {budget} s budget per step',
  'grade.unconfinedStart': 'UNCONFINED (--unconfined): the programs run with your rights; every report says so',
  'grade.progress.done': '[{i}/{n}] {name}  {points}/{max} points  (steps {steps})',
  'grade.progress.live': '{bar} {done}/{tasks} steps · {subs}/{total} submissions · {clock}',
  'grade.progress.running': '{line} · {names}',
  'grade.interrupted': 'interrupted: every program was stopped; {done} of {total} graded submissions are in {out}/',
  'grade.stopped': 'stopped ({signal}): every program was stopped; {done} of {total} graded submissions are in {out}/',
  'grade.summary': 'graded {n} {n:submission|submissions} in {time}; reports: {files}',
  'grade.notes': 'not followed or not copied:',
  'grade.note': '{name}, step {step}: {note}',
  'grade.unconfinedMark': 'UNCONFINED: graded with --unconfined; every report is marked so.',
  // The class table printed at the end.
  'grade.table.submission': 'submission',
  'grade.table.step': 'step {n}',
  'grade.table.total': 'total',
  'grade.table.fault': '! the checker itself failed on a check of this step: a bug in the kit, not the student\'s fault (see grades.json)',
  // Its usage errors.
  'grade.usage': 'usage: npm run grade -- FOLDER [--out DIR] [--steps 1-3,5] [--jobs N] [--budget SECONDS] [--unconfined]',
  'grade.wholeNumber': '{flag} {raw}: expected a whole number from 1 to {max}',
  'grade.whichClass': 'which class? give the folder that holds one subfolder per submission',
  'grade.oneClass': 'one class folder at a time (got {folders})',
  'grade.outNotFolder': '--out {out}: not a folder',
  'grade.folder': '{folder}: {why}',
  'grade.noSuchFolder': 'no such folder',
  'grade.notFolder': 'not a folder',
  'grade.noSubmissions': 'no submissions in it (expected one subfolder per student, each holding steps/NN-*/ or NN-*/)',
  'grade.steps.format': '--steps {raw}: expected step numbers and ranges, like 1-3,5',
  'grade.steps.backwards': '--steps {raw}: the range {part} runs backwards',
  'grade.steps.noStep': '--steps {raw}: no step {part}: the steps are {steps}',

  // ════ The kit's screens ════
  // Check results (the pretty renderer)
  'report.step': 'Step {n} · {title}',
  'report.runs': 'runs {files}',
  'report.ignored': '{file} is not run: {first} comes first (the checker takes .ts, then .mjs, .js, .py). Remove or rename {first} to run {file}.',
  'report.hint': 'hint:     ',
  'report.transcript': 'transcript (→ sent by the checker, ← received from your program):',
  'report.earlier': '… {n} earlier {n:entry|entries}',
  'report.internal': 'The checker itself failed on a check marked "!": this is a bug in the kit, not in your program.',
  'report.same': '(the same failure as above)',
  'report.next': ' Next: step {m}, npm run step {m}',
  'report.last': ' That was the last step of the lab.',
  'report.passes': 'Step {n} passes. Well done!',
  'report.passesThere': 'Every check of step {n} passes on this folder.',
  'report.fixFirst': 'Fix the first failure, then run the step again. Stuck? npm run step -- {n} --hint. By hand: npm run server -- {n}, then nc 127.0.0.1 4000',
  'report.fixFirstWatch': 'Fix the first failure, then save a file to run again. Stuck? npm run step -- {n} --hint. By hand: npm run server -- {n}, then nc 127.0.0.1 4000',
  'report.count': '{pass} passed, {fail} failed',
  'report.countSkipped': '{pass} passed, {fail} failed, {skip} skipped',

  // npm run step -- N --hint
  'hint.checking': 'Checking step {n} to find the first failing check…',
  'hint.allPass': 'Every check of step {n} passes: no hint needed.',
  'hint.internal': 'The checker itself failed (a bug in the kit): no hint can help here.',
  'hint.title': 'Hint {i} of {total} for "{check}":',
  'hint.noMore': 'That was the last hint for this check. Read the step\'s README again, or try by hand with nc.',
  'hint.earlier': 'Hints already shown:',
  'hint.crashedDuring': 'The program crashed during "{check}", after it had answered: surviving this is what the check is about.',
  'hint.programFirst': '"{check}" failed because the program crashed or did not start: the step\'s hints wait until it runs (none was used up).',

  // npm run step -- N --watch
  'watch.watching': 'Watching {dir} — save a file to check again. Ctrl-C stops.',
  'watch.changed': 'changed: {file} (run {run})',
  'watch.stopped': 'stopped watching; every program the checks started was stopped',

  // npm run server / client
  'run.server': 'Starting the server of step {n}: {file}',
  'run.serverTalk': 'It listens on {host}:{port}. Talk to it from another terminal:  nc {host} {port}   (or: npm run client -- {n})',
  'run.client': 'Starting the client of step {n}: {file}',
  'run.clientTalk': 'It connects to {host}:{port}. Start a server there first in another terminal:  npm run server -- {n}   (or: nc -l {port})',
  'run.stdin': 'Lines you type here go to the program\'s stdin; Ctrl-D ends its input; Ctrl-C stops it.',
  'run.timeWait': 'Connections of the last run on port {port} are still in TIME_WAIT (the side that closed first keeps them about 60 s). Python\'s socket refuses to bind then ("Address already in use"): call srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) before srv.bind(...), as Node does by itself; or wait a minute, or pick another port: PORT=4100 npm run server -- {n}',
  'run.portBusy': 'Port {port} on {host} is already taken, probably by a server still running in another terminal: stop it (Ctrl-C there), or pick another port: PORT=4100 npm run server -- {n}',
  'run.missing': 'no {role} program in {dir}: looked for {files}',
  'run.compile': '{file} does not compile: {message}',
  'run.exited': '[the program {how}]',
  'run.stopped': '[stopped the program and everything it started]',
  'run.usage': 'usage: npm run {role} -- N [--solution] [words…]   (N = 1…8)',

  // The menu
  'menu.title': 'TCP lab — client/server programming in eight steps',
  'menu.chooseStep': 'Choose a step (↑/↓, Enter; Ctrl-C quits)',
  'menu.quit': 'Quit',
  'menu.status.passed': 'passed',
  'menu.status.failed': 'failed',
  'menu.status.untried': 'not tried',
  'menu.chooseAction': 'Step {n} · {title} — what now?',
  'menu.action.check': 'Check my step',
  'menu.action.readme': 'Read the step\'s README',
  'menu.action.server': 'Run my server by hand',
  'menu.action.client': 'Run my client by hand',
  'menu.action.hint': 'Show the next hint',
  'menu.action.quiz': 'Take the quiz',
  'menu.action.reset': 'Reset the starter (your files are backed up first)',
  'menu.action.solution': 'See the reference solution',
  'menu.action.back': 'Back to the steps',
  'menu.continue': 'Press Enter to go back to the menu',
  'menu.noReadme': 'This step has no README yet ({file}).',
  'menu.clientWords': 'Words to send (empty: the client\'s default)',
  'menu.bye': 'Bye! Your progress is saved in .lab-progress.json.',
  'menu.needsTty': 'The menu needs an interactive terminal. Use npm run step -- N instead.',
  'menu.fixFirst': 'Fix the first failure, then check again. Stuck? "{hint}" gives another hint. By hand: "{server}", then nc 127.0.0.1 4000',
  'menu.interrupted': 'interrupted: every program the checks started was stopped',
  'menu.pagerMore': '── {percent}% ── Enter for more, q to go back',
  'menu.runStops': 'When the program stops, you come back here.',

  // Reset and solution
  'reset.confirm': 'Replace the files of {dir} by the original starter? Your current files are copied to a backup first.',
  'reset.done': 'The starter is back. Your previous files are in {backup}',
  'reset.cancelled': 'Nothing changed.',
  'reset.noPristine': 'Cannot find the original starter of {slug}: neither {copy} nor git history has it.',
  'solution.confirm': 'See the reference solution of step {n}? Trying first teaches more; the hints help too.',
  'solution.file': '── {file} ──',
  'solution.none': 'No reference solution for this step yet.',

  // Quiz
  'quiz.title': 'Quiz — step {n} ({count} questions)',
  'quiz.none': 'No quiz for this step.',
  'quiz.answer': 'Your answer',
  'quiz.right': 'Right.',
  'quiz.wrong': 'Not quite. The answer: {answer}',
  'quiz.score': 'Score: {right} / {total}',
} satisfies Record<string, string>;

export type Messages = Record<keyof typeof en, string>;
