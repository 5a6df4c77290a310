// French titles and hints of the checks, by step and check id (steps 1–3
// here, 4–6 in hints.fr.protocol.ts, 7–8 in hints.fr.chat.ts). The hints
// keep the order of the English ones (the first is shown on failure, the
// others revealed one by one), so a hint is found by its position.
import { FRENCH_CHAT_STEPS } from './hints.fr.chat.ts';
import { FRENCH_PROTOCOL_STEPS } from './hints.fr.protocol.ts';
import { FRENCH_FAULT_CHECKS, FRENCH_FAULT_HINTS } from './hints.fr.faults.ts';

export interface FrenchCheck {
  title: string;
  hints: string[];
}

export type FrenchSteps = Record<number, Record<string, FrenchCheck>>;

const FRAMING = [
  'TCP transporte un flot d\'octets, pas des messages : une lecture peut contenir plusieurs lignes, ou un morceau d\'une seule. Gardez un tampon, coupez-le à chaque "\\n", gardez le reste pour plus tard.',
  'readline.createInterface({ input: socket }) fait ce découpage pour vous ; en Python, sock.makefile("r") ou un tampon coupé sur b"\\n".',
];

const ACCEPT_LOOP = [
  'Rester en vie demande une boucle d\'acceptation autour de la boucle de réception : quand un client part, retournez attendre le suivant.',
  'Un reset (RST) fait échouer la lecture avec ECONNRESET. Dans une boucle for await (… of createInterface(…)), l\'erreur est levée hors de la boucle : entourez la boucle d\'un try/catch (un écouteur "error" n\'empêche pas cette levée). Avec des gestionnaires "data" ou "line", écoutez plutôt "error" sur la socket et sur l\'interface readline, qui la transmet. En Python, attrapez ConnectionResetError.',
];

const CLIENT_REFUSED: FrenchCheck = {
  title: 'client sans serveur : une ligne claire sur stderr, code de sortie 1',
  hints: [
    'connect() échoue avec ECONNREFUSED quand personne n\'écoute. Attrapez l\'erreur, affichez une ligne comme "cannot connect to 127.0.0.1:4000" sur stderr, et sortez avec le code 1.',
    'En Node, l\'échec arrive comme un événement "error" (ou un once(socket, "connect") rejeté) ; en Python comme ConnectionRefusedError.',
  ],
};

const ECHO_SERVER: Record<string, FrenchCheck> = {
  'echo-lines': {
    title: 'répond "echo: L" à chaque ligne, dans l\'ordre',
    hints: [
      'Une boucle : lire une ligne, répondre "echo: " + ligne + "\\n", et recommencer, jusqu\'à ce que le client ferme.',
      'Sans boucle, le serveur répond une fois et n\'écoute plus le client.',
    ],
  },
  'merged-lines': { title: 'répond à chacune de plusieurs lignes arrivées dans un même segment', hints: FRAMING },
  'split-lines': {
    title: 'lit des lignes coupées en plusieurs segments (au milieu d\'un caractère UTF-8, octet par octet)',
    hints: [
      'Une lecture peut s\'arrêter au milieu d\'une ligne, ou d\'un caractère : gardez la partie inachevée jusqu\'à ce que son "\\n" arrive.',
      'Décodez avec un décodeur de flux (readline, socket.setEncoding("utf8")) : chunk.toString() casse un caractère coupé en deux.',
    ],
  },
  crlf: {
    title: 'retire le "\\r" d\'une fin de ligne "\\r\\n"',
    hints: [
      'nc -C et telnet terminent les lignes par "\\r\\n" : retirez un "\\r" juste avant le "\\n", sinon il se retrouve dans votre réponse.',
      'En Python, line.rstrip("\\r") après le découpage sur "\\n" ; en Node, readline avec crlfDelay: Infinity le retire pour vous.',
    ],
  },
  burst: {
    title: 'répond à une rafale de 200 lignes, toutes, dans l\'ordre',
    hints: ['Beaucoup de lignes en quelques grosses lectures : un découpage qui ne garde que la première ligne de chaque lecture perd les autres.'],
  },
};

const ECHO_CLIENT: Record<string, FrenchCheck> = {
  'client-lines': {
    title: 'le client envoie chaque ligne de stdin et affiche chaque réponse',
    hints: [
      'Lisez stdin ligne par ligne (readline sur process.stdin) ; envoyez chaque ligne avec "\\n" ; affichez chaque ligne envoyée par le serveur.',
      'Lire stdin et lire la socket sont deux flux séparés : traitez les deux par des événements, pas l\'un après l\'autre.',
    ],
  },
  'client-owed': {
    title: 'le client affiche les réponses encore dues à la fin de stdin, puis se termine avec le code 0',
    hints: [
      'La fin de stdin n\'est pas la fin de la conversation : les réponses aux lignes déjà envoyées peuvent être encore en route. Attendez-les (ou que le serveur ferme) avant de sortir.',
      'Comptez les lignes envoyées et les réponses affichées ; fermez quand elles sont égales. Ou fermez à moitié avec socket.end() et lisez jusqu\'à ce que le serveur ferme.',
    ],
  },
  'client-framing': { title: 'le client affiche des réponses arrivées collées ou coupées au milieu d\'un caractère', hints: FRAMING },
};

export const FRENCH_CHECKS: FrenchSteps = {
  ...FRENCH_PROTOCOL_STEPS,
  ...FRENCH_CHAT_STEPS,
  1: {
    waits: {
      title: 'le serveur attend un client, en silence',
      hints: [
        'Tant qu\'aucun client ne se connecte, accept() (en Node : l\'événement "connection") attend : le serveur ne doit ni sortir ni rien envoyer.',
        'Sortir trop tôt veut souvent dire que le code n\'attend pas la connexion : await once(server, "connection").',
      ],
    },
    echo: {
      title: 'répond "echo: L" à une ligne L',
      hints: [
        'Lisez une ligne sur la socket acceptée et renvoyez "echo: " + ligne + "\\n".',
        'Une réponse sans son "\\n" final n\'est pas encore une ligne : le lecteur continue de l\'attendre.',
      ],
    },
    'close-exit': {
      title: 'ferme la connexion et se termine avec le code 0',
      hints: [
        'Après la réponse, terminez la socket (fermeture propre, FIN) et arrêtez le serveur d\'écoute : quand plus rien n\'est ouvert, Node se termine avec le code 0.',
        'server.close() arrête d\'accepter ; socket.end() ferme la conversation une fois les données envoyées.',
      ],
    },
    'split-line': {
      title: 'lit une ligne entière envoyée en morceaux (coupée au milieu d\'un caractère UTF-8)',
      hints: [
        'TCP est un flot d\'octets : une ligne peut arriver en plusieurs lectures, même au milieu d\'un caractère. Continuez à lire jusqu\'au "\\n".',
        'Décodez avec un décodeur de flux (readline, socket.setEncoding("utf8")), pas morceau par morceau avec toString() : un morceau peut finir au milieu d\'un caractère.',
      ],
    },
    crlf: {
      title: 'retire le "\\r" d\'une fin de ligne "\\r\\n" (nc -C, telnet)',
      hints: [
        'nc -C et telnet terminent les lignes par "\\r\\n" : retirez un "\\r" juste avant le "\\n", sinon il se retrouve dans votre réponse.',
        'En Python, line.rstrip("\\r") après le découpage sur "\\n" ; en Node, readline avec crlfDelay: Infinity le retire pour vous. Terminez vos propres lignes par "\\n" seul.',
      ],
    },
    'client-words': {
      title: 'le client envoie ses mots et affiche la réponse',
      hints: [
        'Joignez process.argv.slice(2) avec des espaces, envoyez le tout avec "\\n", puis affichez la ligne de réponse sur stdout.',
        'Connectez-vous à process.env.HOST et process.env.PORT : le correcteur joue le serveur sur un port libre.',
      ],
    },
    'client-hello': {
      title: 'le client envoie "hello" quand il n\'a pas de mots',
      hints: ['Sans mots sur la ligne de commande, le message est "hello".'],
    },
    'client-no-server': CLIENT_REFUSED,
  },
  2: {
    ...ECHO_SERVER,
    'exit-on-close': {
      title: 'le serveur ferme et se termine avec le code 0 quand le client ferme',
      hints: [
        'Quand le client ferme, la boucle de lecture se termine (la boucle de readline finit ; recv() renvoie b"") : fermez alors la socket et sortez avec 0.',
        'Fermez aussi le serveur d\'écoute, sinon Node attend indéfiniment un autre client.',
      ],
    },
    ...ECHO_CLIENT,
  },
  3: {
    ...ECHO_SERVER,
    'after-close': { title: 'sert le client suivant après une fermeture propre', hints: ACCEPT_LOOP },
    'after-reset': { title: 'sert le client suivant après un reset (une connexion interrompue)', hints: ACCEPT_LOOP },
    'after-silent': { title: 'sert le client suivant après un client resté muet', hints: ACCEPT_LOOP },
    'queued-client': {
      title: 'un client qui se connecte pendant qu\'un autre est servi a son tour',
      hints: [
        'Servir un client à la fois suffit : la connexion suivante attend dans la file d\'attente de listen jusqu\'à ce que la boucle l\'accepte.',
        'Vérifiez que la boucle accepte de nouveau après le départ du premier client.',
      ],
    },
    'many-clients': { title: 'sert 10 clients l\'un après l\'autre et continue de tourner', hints: ACCEPT_LOOP },
    ...ECHO_CLIENT,
    'client-server-closed': {
      title: 'le client signale que le serveur a fermé, et se termine avec le code 0, même quand rien n\'arrive sur stdin',
      hints: [
        'Écoutez l\'événement "end"/"close" de la socket : il arrive même quand personne ne tape. Affichez une ligne avec "closed" et sortez avec 0.',
        'Un client qui ne lit la socket qu\'après une ligne de stdin ne s\'aperçoit de rien : il faut surveiller la socket et stdin en même temps.',
      ],
    },
  },
};

/** Hints a failure gives in place of the check's own, by their English text. */
// The fault checks are shared by several steps: merged into each step's own.
for (const [step, checks] of Object.entries(FRENCH_FAULT_CHECKS)) Object.assign((FRENCH_CHECKS[Number(step)] ??= {}), checks);

export const FRENCH_SPECIFIC_HINTS: Record<string, string> = {
  ...FRENCH_FAULT_HINTS,
  'No echo came back, but this check knows it only once /who answers: it asks /who right after the chat line. Answer /who with "users: " and the nicks.':
    'Rien n\'est revenu en écho, mais la vérification ne le sait qu\'une fois /who répondu : elle envoie /who juste après la ligne de discussion. Répondez à /who par "users: " suivi des pseudos.',
  'Do not wait for one side before reading the other: register a handler for socket lines and one for stdin lines (readline "line" events); the event loop runs whichever is ready.':
    'N\'attendez pas un côté avant de lire l\'autre : enregistrez un gestionnaire pour les lignes de la socket et un pour celles de stdin (événements "line" de readline) ; la boucle d\'événements exécute celui qui est prêt.',
  'The first typed line went out, the second did not: the server went back to waiting on the socket.':
    'La première ligne tapée est partie, pas la seconde : le serveur s\'est remis à attendre la socket.',
  'After the first client quit, lines typed on stdin must go to the new client.':
    'Une fois le premier client parti, les lignes tapées sur stdin doivent aller au nouveau client.',
  'Inner spaces were changed: rest must be kept as sent.': 'Les espaces intérieurs ont changé : le reste doit être gardé tel qu\'il a été envoyé.',
  'Trailing spaces were lost: rest must not be trimmed.': 'Les espaces de fin ont disparu : le reste ne doit pas être rogné (pas de trim).',
  'Only the FIRST space separates the name: the second one belongs to rest.':
    'Seul le PREMIER espace sépare le nom : le second fait partie du reste.',
  'After a /calc error the connection keeps working.': 'Après une erreur de /calc, la connexion continue de fonctionner.',
  'After a /quit the server must go on serving the next client.': 'Après un /quit, le serveur doit continuer à servir le client suivant.',
  'Three lines came in one read: every one of them needs its reply.': 'Trois lignes sont arrivées en une lecture : chacune attend sa réponse.',
  'After A leaves, the accept loop must come back and serve B.': 'Après le départ de A, la boucle d\'acceptation doit revenir et servir B.',
  'Print every line the client sends on the server\'s stdout as soon as it arrives.': 'Affichez sur la sortie du serveur chaque ligne envoyée par le client, dès qu\'elle arrive.',
  'The server printed the first client line, then stopped reading the socket: is it waiting for its stdin?': 'Le serveur a affiché la première ligne du client, puis a cessé de lire la socket : attend-il son stdin ?',
  'One TCP read can hold several lines: print every one.': 'Une lecture TCP peut contenir plusieurs lignes : affichez-les toutes.',
  'A line can arrive in pieces, even inside a UTF-8 character: gather bytes until "\\n" (readline does).': 'Une ligne peut arriver en morceaux, même au milieu d\'un caractère UTF-8 : accumulez les octets jusqu\'au "\\n" (readline le fait).',
  'After "/quit", exit once "bye" arrives or the socket closes. An open stdin keeps Node running: call process.exit(0) there.': 'Après "/quit", sortez dès que "bye" arrive ou que la socket se ferme. Un stdin ouvert fait tourner Node : appelez process.exit(0) à ce moment.',
  'After an error, the same connection must keep answering: catch the error for that line only.': 'Après une erreur, la même connexion doit continuer de répondre : attrapez l\'erreur pour cette ligne seulement.',
  'The server must serve the next client after all of that.': 'Après tout cela, le serveur doit servir le client suivant.',
  'One reply per line: after an error, the next line gets its own answer.': 'Une réponse par ligne : après une erreur, la ligne suivante reçoit sa propre réponse.',
  'A long line is an error for that line only: the connection keeps working.': 'Une ligne trop longue est une erreur pour cette ligne seulement : la connexion continue de marcher.',
  'After closing the flooding connection, serve the next client.': 'Après avoir fermé la connexion qui inondait, servez le client suivant.',
  'A reset must not stop the server from serving the others.': 'Un reset ne doit pas empêcher le serveur de servir les autres.',
  'Chat lines carry the nick the sender has now.': 'Les lignes de discussion portent le pseudo actuel de l\'expéditeur.',
  'On start, read the chat log (env CHAT_LOG) back: /history shows what was said before the restart.': 'Au démarrage, relisez le journal de discussion (variable CHAT_LOG) : /history montre ce qui a été dit avant le redémarrage.',
  'Read the port from process.env.PORT (and the host from process.env.HOST): the checker picks a free port for every run.': 'Lisez le port dans process.env.PORT (et l\'hôte dans process.env.HOST) : le correcteur choisit un port libre à chaque exécution.',
  'Connect to process.env.HOST and process.env.PORT: the checker runs its own server on a free port.': 'Connectez-vous à process.env.HOST et process.env.PORT : le correcteur fait tourner son propre serveur sur un port libre.',
  'A socket closed while unread data waits in it, or destroyed instead of ended, sends RST. Read what is pending, then end() the socket.':
    'Une socket fermée alors que des données non lues l\'attendent, ou détruite au lieu d\'être terminée, envoie un RST. Lisez ce qui attend, puis terminez la socket avec end().',
  'A program that starts other processes must stop them when it ends (or not start any: one process serves every step).':
    'Un programme qui lance d\'autres processus doit les arrêter quand il se termine (ou n\'en lancer aucun : un seul processus suffit à chaque étape).',
};

/** Step titles and concepts, as the header of a run and the menu show them. */
export const FRENCH_STEPS: Record<number, { title: string; concept: string }> = {
  1: { title: 'accept() bloquant', concept: 'bind + listen, puis accept() attend un client ; recv attend des données.' },
  2: { title: 'Boucle de réception', concept: 'TCP est un flot d\'octets : une boucle le lit, et le découpage (ici "\\n") le coupe en messages.' },
  3: { title: 'Déconnexions', concept: 'Une boucle d\'acceptation autour de la boucle de réception : un client qui part, proprement ou non, n\'arrête jamais le serveur.' },
  4: { title: 'Non bloquant : dans les deux sens à la fois', concept: 'La socket et le clavier en même temps : la boucle d\'événements sert les deux, aucun n\'attend l\'autre.' },
  5: { title: 'Évaluer sans eval', concept: 'Analyser une grammaire soi-même : ce que le client envoie n\'est jamais exécuté comme du code.' },
  6: { title: 'Commandes', concept: '"/nom reste" : couper au premier espace, puis répartir selon le nom.' },
  7: { title: 'Plusieurs clients à la fois', concept: 'Un seul fil d\'exécution, plusieurs sockets : diffuser sans qu\'un client lent ne bloque les autres.' },
  8: { title: 'Ressources partagées et verrous', concept: 'Lire-modifier-écrire avec un await au milieu crée une situation de concurrence : un verrou fait passer les opérations une à une.' },
};
