// Step 7 — many clients at once: races in a single-threaded server, shared state, broadcast.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'Node runs your JavaScript on one thread. Can two clients still race on shared data?', fr: 'Node exécute votre JavaScript sur un seul fil. Deux clients peuvent-ils quand même se disputer des données partagées ?' },
    choices: [
      { en: 'No: with one thread there are never races', fr: 'Non : avec un seul fil d\'exécution, il n\'y a jamais d\'accès concurrents' },
      { en: 'Yes: two handlers never run at the same instant, but at every await between reading and writing shared state another client\'s handler can run', fr: 'Oui : deux gestionnaires ne s\'exécutent jamais au même instant, mais à chaque await entre la lecture et l\'écriture d\'un état partagé le gestionnaire d\'un autre client peut s\'exécuter' },
      { en: 'Only if you use worker_threads', fr: 'Seulement avec worker_threads' },
    ],
    answer: 1,
    explanation: {
      en: 'Synchronous code runs to completion, so an update with no await in the middle is safe. Python threads can switch anywhere, hence the source lab\'s locks; in Node the danger points are the awaits.',
      fr: 'Le code synchrone va jusqu\'au bout, donc une mise à jour sans await au milieu est sûre. Les threads Python peuvent basculer n\'importe où, d\'où les verrous du TP d\'origine ; en Node les points dangereux sont les await.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'What shared state does a real chat server need?', fr: 'De quel état partagé un vrai serveur de discussion a-t-il besoin ?' },
    choices: [
      { en: 'None: each connection is independent', fr: 'Aucun : chaque connexion est indépendante' },
      { en: 'The connected clients and their nicks, to broadcast each message to the others and answer /who and /msg', fr: 'Les clients connectés et leurs pseudos, pour diffuser chaque message aux autres et répondre à /who et /msg' },
    ],
    answer: 1,
    explanation: {
      en: 'A map of connected clients is the heart of it: joins, leaves, renames and messages all read or change it.',
      fr: 'Une table des clients connectés en est le cœur : arrivées, départs, changements de pseudo et messages la lisent ou la modifient.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'One client stops reading. What must the server do when it broadcasts?', fr: 'Un client arrête de lire. Que doit faire le serveur quand il diffuse ?' },
    choices: [
      { en: 'Wait for that client before sending to the others', fr: 'Attendre ce client avant d\'envoyer aux autres' },
      { en: 'Keep serving the others; bound what waits for the slow one (write() returning false, the "drain" event) and drop it past a limit', fr: 'Continuer de servir les autres ; borner ce qui attend le client lent (write() qui renvoie false, l\'événement "drain") et le déconnecter au-delà d\'une limite' },
    ],
    answer: 1,
    explanation: {
      en: 'Awaiting each client in turn lets the slowest set the pace for all. Writing without bound lets its queue grow until memory runs out.',
      fr: 'Attendre chaque client à son tour laisse le plus lent imposer son rythme à tous. Écrire sans limite laisse sa file grossir jusqu\'à épuiser la mémoire.',
    },
  },
];
