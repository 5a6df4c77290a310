// Step 8 — shared resources and locks: what a lock is for, what goes wrong without, threads in Node.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'What is a lock for?', fr: 'À quoi sert un verrou ?' },
    choices: [
      { en: 'To make the server faster', fr: 'À rendre le serveur plus rapide' },
      { en: 'To let one task at a time run a read-modify-write of a shared resource, so that no other task changes it in between', fr: 'À laisser une seule tâche à la fois faire un lire-modifier-écrire d\'une ressource partagée, pour qu\'aucune autre ne la modifie entre-temps' },
      { en: 'To encrypt the file', fr: 'À chiffrer le fichier' },
    ],
    answer: 1,
    explanation: {
      en: 'In Node the critical section is async (it awaits file I/O), so the lock is a promise-based mutex: each /incr waits for the previous one to finish.',
      fr: 'En Node la section critique est asynchrone (elle attend des E/S de fichier), donc le verrou est un mutex à base de promesses : chaque /incr attend que le précédent ait fini.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'Two clients send /incr at once and the counter is read, then written after an await. Without a lock?', fr: 'Deux clients envoient /incr en même temps et le compteur est lu, puis écrit après un await. Sans verrou ?' },
    choices: [
      { en: 'Both read the same value and write the same result: one increment is lost', fr: 'Les deux lisent la même valeur et écrivent le même résultat : un incrément est perdu' },
      { en: 'Nothing: Node has one thread', fr: 'Rien : Node n\'a qu\'un seul fil d\'exécution' },
      { en: 'The server crashes every time', fr: 'Le serveur plante à chaque fois' },
    ],
    answer: 0,
    explanation: {
      en: 'Lost updates, corrupted or interleaved data, unpredictable behaviour: the source lab\'s answer holds in Node too, at every await between the read and the write.',
      fr: 'Mises à jour perdues, données corrompues ou entremêlées, comportement imprévisible : la réponse du TP d\'origine vaut aussi en Node, à chaque await entre la lecture et l\'écriture.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'What in Node corresponds directly to the source lab\'s threads sharing memory?', fr: 'Qu\'est-ce qui, en Node, correspond directement aux threads du TP d\'origine qui partagent la mémoire ?' },
    choices: [
      { en: 'async functions', fr: 'les fonctions async' },
      { en: 'worker_threads with a SharedArrayBuffer, synchronized with Atomics', fr: 'worker_threads avec un SharedArrayBuffer, synchronisé avec Atomics' },
      { en: 'child_process.fork()', fr: 'child_process.fork()' },
    ],
    answer: 1,
    explanation: {
      en: 'Workers are real threads; SharedArrayBuffer is memory they share, and Atomics (wait/notify, compareExchange) build locks on it. Separate processes share no memory.',
      fr: 'Les workers sont de vrais threads ; SharedArrayBuffer est une mémoire qu\'ils partagent, et Atomics (wait/notify, compareExchange) permet d\'y construire des verrous. Des processus séparés ne partagent pas de mémoire.',
    },
  },
];
