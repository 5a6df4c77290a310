// Step 4 — both ways at once: who waits for whom, how not to block, ending cleanly.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'The server waits for a line from the client and the client sends one: is there a conflict?', fr: 'Le serveur attend une ligne du client et le client en envoie une : y a-t-il un conflit ?' },
    choices: [
      { en: 'No. The trouble comes when a program waits on one source (the keyboard) while the other (the socket) has something to say', fr: 'Non. Le problème vient quand un programme attend une source (le clavier) alors que l\'autre (la socket) a quelque chose à dire' },
      { en: 'Yes: both sides write at the same time and the data mixes', fr: 'Oui : les deux côtés écrivent en même temps et les données se mélangent' },
      { en: 'Yes: TCP allows only one direction at a time', fr: 'Oui : TCP n\'autorise qu\'un sens à la fois' },
    ],
    answer: 0,
    explanation: {
      en: 'TCP is full duplex: both directions flow at once. A program that reads stdin, then the socket, then stdin… misses the other side while it waits.',
      fr: 'TCP est bidirectionnel simultané : les deux sens circulent à la fois. Un programme qui lit stdin, puis la socket, puis stdin… rate l\'autre côté pendant qu\'il attend.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'How do you make both directions work at once in Node?', fr: 'Comment faire marcher les deux sens à la fois en Node ?' },
    choices: [
      { en: 'Start a thread for stdin and one for the socket', fr: 'Lancer un thread pour stdin et un pour la socket' },
      { en: 'Listen to both with events (readline on stdin, "data"/"line" on the socket): the event loop serves whichever comes first', fr: 'Écouter les deux par événements (readline sur stdin, "data"/"line" sur la socket) : la boucle d\'événements sert celui qui arrive en premier' },
      { en: 'Poll each one every 100 ms', fr: 'Interroger chacun toutes les 100 ms' },
    ],
    answer: 1,
    explanation: {
      en: 'Python needs threads or non-blocking sockets with select(). Node is already non-blocking: one thread, an event loop, a handler per source. Worker threads exist but are not needed here.',
      fr: 'Python a besoin de threads ou de sockets non bloquantes avec select(). Node est déjà non bloquant : un seul fil, une boucle d\'événements, un gestionnaire par source. Les worker threads existent mais ne servent pas ici.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'How should the conversation end?', fr: 'Comment la conversation doit-elle se terminer ?' },
    choices: [
      { en: 'Kill the process', fr: 'Tuer le processus' },
      { en: 'An end message (/quit, answered by bye), then a clean close (FIN) so nothing in flight is lost', fr: 'Un message de fin (/quit, auquel répond bye), puis une fermeture propre (FIN) pour ne rien perdre de ce qui est en route' },
      { en: 'Stop reading and wait for a timeout', fr: 'Arrêter de lire et attendre un délai' },
    ],
    answer: 1,
    explanation: {
      en: 'The end message says "I am done" in the protocol; socket.end() then sends what is left and closes cleanly (FIN). destroy() closes at once: FIN when nothing unread waits, but RST when the peer\'s data is still unread, and a reset can throw away what the peer has not read yet.',
      fr: 'Le message de fin dit « j\'ai fini » dans le protocole ; socket.end() envoie alors ce qui reste et ferme proprement (FIN). destroy() ferme aussitôt : un FIN si rien de non lu n\'attend, mais un RST quand des données du pair sont encore non lues, et un reset peut jeter ce que le pair n\'a pas encore lu.',
    },
  },
];
