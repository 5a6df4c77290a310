// npm run talk [-- PORT [HOST]]: a minimal `nc` for machines without one.
// Each line typed is sent with "\n"; every byte received is printed as is;
// Ctrl-D half-closes (FIN), Ctrl-C closes. Default 127.0.0.1:4000, or HOST/PORT.
import { connect } from 'node:net';
import { detectLang, msg, translate } from '../i18n/index.ts';
import { UsageError, usageExit } from './args.ts';

const USAGE = msg('cli.talk.usage');
const lang = detectLang();

function target(argv: string[]): { host: string; port: number } {
  const [rawPort = process.env.PORT ?? '4000', host = process.env.HOST ?? '127.0.0.1', ...extra] = argv;
  const port = Number(rawPort);
  if (extra.length || !/^\d+$/.test(rawPort) || port < 1 || port > 65535) throw new UsageError(msg('cli.talk.notAPort', { typed: JSON.stringify(argv.join(' ')) }));
  // "npm run talk -- 3" after "npm run server -- 3": a step number, not a port.
  if (port <= 8) throw new UsageError(msg('cli.talk.stepNumber', { port }));
  return { host, port };
}

let where: { host: string; port: number };
try {
  where = target(process.argv.slice(2));
} catch (error) {
  usageExit(error, USAGE);
}
const socket = connect(where);
socket.on('connect', () => {
  process.stderr.write(`${translate(lang, 'cli.talk.connected', { host: where.host, port: where.port })}\n`);
  process.stdin.pipe(socket); // a pipe ends the socket (FIN) when stdin ends
});
socket.pipe(process.stdout);
socket.on('end', () => process.stderr.write(`${translate(lang, 'cli.talk.closed')}\n`));
socket.on('close', () => process.exit(0));
socket.on('error', (error: NodeJS.ErrnoException) => {
  const why = error.code ?? error.message;
  process.stderr.write(`${translate(lang, 'cli.talk.cannotTalk', { host: where.host, port: where.port, why })}\n`);
  process.exit(1);
});
