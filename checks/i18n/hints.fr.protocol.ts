// French titles and hints of steps 4 to 6 (both ways at once, evaluation
// without eval, commands), in the order of the English ones.
import type { FrenchSteps } from './hints.fr.ts';

const BOTH_SOURCES = 'Ne pas attendre un côté avant de lire l\'autre : enregistrez un gestionnaire pour les lignes de la socket et un pour celles de stdin (événements "line" de readline) ; la boucle d\'événements exécute celui qui est prêt.';

const PARSE_NOT_RUN = 'Analysez la ligne avec votre propre grammaire (un découpeur en jetons et un analyseur récursif descendant) : eval, new Function et vm l\'exécutent comme du code, et du code peut faire tout ce que peut le serveur.';

export const FRENCH_PROTOCOL_STEPS: FrenchSteps = {
  4: {
    'client-lines-printed': {
      title: 'le serveur affiche chaque ligne du client aussitôt, alors que rien n\'arrive sur son stdin',
      hints: [
        `Un serveur qui attend une ligne sur son stdin avant de relire la socket n'affiche rien tant que personne ne tape. ${BOTH_SOURCES}`,
        'En Python, c\'est input() entre deux recv() : un appel bloquant sur une source retient l\'autre. La réponse de Node : un gestionnaire d\'événements par source.',
      ],
    },
    'stdin-to-client': {
      title: 'le serveur envoie aussitôt au client silencieux chaque ligne tapée sur son stdin',
      hints: [
        `Un serveur qui n'écrit sur la socket qu'après avoir reçu une ligne du client n'envoie jamais rien à un client silencieux. ${BOTH_SOURCES}`,
        'Gardez la socket connectée dans une variable que le gestionnaire de stdin peut atteindre, et faites-y write(ligne + "\\n").',
      ],
    },
    'quit-from-client': {
      title: '"/quit" du client reçoit "bye", une fermeture propre (FIN), et le serveur sert le client suivant',
      hints: [
        '"/quit" est le message de fin : répondez "bye", puis socket.end() (FIN après les données), pas destroy() ni un reset ; puis retournez accepter.',
        'Un reset (RST) jette ce que le pair n\'avait pas encore lu, et le pair voit une erreur (ECONNRESET) au lieu d\'une fin ; end() ferme une fois "bye" livré (destroy() n\'envoie un RST que si des données non lues attendent, un FIN sinon).',
        'Servir « l\'un après l\'autre », c\'est une boucle d\'acceptation autour de la conversation : quand un client part, prenez le suivant.',
      ],
    },
    'quit-from-stdin': {
      title: '"/quit" tapé sur le serveur envoie "bye", ferme le client et se termine avec le code 0',
      hints: [
        'Sur "/quit" venu de stdin : écrivez "bye" au client, end() la connexion, fermez le serveur d\'écoute, et sortez avec le code 0.',
        'Un stdin ouvert ou une socket d\'écoute font tourner Node : fermez-les, ou appelez process.exit(0) une fois "bye" écrit (le rappel de end).',
      ],
    },
    'client-prints-pushed': {
      title: 'le client affiche ce que le serveur envoie alors que rien n\'arrive sur son stdin',
      hints: [
        `Un client qui ne lit la socket qu'après chaque ligne tapée n'affiche rien pendant que l'utilisateur réfléchit. ${BOTH_SOURCES}`,
        'En Python, c\'est recv() seulement après input() : le TP d\'origine le résout avec un thread de lecture ; Node avec un gestionnaire "line" sur la socket.',
      ],
    },
    'client-sends-stdin': {
      title: 'le client envoie chaque ligne tapée, et "/quit" le termine avec le code 0',
      hints: [
        'Envoyez chaque ligne de stdin suivie de "\\n", et affichez chaque ligne venue du serveur.',
        'Après avoir envoyé "/quit", attendez "bye" ou la fermeture, puis sortez avec le code 0.',
      ],
    },
    'client-eof-quit': {
      title: 'le client envoie "/quit" à la fin de stdin et attend "bye"',
      hints: [
        'La fin de stdin (Ctrl-D) veut dire que l\'utilisateur a fini : envoyez "/quit", le message de fin, pour que le serveur ferme proprement ; puis attendez "bye" ou la fermeture.',
        'readline émet "close" à la fin de son entrée : envoyez "/quit" à ce moment, et sortez quand la socket se ferme.',
      ],
    },
    'client-server-closes': {
      title: 'le client dit "closed" et se termine avec le code 0 quand le serveur ferme le premier',
      hints: [
        'Quand le serveur ferme, la socket se termine (événements "end"/"close" ; recv() renvoie b"" en Python) : affichez une ligne avec "closed" et sortez avec 0, même si personne ne tape.',
        'Un client bloqué sur la lecture de stdin ne remarque jamais la fermeture : surveillez la socket avec son propre gestionnaire.',
      ],
    },
  },
  5: {
    arithmetic: {
      title: 'répond aux nombres, décimaux et exposants par leur valeur',
      hints: [
        'Coupez la ligne en jetons (nombres, opérateurs, parenthèses), analysez-les, et répondez la valeur en nombre décimal suivi de "\\n".',
        'Un nombre, ce sont des chiffres avec un ".chiffres" facultatif et un exposant facultatif (e, un signe facultatif, des chiffres) : 12, 3.25, 1e3, 2e-1.',
      ],
    },
    precedence: {
      title: 'priorités habituelles, + - * / % associatifs à gauche',
      hints: [
        'Une fonction d\'analyse par niveau : expr traite + et -, term traite * / %, chacune appelant le niveau suivant pour ses opérandes ; une boucle les rend associatives à gauche.',
        '10 - 4 - 3 vaut (10 - 4) - 3 : bouclez « gauche = gauche op suivant() » plutôt que de récurser à droite.',
      ],
    },
    'power-and-signs': {
      title: '** est associatif à droite et lie plus fort que le moins unaire',
      hints: [
        'Donnez à ** son propre niveau sous les signes : unaire := ("-" | "+")* puissance, et puissance := primaire ("**" unaire)?. Alors -2 ** 2 vaut -(2 ** 2) = -4, et 2 ** 3 ** 2 vaut 2 ** 9.',
        'Le côté droit de ** est analysé par unaire(), qui peut contenir un autre ** : c\'est ce qui le rend associatif à droite, et 2 ** -1 valide.',
      ],
    },
    corpus: {
      title: 'un corpus généré de 80 expressions, plusieurs lignes par segment',
      hints: [
        'L\'échec montre comment l\'expression doit se lire, avec toutes ses parenthèses : comparez avec la façon dont votre analyseur la groupe.',
        'Plusieurs lignes peuvent arriver dans un seul segment : répondez à chacune, dans l\'ordre, une ligne de réponse par ligne.',
      ],
    },
    'syntax-errors': {
      title: 'une ligne mal formée reçoit "error: …" et la connexion continue de marcher',
      hints: [
        'Quand les jetons ne suivent pas la grammaire, répondez "error: " et la raison (par ex. "unexpected \\")\\" at column 7"), puis lisez la ligne suivante.',
        'Après l\'analyse, le jeton suivant doit être la fin de la ligne : "1 2" et "(1))" contiennent une seconde expression ou un jeton en trop.',
      ],
    },
    'division-by-zero': {
      title: 'la division par zéro est une erreur, pas un plantage',
      hints: [
        'Vérifiez le diviseur avant de diviser : x / 0 et x % 0 donnent "error: division by zero", et le serveur continue de servir.',
        'En Python, 1 / 0 lève ZeroDivisionError : un except qui ne l\'attrape pas laisse le serveur s\'arrêter. En JavaScript, on obtient Infinity ou NaN, qui ne sont pas des réponses non plus.',
      ],
    },
    'non-finite': {
      title: 'les résultats qui ne sont pas des nombres finis sont des erreurs',
      hints: [
        'Vérifiez chaque résultat : Infinity et NaN (1e308 * 10, (-8) ** 0.5) donnent "error: …", pas une réponse.',
        'En Python, calculez en float : 9 ** 9 ** 9 en int a 370 millions de chiffres et prend des minutes ; en float il déborde aussitôt (OverflowError).',
      ],
    },
    'not-code-js': {
      title: 'du JavaScript qui n\'est pas de l\'arithmétique est une erreur, jamais exécuté',
      hints: [PARSE_NOT_RUN, 'Un try/catch autour d\'eval n\'attrape que ce qui échoue : Math.PI, 0x10 et process.exit(3) réussissent.'],
    },
    'not-code-python': {
      title: 'du Python qui n\'est pas de l\'arithmétique est une erreur, jamais exécuté',
      hints: [PARSE_NOT_RUN, 'eval avec des globales vides n\'est pas un bac à sable non plus : __import__ et ().__class__ atteignent tout. ast.literal_eval ne calcule pas d\'expressions.'],
    },
    nesting: {
      title: 'jusqu\'à 100 parenthèses imbriquées, ça marche ; au-delà, c\'est une erreur',
      hints: [
        'Comptez la profondeur des parenthèses pendant l\'analyse : au-delà de 100, répondez "error: …" avant que la récursion n\'aille plus loin.',
        'Chaque "(" est un appel récursif : sans limite, une longue ligne de "(" fait déborder la pile (RangeError en JavaScript, RecursionError en Python).',
      ],
    },
    'sign-chain': {
      title: 'une suite de 900 signes unaires est valide et ne fait pas planter le serveur',
      hints: [
        'Seules les parenthèses comptent dans la profondeur : une suite de signes n\'est bornée que par la longueur de la ligne. Lisez les signes dans une boucle, pas un appel récursif chacun.',
        'Un appel récursif par signe (ou deux, via une fonction de priorité) amène Python près de sa limite de récursion par défaut de 1000, ou au-delà ; une boucle n\'a pas cette limite.',
      ],
    },
    'long-line': {
      title: 'les lignes de plus de 1 000 caractères reçoivent "error: …", la connexion reste ouverte',
      hints: [
        'Vérifiez la longueur de la ligne avant de l\'analyser : au-delà de 1 000 caractères, répondez "error: …" et passez à la ligne suivante.',
        'Exactement 1 000 caractères, c\'est encore une ligne valide.',
      ],
    },
    'huge-line': {
      title: '70 Ko sans retour à la ligne : une erreur, cette connexion fermée, le client suivant servi',
      hints: [
        'readline (et readline() de Python, ou une boucle « tampon += données ») accumulent jusqu\'au "\\n" : un client peut remplir la mémoire. Gardez au plus 64 Kio d\'une ligne ; au-delà, répondez "error: …" et fermez cette connexion.',
        'Découpez les lignes vous-même sur les morceaux "data", en comptant les octets gardés pour la ligne en cours ; fermez avec socket.end(), puis ignorez ce qui arrive encore.',
      ],
    },
  },
  6: {
    echo: {
      title: '/echo TEXT répond TEXT',
      hints: [
        'Le nom va jusqu\'au PREMIER espace ; le reste est tout ce qui suit, inchangé : const i = line.indexOf(" ") ; name = line.slice(1, i) ; rest = line.slice(i + 1).',
        'line.split(" ", 1) en JavaScript n\'est pas celui de Python : la limite ne garde que le premier morceau, donc le reste est perdu.',
      ],
    },
    'echo-spaces': {
      title: '/echo garde tous les espaces du reste : intérieurs, au début, à la fin',
      hints: [
        'Le reste est la ligne après le premier espace, octet pour octet : ne le coupez pas sur les espaces pour le recoller, ne le raccourcissez pas (trim).',
        'Python : line.split(" ", 1) est juste ; line.split() et line.strip() perdent des espaces. JavaScript : indexOf(" ") et slice().',
      ],
    },
    calc: {
      title: '/calc EXPR répond comme à l\'étape 5',
      hints: ['/calc passe le reste à l\'évaluateur de l\'étape 5 (importez-le depuis ../05-sandboxed-eval/evaluate.ts) et répond sa valeur, ou "error: " et son message.'],
    },
    time: {
      title: '/time donne l\'heure actuelle en ISO 8601, en UTC',
      hints: [
        'new Date().toISOString() donne l\'ISO 8601 en UTC (finissant par "Z"). Les accesseurs d\'heure locale (getHours…) et toString() dépendent du fuseau du serveur.',
        'En Python : datetime.now(timezone.utc).isoformat(). datetime.now() seul n\'a pas de fuseau et donne l\'heure locale.',
      ],
    },
    help: {
      title: '/help est une ligne qui nomme toutes les commandes',
      hints: [
        'Construisez la ligne de /help à partir de la table des commandes elle-même : une commande ajoutée à la table apparaît alors d\'elle-même dans /help.',
        'Une seule ligne : le client lit une réponse par commande.',
      ],
    },
    'unknown-command': {
      title: 'une commande inconnue reçoit "error: unknown command /nom"',
      hints: ['Quand le nom n\'est pas dans la table, répondez "error: unknown command /" + nom, et continuez de servir.'],
    },
    'missing-argument': {
      title: '/echo et /calc sans argument reçoivent "error: …"',
      hints: [
        '"/echo" et "/echo " (seulement l\'espace de séparation) ont un reste vide : répondez "error: …" en nommant ce qui manque, par ex. "error: /echo needs an argument: /echo TEXT".',
        'Une entrée de la table peut dire si sa commande demande un argument, et le répartiteur le vérifier une fois pour toutes.',
      ],
    },
    'not-a-command': {
      title: 'une ligne qui ne commence pas par "/" reçoit "error: …"',
      hints: ['Chaque ligne doit être une commande : une ligne qui ne commence pas par "/" reçoit "error: …" (dites que les commandes commencent par "/").'],
    },
    quit: {
      title: '/quit reçoit "bye" et une fermeture propre ; le client suivant est servi',
      hints: [
        'Répondez "bye", puis socket.end() : le FIN suit les données. destroy() ou un reset peuvent perdre "bye".',
        'Fermez seulement cette connexion : le serveur continue de servir les autres et le suivant.',
      ],
    },
  },
};
