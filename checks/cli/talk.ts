// npm run talk [-- PORT [HOST]]: a minimal `nc` for machines without one.
// Each line typed is sent with "\n"; every byte received is printed as is;
// Ctrl-D half-closes (FIN), Ctrl-C closes. Default 127.0.0.1:4000, or HOST/PORT.
import { connect } from 'node:net';
import { detectLang } from '../i18n/index.ts';
import { UsageError, usageExit } from './args.ts';

const USAGE = {
  en: 'usage: npm run talk [-- PORT [HOST]]   (default: 127.0.0.1 4000, or $HOST $PORT)',
  fr: 'usage : npm run talk [-- PORT [HÔTE]]   (par défaut : 127.0.0.1 4000, ou $HOST $PORT)',
};
const fr = detectLang() === 'fr';

function target(argv: string[]): { host: string; port: number } {
  const [rawPort = process.env.PORT ?? '4000', host = process.env.HOST ?? '127.0.0.1', ...extra] = argv;
  const port = Number(rawPort);
  if (extra.length || !/^\d+$/.test(rawPort) || port < 1 || port > 65535) throw new UsageError({ en: `not a port: ${JSON.stringify(argv.join(' '))}`, fr: `ce n'est pas un port : ${JSON.stringify(argv.join(' '))}` });
  // "npm run talk -- 3" after "npm run server -- 3": a step number, not a port.
  if (port <= 8) throw new UsageError({ en: `${port} is a step number, not a port: the servers listen on 4000 (npm run talk -- 4000)`, fr: `${port} est un numéro d'étape, pas un port : les serveurs écoutent sur 4000 (npm run talk -- 4000)` });
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
  process.stderr.write(
    fr
      ? `connecté à ${where.host}:${where.port} (Ctrl-D : envoyer FIN, Ctrl-C : quitter)\n`
      : `connected to ${where.host}:${where.port} (Ctrl-D: send FIN, Ctrl-C: quit)\n`,
  );
  process.stdin.pipe(socket); // a pipe ends the socket (FIN) when stdin ends
});
socket.pipe(process.stdout);
socket.on('end', () => process.stderr.write(fr ? 'le serveur a fermé la connexion\n' : 'the server closed the connection\n'));
socket.on('close', () => process.exit(0));
socket.on('error', (error: NodeJS.ErrnoException) => {
  const why = error.code ?? error.message;
  process.stderr.write(fr ? `impossible de parler à ${where.host}:${where.port} : ${why}\n` : `cannot talk to ${where.host}:${where.port}: ${why}\n`);
  process.exit(1);
});
