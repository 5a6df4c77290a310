// Step 2 — receive loop: why a loop, when it ends, and TCP as a byte stream.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'What happens without a receive loop?', fr: 'Que se passe-t-il sans boucle de réception ?' },
    choices: [
      { en: 'The server reads one message, answers, and stops listening to the client', fr: 'Le serveur lit un message, répond, et n\'écoute plus le client' },
      { en: 'Nothing changes: the socket reads every message anyway', fr: 'Rien ne change : la socket lit tous les messages de toute façon' },
      { en: 'The server cannot accept the client', fr: 'Le serveur ne peut pas accepter le client' },
    ],
    answer: 0,
    explanation: {
      en: 'One read gives one piece of what the client sent. The loop keeps reading and answering for as long as the client talks.',
      fr: 'Une lecture donne un morceau de ce que le client a envoyé. La boucle continue de lire et de répondre tant que le client parle.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'When should the receive loop end?', fr: 'Quand la boucle de réception doit-elle se terminer ?' },
    choices: [
      { en: 'Never: it is an infinite loop', fr: 'Jamais : c\'est une boucle infinie' },
      { en: 'When the client closes: the read reports the end of the stream', fr: 'Quand le client ferme : la lecture signale la fin du flot' },
      { en: 'After a fixed number of messages', fr: 'Après un nombre fixé de messages' },
    ],
    answer: 1,
    explanation: {
      en: 'A "while true" never notices the client left. The loop ends at the end of the stream: recv() returns b"" in Python, "end" fires (and a readline loop finishes) in Node.',
      fr: 'Un « while true » ne remarque jamais le départ du client. La boucle s\'arrête à la fin du flot : recv() renvoie b"" en Python, "end" arrive (et une boucle readline se termine) en Node.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'Can one send carry several replies?', fr: 'Un seul envoi peut-il contenir plusieurs réponses ?' },
    choices: [
      { en: 'No: TCP delivers exactly one message per send', fr: 'Non : TCP livre exactement un message par envoi' },
      { en: 'Yes: TCP carries a byte stream; one send can hold several replies and one reply can arrive in several reads. Framing (here "\\n") marks where each ends', fr: 'Oui : TCP transporte un flot d\'octets ; un envoi peut contenir plusieurs réponses et une réponse peut arriver en plusieurs lectures. Le découpage (ici "\\n") marque la fin de chacune' },
      { en: 'Only with UDP', fr: 'Seulement avec UDP' },
    ],
    answer: 1,
    explanation: {
      en: 'TCP keeps no message boundaries. The receiver must cut the stream itself: keep a buffer, split at every "\\n", keep the unfinished rest.',
      fr: 'TCP ne garde pas les limites des messages. Le receveur doit couper le flot lui-même : garder un tampon, couper à chaque "\\n", garder le reste inachevé.',
    },
  },
  {
    kind: 'short',
    question: { en: 'Which character frames the messages in this lab?', fr: 'Quel caractère délimite les messages dans ce TP ?' },
    accept: [/^["']?\\n["']?$/, /new ?line|line ?feed|^lf$|retour (à|a) la ligne|saut de ligne|fin de ligne/i],
    answer: { en: '"\\n" (newline)', fr: '"\\n" (retour à la ligne)' },
    explanation: {
      en: 'Every message is one line ended by "\\n" (a "\\r" just before it is dropped).',
      fr: 'Chaque message est une ligne terminée par "\\n" (un "\\r" juste avant est retiré).',
    },
  },
];
