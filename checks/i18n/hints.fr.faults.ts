// French titles and hints of the fault checks (shared/fault-checks.ts),
// which several steps share under the same id.
import type { FrenchCheck, FrenchSteps } from './hints.fr.ts';

const HALF_CLOSE: FrenchCheck = {
  title: 'un client qui ferme son envoi juste après sa dernière ligne reçoit quand même toutes ses réponses, puis la fermeture',
  hints: [
    'Un client qui ferme à moitié (socket.end() en Node, "nc -N" en fin d\'entrée) a seulement fini d\'envoyer : chaque ligne envoyée reçoit encore sa réponse, dans l\'ordre, et c\'est seulement ensuite que vous fermez. En Node, createServer({ allowHalfOpen: true }) et end() une fois la dernière réponse écrite ; en Python, un recv() qui renvoie b"" veut dire « plus de requêtes », pas « arrêtez de répondre ».',
    'Par défaut (allowHalfOpen: false), Node ferme votre côté dès que le FIN du client arrive : une réponse calculée après (après un await, une lecture de fichier, une commande en file d\'attente) est perdue.',
  ],
};

const RESET_HINTS = [
  'Écoutez "error" sur une socket dès qu\'elle est acceptée (dans le gestionnaire de "connection"), pas au moment de la servir : un client qui attend son tour peut réinitialiser sa connexion, et un "error" sans écouteur fait planter tout le serveur.',
  'En Python, un recv() sur une connexion réinitialisée pendant l\'attente lève ConnectionResetError : attrapez-la autour de la boucle de ce client, fermez cette socket et acceptez le suivant.',
];

const RESET_QUEUED: FrenchCheck = { title: 'un client qui envoie un reset pendant qu\'il attend son tour n\'arrête pas le serveur', hints: RESET_HINTS };

const AFTER_END_HINTS = [
  'Après la dernière réponse ("bye", ou l\'erreur d\'une ligne trop longue), ne lisez plus rien de ce client : cessez de traiter ses "data", et fermez la connexion pour de bon juste après (socket.end(dernière, () => socket.destroy())). Un client qui continue d\'envoyer ne doit rien vous faire garder en mémoire.',
  'socket.end() ne ferme que votre sens d\'envoi : Node continue de lire ce que le pair envoie. En Python, conn.close() ferme les deux sens d\'un coup.',
];

const FLOOD_AFTER_QUIT: FrenchCheck = {
  title: 'après "/quit", ce que le client continue d\'envoyer n\'est pas lu : connexion fermée en 2 s, mémoire bornée',
  hints: AFTER_END_HINTS,
};
const FLOOD_AFTER_LONG_LINE: FrenchCheck = {
  title: 'après l\'erreur pour une ligne de plus de 64 Kio, la suite n\'est pas lue : connexion fermée en 2 s, mémoire bornée',
  hints: AFTER_END_HINTS,
};
const NON_READER: FrenchCheck = {
  title: 'un client qui ne lit jamais coûte une mémoire bornée (256 Mo de messages privés lui sont destinés)',
  hints: [
    'Ce qu\'un client ne lit pas attend dans votre serveur : bornez-le par client (par exemple 1 Mio de sortie non envoyée, socket.writableLength en Node), puis déconnectez ce client.',
    'socket.write() ne refuse jamais de données : quand le tampon du noyau est plein, il les garde en mémoire et renvoie false. Ignorer cette valeur de retour laisse un client qui ne lit jamais faire grossir le serveur sans limite.',
  ],
};

const SERVER_RESET: FrenchCheck = {
  title: 'le client dit "closed" et se termine avec le code 0 quand le serveur réinitialise la connexion, sans trace de pile',
  hints: [
    'Un reset (RST) arrive comme un événement "error" (ECONNRESET), pas comme "end" : écoutez "error" sur la socket, et sur l\'interface readline qui la lit (readline transmet l\'erreur), affichez une ligne avec "closed" et terminez avec le code 0. En Python, attrapez ConnectionResetError autour de recv().',
    'Sans écouteur, l\'"error" est levée : le client meurt avec une trace de pile et le code 1, ce qu\'un utilisateur voit comme un plantage.',
  ],
};

const CHAT = { 'half-close': HALF_CLOSE, 'reset-queued': RESET_QUEUED, 'flood-after-quit': FLOOD_AFTER_QUIT, 'flood-after-long-line': FLOOD_AFTER_LONG_LINE, 'non-reader-memory': NON_READER };

export const FRENCH_FAULT_CHECKS: FrenchSteps = {
  2: { 'half-close': HALF_CLOSE },
  3: { 'half-close': HALF_CLOSE, 'reset-queued': RESET_QUEUED, 'client-server-reset': SERVER_RESET },
  4: {
    'half-close': HALF_CLOSE,
    'reset-queued': RESET_QUEUED,
    'client-server-reset': SERVER_RESET,
    'reset-served': { title: 'un client qui envoie un reset au milieu d\'une ligne ne ferme que sa propre connexion', hints: RESET_HINTS },
  },
  5: { 'half-close': HALF_CLOSE, 'reset-queued': RESET_QUEUED, 'flood-after-long-line': FLOOD_AFTER_LONG_LINE },
  6: { 'half-close': HALF_CLOSE, 'reset-queued': RESET_QUEUED, 'flood-after-quit': FLOOD_AFTER_QUIT, 'flood-after-long-line': FLOOD_AFTER_LONG_LINE },
  7: CHAT,
  8: CHAT,
};

export const FRENCH_FAULT_HINTS: Record<string, string> = {
  'After a client reset, the next one must be served: lines typed on stdin go to it.':
    'Après le reset d\'un client, le suivant doit être servi : les lignes tapées sur stdin lui sont destinées.',
};
