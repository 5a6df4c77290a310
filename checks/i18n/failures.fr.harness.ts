// French of what the harness itself writes into a failure (connections,
// programs, deadlines: checks/harness/*.ts) and into the transcript's event
// rows. The steps' own phrases are in failures.fr.steps.ts and
// failures.fr.chat.ts.
import type { Phrase } from './phrase-rules.ts';

/** The parts of a failure's sent / expected / received, and the one-line failures (a program missing or not compiling). */
export const HARNESS_PHRASES: Phrase[] = [
  // Text from the program or a tool after these stays as it came.
  ['{s}; its stderr says:\n{t}', '{s} ; il a écrit sur stderr :\n{t}'],
  ['a stack trace:\n{t}', 'une trace de pile :\n{t}'],
  ['internal error in the checker, not in your program:\n{t}', 'erreur interne du correcteur, pas de votre programme :\n{t}'],
  ['no {name} program: looked for {t} in {t2}', 'pas de programme {name} : cherché {t} dans {t2}'],
  ['{t} does not compile: {t2}', '{t} ne compile pas : {t2}'],

  // What was sent (connection.ts).
  ['(nothing yet)', '(rien encore)'],
  ['{qs}', '{qs}'],
  ['{q} one byte at a time', '{q} octet par octet'],
  ['{q} split inside a character', '{q} coupé au milieu d\'un caractère'],
  ['a connection to {w}', 'une connexion à {w}'],
  ['connections to {w} for {time}', 'des connexions à {w} pendant {time}'],

  // Lines and closes (connection.ts).
  ['the line {q}', 'la ligne {q}'],
  ['nothing within {time}', 'rien en {time}'],
  ['nothing within {time} (only {q}, without the ending "\\n")', 'rien en {time} (seulement {q}, sans le "\\n" final)'],
  ['no line: the connection was {s}', 'aucune ligne : la connexion a été {s}'],
  ['no line: the connection was {s} after {q} without an ending "\\n"', 'aucune ligne : la connexion a été {s} après {q}, sans "\\n" final'],
  ['the connection was {s}', 'la connexion a été {s}'],
  ['closed cleanly by the peer (FIN)', 'fermée proprement par l\'autre côté (FIN)'],
  ['reset by the peer (RST after its last data)', 'réinitialisée par l\'autre côté (RST après ses dernières données)'],
  ['reset by the peer ({w})', 'réinitialisée par l\'autre côté ({w})'],
  ['the connection closed', 'la fermeture de la connexion'],
  ['a clean close of the connection (FIN)', 'une fermeture propre de la connexion (FIN)'],
  ['the connection still open after {time}', 'la connexion encore ouverte après {time}'],
  ['the connection still open after {time} (and the lines {qs})', 'la connexion encore ouverte après {time} (et les lignes {qs})'],
  ['a reset (RST): the connection was aborted, not closed', 'un reset (RST) : la connexion a été interrompue, pas fermée'],
  ['the server to accept it', 'que le serveur l\'accepte'],
  ['the server to listen on the HOST and PORT of its environment', 'que le serveur écoute sur le HOST et le PORT de son environnement'],
  ['connection refused every time: nothing listens on that port', 'connexion refusée à chaque essai : rien n\'écoute sur ce port'],
  ['connection error {w}', 'erreur de connexion {w}'],

  // The checker's server, for a client (fake-server.ts).
  ['the client to connect to {w} (from its HOST and PORT environment)', 'que le client se connecte à {w} (d\'après HOST et PORT dans son environnement)'],
  ['no connection within {time}', 'aucune connexion en {time}'],

  // Programs: output, exit, still running (context.ts).
  ['a line containing {q} on {name}\'s stdout', 'une ligne contenant {q} sur la sortie standard du {name}'],
  ['a line containing {q} on the {name}\'s stdout', 'une ligne contenant {q} sur la sortie standard du {name}'],
  ['other lines: {qs}', 'd\'autres lignes : {qs}'],
  ['nothing printed within {time}', 'rien d\'affiché en {time}'],
  ['{s} (and {q} with no newline yet)', '{s} (et {q}, encore sans fin de ligne)'],
  ['the program ended ({exit})', 'le programme s\'est terminé ({exit})'],
  ['{s}; then the program ended ({exit})', '{s} ; puis le programme s\'est terminé ({exit})'],
  ['{name} to exit', 'que le {name} se termine'],
  ['{name} to exit {s}', 'que le {name} se termine {s}'],
  ['{name} to exit with code {w}', 'que le {name} se termine avec le code {w}'],
  ['{name} to exit with code {w} {s}', 'que le {name} se termine avec le code {w} {s}'],
  ['{name} to keep running', 'que le {name} continue de tourner'],
  ['{name} to keep running {s}', 'que le {name} continue de tourner {s}'],
  ['still running after {time}', 'toujours en marche après {time}'],
  ['it exited with {how}', 'il {how}'],
  ['the {name} exited ({exit}) {s}', 'le {name} s\'est terminé ({exit}) {s}'],
  ['{s}; meanwhile the {name} exited ({exit})', '{s} ; entre-temps, le {name} s\'est terminé ({exit})'],
  ['before accepting a connection', 'avant d\'accepter une connexion'],
  ['without connecting', 'sans se connecter'],
  ['the check to go on', 'que la vérification continue'],
  ['the check was already over (timed out or cancelled)', 'la vérification était déjà finie (délai dépassé ou annulation)'],

  // The runner: a check's deadline, processes left behind (runner.ts).
  ['the check to finish within {time}', 'que la vérification se termine en {time}'],
  ['it was still waiting (see the transcript for the last thing that happened)', 'elle attendait encore (les échanges montrent la dernière chose arrivée)'],
  ['nothing the program started to outlive it', 'que rien de ce que le programme a lancé ne lui survive'],
  ['still running after it was stopped: {s}', 'toujours en marche après l\'arrêt du programme : {s}'],
  ['{name} left {pid}', 'le {name} a laissé {pid}'],
  ['{name} left {pid}; {s}', 'le {name} a laissé {pid} ; {s}'],
];

/** The harness's event rows of the transcript (program.ts, connection.ts, fake-server.ts, transcript.ts). */
export const HARNESS_EVENTS: Phrase[] = [
  ['started {name} (PORT={w})', '{name} démarré (PORT={w})'],
  ['started {name} {t} (PORT={w})', '{name} démarré, arguments : {t} (PORT={w})'],
  ['could not start: {t}', 'n\'a pas pu démarrer : {t}'],
  ['exited with {how}', '{how}'],
  ['end of input (Ctrl-D)', 'fin de l\'entrée (Ctrl-D)'],
  ['still running {time} after SIGTERM: killed', 'toujours en marche {time} après SIGTERM : tué'],
  ['{n} more entries not kept', '{n} entrées de plus non conservées'],
  ['connected to {w}', 'connecté à {w}'],
  ['closed cleanly by the peer (FIN)', 'connexion fermée proprement par l\'autre côté (FIN)'],
  ['reset by the peer (RST after its last data)', 'connexion réinitialisée par l\'autre côté (RST après ses dernières données)'],
  ['reset by the peer ({w})', 'connexion réinitialisée par l\'autre côté ({w})'],
  ['checker closed its sending side (FIN)', 'le correcteur a fermé son côté émission (FIN)'],
  ['checker reset the connection (RST)', 'le correcteur a réinitialisé la connexion (RST)'],
  ['checker stopped reading', 'le correcteur a cessé de lire'],
  ['listening on {w}', 'en écoute sur {w}'],
  ['the client connected', 'le client s\'est connecté'],
];
