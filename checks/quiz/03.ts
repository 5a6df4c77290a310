// Step 3 — disconnects: the accept loop around the receive loop, and many clients.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'Does the server stay alive after a client disconnects?', fr: 'Le serveur reste-t-il actif après la déconnexion d\'un client ?' },
    choices: [
      { en: 'Yes, as soon as there is a receive loop', fr: 'Oui, dès qu\'il y a une boucle de réception' },
      { en: 'Only with an accept loop around the receive loop, and with read errors (ECONNRESET) handled', fr: 'Seulement avec une boucle d\'acceptation autour de la boucle de réception, et les erreurs de lecture (ECONNRESET) traitées' },
      { en: 'Never: a TCP server serves one client in its life', fr: 'Jamais : un serveur TCP sert un seul client dans sa vie' },
    ],
    answer: 1,
    explanation: {
      en: 'The receive loop ends when its client leaves; only an outer loop that goes back to accept() serves the next one. A client that aborts its connection (a reset, RST) makes the read fail with ECONNRESET: that error must be caught, not crash the server. (A killed client process usually closes with a FIN: the kernel closes its sockets.)',
      fr: 'La boucle de réception se termine quand son client part ; seule une boucle extérieure qui retourne à accept() sert le suivant. Un client qui interrompt sa connexion (un reset, RST) fait échouer la lecture avec ECONNRESET : cette erreur doit être attrapée, pas faire planter le serveur. (Le processus d\'un client qu\'on tue ferme en général par un FIN : le noyau ferme ses sockets.)',
    },
  },
  {
    kind: 'choice',
    question: { en: 'What must change in step 2\'s server so that it serves client after client?', fr: 'Que faut-il changer au serveur de l\'étape 2 pour qu\'il serve les clients l\'un après l\'autre ?' },
    choices: [
      { en: 'Nothing, if the while loop is already there', fr: 'Rien, si la boucle while est déjà en place' },
      { en: 'Wrap the receive loop in a loop that accepts the next client', fr: 'Entourer la boucle de réception d\'une boucle qui accepte le client suivant' },
      { en: 'Use a bigger listen backlog', fr: 'Agrandir la file d\'attente de listen' },
    ],
    answer: 1,
    explanation: {
      en: 'The receive loop alone answers one client until it leaves, then the program ends. The accept loop is what keeps the server going.',
      fr: 'La boucle de réception seule répond à un client jusqu\'à son départ, puis le programme se termine. C\'est la boucle d\'acceptation qui fait durer le serveur.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'Can this server serve several clients at the same time?', fr: 'Ce serveur peut-il servir plusieurs clients en même temps ?' },
    choices: [
      { en: 'Not as written (one at a time; the others wait in the backlog). In Node the event loop can serve many sockets at once without threads', fr: 'Pas tel quel (un à la fois ; les autres attendent dans la file). En Node la boucle d\'événements peut servir plusieurs sockets à la fois sans threads' },
      { en: 'Only with one thread per client, in every language', fr: 'Seulement avec un thread par client, dans tous les langages' },
      { en: 'Yes, TCP does it for you', fr: 'Oui, TCP s\'en charge' },
    ],
    answer: 0,
    explanation: {
      en: 'Python\'s blocking sockets need threads for that. Node runs JavaScript on one thread and the event loop hands each socket\'s events to its handler: step 7 uses that.',
      fr: 'Les sockets bloquantes de Python ont besoin de threads pour cela. Node exécute le JavaScript sur un seul fil et la boucle d\'événements passe les événements de chaque socket à son gestionnaire : l\'étape 7 s\'en sert.',
    },
  },
];
