// French of what the chat checks of steps 7 and 8 write into a failure
// and the transcript (checks/07-multi-client.ts, checks/08-locks.ts and the
// chat modules of checks/shared). Nicks ({w}) are the student server's own
// text and stay as they are.
import type { Phrase } from './phrase-rules.ts';

const ROOM: Phrase[] = [
  ['the line "welcome NICK" (NICK: a default nick for the new client)', 'la ligne "welcome NICK" (NICK : un pseudo par défaut pour le nouveau client)'],
  ['{c} connected', '{c} s\'est connecté'],
  ['{c} connected as {w}', '{c} s\'est connecté sous le pseudo {w}'],
  ['{c} to get the line {q}', 'que {c} reçoive la ligne {q}'],
  ['only {qs}', 'seulement {qs}'],
  ['three connections at once', 'trois connexions en même temps'],
  ['three different nicks', 'trois pseudos différents'],
  // The server's own lines, as they came.
  ['welcome {w}', 'welcome {w}'],
  ['welcome {w}, {s}', 'welcome {w}, {s}'],
  ['count {w}', 'count {w}'],
  ['"count N"', '"count N"'],
];

const SCENARIOS: Phrase[] = [
  ['{w} said {q}', '{w} a dit {q}'],
  ['{w} sent {q}', '{w} a envoyé {q}'],
  ['{w} sent /quit', '{w} a envoyé /quit'],
  ['{w} closed its connection (FIN) without /quit', '{w} a fermé sa connexion (FIN) sans /quit'],
  ['{w} reset its connection (RST)', '{w} a réinitialisé sa connexion (RST)'],
  ['{q} then {q2}', '{q} puis {q2}'],
  ['the reply to /who ("users: ..."), and no copy of the chat line before it', 'la réponse à /who ("users: ..."), sans copie de la ligne de discussion avant elle'],
  ['"error: ..." ({s})', '"error: ..." ({s})'],
  ['that nick is taken', 'ce pseudo est déjà pris'],
  ['not a valid nick', 'ce n\'est pas un pseudo valide'],
  ['no client has that nick', 'aucun client n\'a ce pseudo'],
  ['K is not a whole number', 'K n\'est pas un nombre entier'],
  ['the refused /nick commands, then /who', 'les commandes /nick refusées, puis /who'],
  ['/who', '/who'],
  ['"users: " and the {n} nicks', '"users: " et les {n} pseudos'],
  ['users: {t} (the nicks in any order, separated by spaces)', 'users: {t} (les pseudos dans n\'importe quel ordre, séparés par des espaces)'],
  ['the reply to /who, and no copy of {w}\'s private message to {w2} before it', 'la réponse à /who, sans copie avant elle du message privé de {w} à {w2}'],
  ['{w}\'s /msg to {w2}, then {q} from {w3}', 'le /msg de {w} à {w2}, puis {q} de {w3}'],
  ['{w} left, then {c} connected', '{w} est parti, puis {c} s\'est connecté'],
  ['a nick other than {and}', 'un pseudo autre que {and}'],
];

const LOAD: Phrase[] = [
  [
    'each of the {n} clients sent {q} … {q2} (with its own number), all at once; every other client in two writes cut inside the first {q3}',
    'chacun des {n} clients a envoyé {q} … {q2} (avec son propre numéro), tous en même temps ; un client sur deux en deux écritures coupées au milieu du premier {q3}',
  ],
  ['{c} ({w}) not to get its own lines back', 'que {c} ({w}) ne reçoive pas ses propres lignes en retour'],
  ['{qs} and {n} more', '{qs} et {n} de plus'],
  ['{c} ({w}), from {w2}: each of the {n} lines, once, in the order sent', '{c} ({w}), de la part de {w2} : chacune des {n} lignes, une fois, dans l\'ordre d\'envoi'],
  ['{n} extra line(s) after the last one: {q}', '{n} ligne(s) en trop après la dernière : {q}'],
  ['only {n} of the {n2} lines (the first missing: {q})', 'seulement {n} des {n2} lignes (la première qui manque : {q})'],
  ['{q} where line {n} should be {q2}', '{q} là où la ligne {n} devrait être {q2}'],
  ['{n} KiB of chat from {w} so far (lines of 8 KB), while {w2} reads nothing', '{n} Kio de discussion de {w} jusqu\'ici (lignes de 8 Ko), pendant que {w2} ne lit rien'],
  ['{w} to keep getting {w2}\'s lines within {time}', 'que {w} continue de recevoir les lignes de {w2} en moins de {time}'],
  ['{w}\'s connection was {s}', 'la connexion de {w} a été {s}'],
  ['{w} got nothing more after {n} KiB: the server waits for {w2}, who does not read', '{w} n\'a plus rien reçu après {n} Kio : le serveur attend {w2}, qui ne lit pas'],
  ['{w} to get all {n} lines once', 'que {w} reçoive les {n} lignes, chacune une fois'],
  ['{n} lines', '{n} lignes'],
];

const SHARED_STATE: Phrase[] = [
  ['{n} × {q} from each of {n2} clients, at the same time', '{n} × {q} de chacun des {n2} clients, en même temps'],
  ['every /incr to return a different value', 'que chaque /incr renvoie une valeur différente'],
  [
    '{q} twice (to {c} and to {c2}): two /incr read the same value before either wrote it back, so one update was lost',
    '{q} deux fois (à {c} et à {c2}) : deux /incr ont lu la même valeur avant que l\'un d\'eux ne la réécrive, donc une mise à jour a été perdue',
  ],
  ['the values 1 … {n}', 'les valeurs 1 … {n}'],
  ['values up to {n}', 'des valeurs jusqu\'à {n}'],
  ['{n} × /incr, then /count', '{n} × /incr, puis /count'],
  // shared/restart-checks.ts: what was sent is a list of steps, "a; b; c".
  ['{n} × /incr from each of {n2} clients at once, then one more /incr', '{n} × /incr de chacun des {n2} clients en même temps, puis un /incr de plus'],
  ['SIGKILL the instant its reply arrived', 'SIGKILL dès l\'arrivée de sa réponse'],
  ['{n} × /incr and {n2} chat lines', '{n} × /incr et {n2} lignes de discussion'],
  ['/incr × {n}', '/incr × {n}'],
  ['SIGTERM', 'SIGTERM'],
  ['restart', 'redémarrage'],
  ['/count', '/count'],
  ['/history', '/history'],
  ['a reply "count N" within {time}', 'une réponse "count N" en moins de {time}'],
  ['nothing', 'rien'],
  ['count {w}: the server had replied to all {n} /incr before it was killed', 'count {w} : le serveur avait répondu aux {n} /incr avant d\'être tué'],
  ['count {w}: {n} acknowledged /incr lost', 'count {w} : {n} /incr confirmés perdus'],
  // shared/log-checks.ts
  ['{n} chat lines from {n2} clients at once, then the checker read CHAT_LOG', '{n} lignes de discussion de {n2} clients en même temps, puis le correcteur a lu CHAT_LOG'],
  ['every log line to end with one whole "NICK: TEXT"', 'que chaque ligne du journal finisse par un "NICK: TEXT" entier'],
  ['each message in the log', 'chaque message dans le journal'],
  ['each message in the log once', 'chaque message une seule fois dans le journal'],
  ['{n} missing, e.g. {s}', '{n} manquants, par exemple {s}'],
  ['{n} written twice, e.g. {s}', '{n} écrits deux fois, par exemple {s}'],
  ['{n} chat lines from {n2} clients at once, then {q} from {c}', '{n} lignes de discussion de {n2} clients en même temps, puis {q} de {c}'],
  ['message {n} of the history', 'le message {n} de l\'historique'],
  ['the history without {w}\'s own lines to be the order {c} received them', 'que l\'historique, hors lignes de {w}, suive l\'ordre dans lequel {c} les a reçues'],
  ['history has {q} where {c} received "(nothing)"', 'l\'historique a {q} là où {c} n\'a rien reçu'],
  ['history has {q} where {c} received {q2}', 'l\'historique a {q} là où {c} a reçu {q2}'],
  ['{n} messages of others in the history, {n2} received', '{n} messages des autres dans l\'historique, {n2} reçus'],
  ['{n} chat lines, then {q}', '{n} lignes de discussion, puis {q}'],
  // Last: any other "a; b; c", one part at a time.
  ['{s}; {s2}', '{s} ; {s2}'],
];

export const CHAT_PHRASES: Phrase[] = [...ROOM, ...SCENARIOS, ...LOAD, ...SHARED_STATE];

/** Notes the chat checks add to the transcript. */
export const CHAT_EVENTS: Phrase[] = [
  ['all {n} clients send {n2} lines at once: half in one write, half in two writes cut inside a character', 'les {n} clients envoient {n2} lignes en même temps : la moitié en une seule écriture, l\'autre en deux écritures coupées au milieu d\'un caractère'],
  ['{w} stopped reading; {w2} sends {n} × {n2} lines of 8 KB, {w3} reads them', '{w} a cessé de lire ; {w2} envoie {n} × {n2} lignes de 8 Ko, {w3} les lit'],
  ['no echo', 'pas d\'écho'],
  ['/nick, then refused nicks', '/nick, puis des pseudos refusés'],
  ['/who, /msg', '/who, /msg'],
  ['step 6\'s commands', 'les commandes de l\'étape 6'],
  ['each of the {n} clients sends {n2} {q} in one write, all at once', 'chacun des {n} clients envoie {n2} {q} en une seule écriture, tous en même temps'],
  ['each of the {n} clients sends {n2} chat lines at once', 'chacun des {n} clients envoie {n2} lignes de discussion en même temps'],
  ['checker sends SIGTERM to the server, then starts it again', 'le correcteur envoie SIGTERM au serveur, puis le relance'],
  ['got {q}: server killed (SIGKILL)', 'reçu {q} : serveur tué (SIGKILL)'],
];
