// French of what the checks of steps 1 to 6 write into a failure: what
// they did, why a program must exit or keep running, how an expression
// reads, why a line is an error (checks/0N-*.ts, checks/shared/*.ts).
import type { Phrase } from './phrase-rules.ts';

const BLOCKING_ACCEPT: Phrase[] = [
  ['while no client has connected', 'tant qu\'aucun client ne s\'est connecté'],
  ['after serving its one client', 'après avoir servi son unique client'],
  ['after printing the reply', 'après avoir affiché la réponse'],
  ['nothing before the client says something', 'rien avant que le client ne dise quelque chose'],
  ['nothing: the checker only connected', 'rien : le correcteur s\'est seulement connecté'],
  ['the server to close the connection after its reply', 'que le serveur ferme la connexion après sa réponse'],
  ['client started as: {t}', 'client lancé ainsi : {t}'],
  ['client started with no arguments', 'client lancé sans arguments'],
  // shared/client-checks.ts
  ['the client, started with PORT={w} where nothing listens', 'le client, lancé avec PORT={w} où rien n\'écoute'],
  ['because it cannot connect', 'parce qu\'il ne peut pas se connecter'],
  ['one readable line on stderr, no stack trace', 'une seule ligne lisible sur stderr, sans trace de pile'],
  ['exactly one line on stderr', 'exactement une ligne sur stderr'],
  ['{n} lines: {qs}', '{n} lignes : {qs}'],
  ['nothing on stderr', 'rien sur stderr'],
  ['a line naming the host and port (127.0.0.1 and {w})', 'une ligne qui nomme l\'hôte et le port (127.0.0.1 et {w})'],
];

const RECEIVE_LOOP: Phrase[] = [
  ['a clean close (FIN) from the client', 'une fermeture propre (FIN) venue du client'],
  ['the server to close its side too', 'que le serveur ferme aussi son côté'],
  ['once its one client has left', 'une fois son unique client parti'],
  // shared/echo-checks.ts
  ['{n} lines in one write', '{n} lignes en une seule écriture'],
  ['{q} typed on the client\'s stdin', '{q} tapé sur le stdin du client'],
  ['{q} and {q2} typed on the client\'s stdin', '{q} et {q2} tapés sur le stdin du client'],
  ['{n} lines on the client\'s stdin', '{n} lignes sur le stdin du client'],
  ['end of stdin, with {n} replies still owed', 'fin de stdin, avec {n} réponses encore dues'],
  ['until the {n} replies it is owed arrive', 'jusqu\'à l\'arrivée des {n} réponses qui lui sont dues'],
  ['the {n} replies, after the client\'s stdin ended', 'les {n} réponses, après la fin du stdin du client'],
  ['once every reply is printed', 'une fois toutes les réponses affichées'],
  ['two replies in one segment', 'deux réponses dans un même segment'],
  ['a reply split inside a UTF-8 character', 'une réponse coupée au milieu d\'un caractère UTF-8'],
];

const DISCONNECTS: Phrase[] = [
  ['after a client left', 'après le départ d\'un client'],
  ['a clean close (FIN) by client {c}', 'une fermeture propre (FIN) par le client {c}'],
  ['a reset (RST) by client {c} in the middle of a line', 'un reset (RST) par le client {c} au milieu d\'une ligne'],
  ['client {c} connected, said nothing, closed', 'le client {c} s\'est connecté, n\'a rien dit, puis a fermé'],
  ['the server to close its side when the client closes', 'que le serveur ferme son côté quand le client ferme le sien'],
  ['nothing: client {c} has said nothing yet', 'rien : le client {c} n\'a encore rien dit'],
  ['the server to close the silent client\'s connection once it left', 'que le serveur ferme la connexion du client silencieux une fois celui-ci parti'],
  ['{q} from {c} while {c2} was connected, then {c3} closed', '{q} de {c} pendant que {c2} était connecté, puis {c3} a fermé'],
  ['{n} clients, half closing cleanly, half resetting', '{n} clients, la moitié fermant proprement, l\'autre moitié par un reset'],
  ['for the next client', 'pour le client suivant'],
  ['the server closed the connection; the client\'s stdin stays open and idle', 'le serveur a fermé la connexion ; le stdin du client reste ouvert et inactif'],
];

const NON_BLOCKING: Phrase[] = [
  ['server → {q}', 'serveur → {q}'],
  ['server → {q} (the client\'s stdin is idle)', 'serveur → {q} (le stdin du client est inactif)'],
  ['server → {q}, then a clean close', 'serveur → {q}, puis une fermeture propre'],
  ['server stdin → {q}', 'stdin du serveur → {q}'],
  ['client stdin → {q}', 'stdin du client → {q}'],
  ['{c} → {q}', '{c} → {q}'],
  ['{c} → {q} (the server\'s stdin is idle)', '{c} → {q} (le stdin du serveur est inactif)'],
  ['{c} → {q} in one write', '{c} → {q} en une seule écriture'],
  ['{c} → {q} split inside {q2}', '{c} → {q} coupé au milieu de {q2}'],
  ['a line containing {q} on {c}, which sent nothing meanwhile', 'une ligne contenant {q} sur {c}, qui n\'a rien envoyé entre-temps'],
  ['a clean close (FIN) after "bye"', 'une fermeture propre (FIN) après "bye"'],
  ['the server to close the connection after "bye"', 'que le serveur ferme la connexion après "bye"'],
  ['after "/quit" on its stdin', 'après "/quit" sur son stdin'],
  ['after "/quit", "bye" and the close', 'après "/quit", "bye" et la fermeture'],
  ['end of the client\'s stdin', 'fin du stdin du client'],
  ['end of stdin, then the client\'s {q}', 'fin de stdin, puis le {q} du client'],
  ['until the server says "bye" or closes', 'jusqu\'à ce que le serveur dise "bye" ou ferme'],
  ['after "bye" and the close', 'après "bye" et la fermeture'],
  ['the server closed the connection (FIN); the client\'s stdin is idle', 'le serveur a fermé la connexion (FIN) ; le stdin du client est inactif'],
  ['the server closed the connection', 'le serveur a fermé la connexion'],
  ['once the server has closed', 'une fois que le serveur a fermé'],
];

/** Why a line must get "error: …" (05-sandboxed-eval.ts, shared/not-arithmetic.ts, 06-commands.ts). */
const ERROR_REASONS: Phrase[] = [
  ['an operand is missing', 'il manque un opérande'],
  ['a parenthesis is not closed', 'une parenthèse n\'est pas fermée'],
  ['a ")" too many', 'un ")" de trop'],
  ['two numbers: a second expression', 'deux nombres : une seconde expression'],
  ['an operator without its left operand', 'un opérateur sans son opérande de gauche'],
  ['"* *" with a space is not **', '"* *" avec un espace n\'est pas **'],
  ['empty parentheses', 'des parenthèses vides'],
  ['a lone "."', 'un "." tout seul'],
  ['division by zero', 'division par zéro'],
  ['remainder of a division by zero', 'reste d\'une division par zéro'],
  ['division by zero, found only by computing', 'division par zéro, visible seulement en calculant'],
  ['the result overflows to infinity', 'le résultat déborde vers l\'infini'],
  ['the number itself is too large', 'le nombre lui-même est trop grand'],
  ['no real result (NaN)', 'pas de résultat réel (NaN)'],
  ['infinite: a division by zero in disguise', 'infini : une division par zéro déguisée'],
  ['far too large for a number', 'bien trop grand pour un nombre'],
  ['a name: eval would read JavaScript\'s Math object', 'un nom : eval lirait l\'objet Math de JavaScript'],
  ['a call', 'un appel'],
  ['a name of the server\'s own process', 'un nom du processus du serveur lui-même'],
  ['a hexadecimal literal, not a decimal number', 'un littéral hexadécimal, pas un nombre décimal'],
  ['brackets', 'des crochets'],
  ['a string', 'une chaîne'],
  ['two statements', 'deux instructions'],
  ['a comma: JavaScript\'s comma operator', 'une virgule : l\'opérateur virgule de JavaScript'],
  ['a name ({w})', 'un nom ({w})'],
  ['an operator outside the grammar ({w})', 'un opérateur hors de la grammaire ({w})'],
  ['two "/" in a row: a comment in JavaScript', 'deux "/" de suite : un commentaire en JavaScript'],
  ['an assignment', 'une affectation'],
  ['a call that would stop the server', 'un appel qui arrêterait le serveur'],
  ['a call that would reach the operating system', 'un appel qui atteindrait le système d\'exploitation'],
  ['a call and a string', 'un appel et une chaîne'],
  ['an underscore inside a number', 'un tiret bas dans un nombre'],
  ['floor division (//) is not in the grammar', 'la division entière (//) n\'est pas dans la grammaire'],
  ['a conditional expression', 'une expression conditionnelle'],
  ['an assignment expression', 'une expression d\'affectation'],
  ['a tuple', 'un tuple'],
  ['nesting deeper than {n}', 'une imbrication de plus de {n} niveaux'],
  ['{n} "(" never closed: deeper than {n2}', '{n} "(" jamais fermées : plus de {n2} niveaux'],
  ['a line of {n} characters', 'une ligne de {n} caractères'],
  ['a line over 64 KiB, still without "\\n"', 'une ligne de plus de 64 Kio, toujours sans "\\n"'],
  ['an incomplete expression', 'une expression incomplète'],
  ['not arithmetic: never run as code', 'pas de l\'arithmétique : jamais exécuté comme du code'],
  ['/echo without TEXT', '/echo sans TEXT'],
  ['/calc without EXPR', '/calc sans EXPR'],
  ['only the separating space: rest is empty', 'seulement l\'espace de séparation : rest est vide'],
  ['no "/": not a command', 'pas de "/" : ce n\'est pas une commande'],
];

const SANDBOXED_EVAL: Phrase[] = [
  ['the number {w}', 'le nombre {w}'],
  ['the number {w}, reading the line as {s}', 'le nombre {w}, en lisant la ligne comme {s}'],
  ['a line "error: <reason>" ({s})', 'une ligne "error: <raison>" ({s})'],
  // How a line reads: the expression with every parenthesis, and a remark.
  ['{m}', '{m}'],
  ['{m}: true division', '{m} : une division non entière'],
  ['{m}, spaces around', '{m}, entouré d\'espaces'],
  ['{m}, no spaces', '{m}, sans espaces'],
  ['{m}, two unary minus', '{m}, deux moins unaires'],
  ['{m}, inside {n} parentheses', '{m}, dans {n} parenthèses'],
  ['{m} inside {n} parentheses, after the errors', '{m} dans {n} parenthèses, après les erreurs'],
  ['{n} unary minus signs before {n2}', '{n} signes moins unaires devant {n2}'],
  ['{n} unary minus signs, spaced, before {n2}', '{n} signes moins unaires, espacés, devant {n2}'],
  ['a sum of exactly {n} characters', 'une somme d\'exactement {n} caractères'],
  ['{q} (among {n} lines sent in one segment)', '{q} (parmi {n} lignes envoyées dans un même segment)'],
  ['{n} digits and no "\\n"', '{n} chiffres et pas de "\\n"'],
  ['the server to close that connection after the error', 'que le serveur ferme cette connexion après l\'erreur'],
  ...ERROR_REASONS,
];

const COMMANDS: Phrase[] = [
  ['{q} (the server runs with TZ={w}, {n} hours ahead of UTC)', '{q} (le serveur tourne avec TZ={w}, {n} heures en avance sur UTC)'],
  ['the current time in ISO 8601, UTC', 'l\'heure actuelle en ISO 8601, en UTC'],
  ['an ISO 8601 time in UTC, such as {w} (or …+00:00)', 'une heure ISO 8601 en UTC, par exemple {w} (ou …+00:00)'],
  ['the current UTC time, within {n} s: about {w}', 'l\'heure UTC actuelle, à {n} s près : environ {w}'],
  ['{q}, {d} hours off', '{q}, {d} heures d\'écart'],
  ['{q}, {d} hours off: the server\'s local time labelled as UTC', '{q}, {d} heures d\'écart : l\'heure locale du serveur présentée comme UTC'],
  ['one line naming /echo /calc /time /help /quit', 'une ligne qui nomme /echo /calc /time /help /quit'],
  ['one line naming every command: echo, calc, time, help, quit', 'une ligne qui nomme chaque commande : echo, calc, time, help, quit'],
  ['{q}, without {t}', '{q}, sans {t}'],
  ['a line {q}', 'une ligne {q}'],
];

export const STEP_PHRASES: Phrase[] = [...BLOCKING_ACCEPT, ...RECEIVE_LOOP, ...DISCONNECTS, ...NON_BLOCKING, ...SANDBOXED_EVAL, ...COMMANDS];

/** Notes the checks of steps 1 to 6 add to the transcript. */
export const STEP_EVENTS: Phrase[] = [['a second client arrives', 'un deuxième client arrive']];
