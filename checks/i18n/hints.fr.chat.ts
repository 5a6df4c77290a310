// French titles and hints of steps 7 and 8 (many clients at once, shared
// resources and locks); step 8 keeps every check of step 7.
import type { FrenchCheck, FrenchSteps } from './hints.fr.ts';

const LEAVE = 'Un client peut partir par /quit, en fermant (FIN : c\'est aussi ce qu\'envoie le noyau quand le processus d\'un client meurt), ou par un reset (RST : une connexion interrompue) : tout finit par l\'événement "close" de la socket (un reset émet aussi "error", qu\'il faut traiter). Envoyez "* NICK left" depuis là, une seule fois.';

const CHAT: Record<string, FrenchCheck> = {
  welcome: {
    title: 'des clients connectés en même temps reçoivent chacun "welcome NICK", avec des pseudos différents',
    hints: ['Servez chaque connexion dès qu\'elle arrive (sans attendre le départ du client précédent), et donnez à chacune un pseudo par défaut que personne d\'autre n\'a.'],
  },
  'join-notice': {
    title: 'les autres reçoivent "* NICK joined"',
    hints: ['Gardez tous les clients connectés dans une collection partagée ; quand l\'un se connecte, envoyez-lui "welcome NICK" et envoyez "* NICK joined" à chacun des autres.'],
  },
  chat: {
    title: 'une ligne de discussion parvient à chaque autre client sous la forme "NICK: TEXT"',
    hints: ['Une ligne qui ne commence pas par "/" est un message : parcourez les autres clients et écrivez "NICK: TEXT\\n" à chacun.'],
  },
  'no-echo': {
    title: 'l\'expéditeur ne reçoit pas sa propre ligne en retour',
    hints: ['Sautez l\'expéditeur dans la boucle de diffusion : il sait déjà ce qu\'il a dit.'],
  },
  'leave-quit': { title: '/quit reçoit "bye" et une fermeture propre ; les autres reçoivent "* NICK left"', hints: [LEAVE] },
  'leave-close': { title: 'un client qui ferme sans un mot : les autres reçoivent "* NICK left"', hints: [LEAVE] },
  'leave-reset': {
    title: 'un client qui réinitialise sa connexion (RST) : les autres reçoivent "* NICK left"',
    hints: [LEAVE, 'Sur un reset, Node émet "error" (ECONNRESET) puis "close", mais pas de "end".'],
  },
  'nick-reuse': {
    title: 'les pseudos par défaut restent uniques après le départ de clients',
    hints: ['Un pseudo construit à partir du nombre de clients connectés se répète dès que quelqu\'un part : comptez plutôt tous les clients jamais vus, et sautez les pseudos pris.'],
  },
  nick: {
    title: '/nick NAME → "ok", les autres reçoivent "* OLD is now NAME"',
    hints: ['Vérifiez le nom, remplacez le pseudo dans la collection partagée, répondez "ok" à l\'expéditeur et annoncez aux autres "* OLD is now NAME".'],
  },
  'nick-errors': {
    title: '/nick avec un nom invalide ou pris → "error: ..."',
    hints: ['Un pseudo, c\'est 1 à 16 caractères parmi A-Z a-z 0-9 _ -, et personne d\'autre ne doit l\'avoir : répondez "error: raison" et gardez l\'ancien pseudo.'],
  },
  who: {
    title: '/who → "users: " et tous les pseudos',
    hints: ['Joignez les pseudos de tous les clients connectés avec des espaces, après "users: ".'],
  },
  msg: {
    title: '/msg NICK TEXT : seul NICK reçoit "[pm] FROM: TEXT", l\'expéditeur "ok"',
    hints: ['Trouvez la cible par son pseudo, écrivez "[pm] FROM: TEXT" à elle seule, et répondez "ok" à l\'expéditeur.'],
  },
  'msg-unknown': {
    title: '/msg vers un pseudo inconnu → "error: ..."',
    hints: ['Quand aucun client n\'a ce pseudo, dites-le : "error: no user named NICK". Le silence laisse l\'expéditeur attendre.'],
  },
  commands: {
    title: 'les commandes de l\'étape 6 marchent toujours',
    hints: ['Gardez la table des commandes de l\'étape 6 et ajoutez-y les commandes de discussion : /echo, /calc, /time, /help, /quit répondent comme avant.'],
  },
  load: {
    title: '20 clients × 50 lignes en même temps : chaque autre client reçoit chaque ligne, une fois, dans l\'ordre',
    hints: [
      'Chaque ligne d\'un client doit parvenir à chaque autre client exactement une fois, et les lignes d\'un même expéditeur dans l\'ordre d\'envoi : servez toutes les sockets depuis une seule boucle (ou un thread chacune) et ne perdez pas de ligne quand un autre client est occupé.',
      'Les lignes arrivent collées et coupées de toutes les façons : découpez-les sur "\\n" par client, jamais par lecture.',
    ],
  },
  'slow-reader': {
    title: 'un client qui arrête de lire ne bloque pas les autres (6 Mio passent à côté)',
    hints: [
      'N\'attendez jamais le "drain" d\'un client (ou un envoi bloquant) dans la boucle de diffusion : un client qui ne lit pas bloquerait tout le monde. Mettez plutôt sa sortie en file, et déconnectez-le au-delà d\'une limite (par ex. 1 Mio non envoyé).',
      'socket.write() renvoie false quand le tampon du noyau est plein ; socket.writableLength dit combien attend dans Node.',
    ],
  },
};

export const FRENCH_CHAT_STEPS: FrenchSteps = {
  7: CHAT,
  8: {
    ...CHAT,
    'chat-commands': {
      title: 'les commandes de l\'étape 7 sur un même serveur : pas d\'écho, /nick et ses erreurs, /who, /msg (aussi vers un pseudo inconnu), les commandes de l\'étape 6',
      hints: [CHAT.nick.hints[0], CHAT.commands.hints[0]],
    },
    leaves: {
      title: 'sur un même serveur : une fermeture, /quit et un reset donnent chacun "* NICK left" aux autres ; les pseudos par défaut restent uniques',
      hints: [LEAVE],
    },
    'count-incr': {
      title: '/count → "count N", /incr → "count N+1" (un nouveau compteur part de 0)',
      hints: ['Lisez le compteur dans le fichier nommé par la variable COUNTER_FILE (fichier absent : 0) ; /incr ajoute un, le réécrit, et répond "count N" avec la nouvelle valeur.'],
    },
    'incr-concurrent': {
      title: '10 clients × 30 /incr en même temps : des valeurs distinctes, un total exact',
      hints: [
        'Entre la lecture du compteur et sa réécriture, votre code attend (await sur des E/S de fichier) : d\'autres clients s\'exécutent là, lisent la même ancienne valeur, et une mise à jour est perdue. Tenez un verrou de la lecture à l\'écriture.',
        'Un verrou : un drapeau « quelqu\'un est dans la section » et une file de ceux qui attendent ; la libération passe la main au suivant, même quand la section lève une erreur.',
      ],
    },
    'restart-sigterm': {
      title: 'arrêté (SIGTERM) puis relancé, le serveur a encore le compteur et l\'historique',
      hints: ['Gardez le compteur dans le fichier nommé par COUNTER_FILE et la discussion dans le fichier nommé par CHAT_LOG ; au démarrage, relisez les deux.'],
    },
    'restart-sigkill': {
      title: 'tué (SIGKILL) juste après une réponse, le serveur relancé a encore chaque /incr confirmé',
      hints: [
        'Ne répondez "count N" qu\'après avoir écrit N dans le fichier (await de l\'écriture, puis réponse) : un processus tué juste après la réponse doit retrouver N au redémarrage.',
        'Un compteur gardé en mémoire, ou écrit « plus tard » (sans await), ou seulement à l\'arrêt du serveur, est perdu par SIGKILL : plus rien ne s\'exécute après.',
      ],
    },
    'log-exactly-once': {
      title: 'discussion simultanée : le journal (CHAT_LOG) contient chaque message une fois, sans ligne déchirée',
      hints: [
        'Lire tout le journal, attendre, puis le réécrire perd les lignes ajoutées entre-temps par d\'autres clients. Ajoutez chaque ligne en une seule écriture (appendFile), sous le même verrou que le reste de l\'état partagé.',
        'Chaque ligne du journal finit par "NICK: TEXT" ; un horodatage et un espace peuvent venir avant.',
      ],
    },
    'history-order': {
      title: '/history liste les messages dans l\'ordre où chaque client les a vus',
      hints: [
        'Écrivez dans le journal et envoyez aux clients dans le même ordre : faites les deux pour un message avant que le suivant ne commence (sous le verrou).',
        'Si la diffusion a lieu avant l\'ajout au journal et que les deux attendent, deux messages peuvent être journalisés dans un ordre et livrés dans l\'autre.',
      ],
    },
    'history-args': {
      title: '/history [K] : 10 par défaut, /history 0, K au-delà de 1000, un K qui n\'est pas un entier',
      hints: [
        '"history M" puis les M derniers messages, du plus ancien au plus récent ; sans K, c\'est 10 ; un K au-delà de 1000 compte pour 1000 ; un K qui n\'est pas un entier donne "error: ...".',
        'Un chemin d\'erreur dans une section verrouillée doit aussi libérer le verrou (try/finally), sinon le client suivant attend indéfiniment.',
      ],
    },
  },
};
