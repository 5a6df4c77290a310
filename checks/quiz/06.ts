// Step 6 — commands: why name the messages, and how to split "/name rest" in JavaScript.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'What do commands such as /echo or /time bring?', fr: 'Qu\'apportent des commandes comme /echo ou /time ?' },
    choices: [
      { en: 'They tell the server what kind of message it got, so it can act accordingly', fr: 'Elles disent au serveur quel genre de message il reçoit, pour qu\'il agisse en conséquence' },
      { en: 'They make messages shorter on the wire', fr: 'Elles raccourcissent les messages sur le réseau' },
      { en: 'TCP requires them', fr: 'TCP les exige' },
    ],
    answer: 0,
    explanation: {
      en: 'A small protocol: the name picks the handler, the rest is its argument. Unknown names get "error: unknown command".',
      fr: 'Un petit protocole : le nom choisit le traitement, le reste est son argument. Un nom inconnu reçoit « error: unknown command ».',
    },
  },
  {
    kind: 'choice',
    question: { en: 'In JavaScript, what does "/echo hello world".split(" ", 1) return?', fr: 'En JavaScript, que renvoie "/echo hello world".split(" ", 1) ?' },
    choices: [
      { en: '["/echo", "hello world"]', fr: '["/echo", "hello world"]' },
      { en: '["/echo"]', fr: '["/echo"]' },
      { en: '["/echo", "hello", "world"]', fr: '["/echo", "hello", "world"]' },
    ],
    answer: 1,
    explanation: {
      en: 'JavaScript\'s limit keeps only that many pieces and drops the rest; Python\'s split(" ", 1) splits once and keeps the rest. In JS: const i = line.indexOf(" "); name = line.slice(0, i), rest = line.slice(i + 1) (with i === -1 meaning no argument).',
      fr: 'La limite de JavaScript garde seulement ce nombre de morceaux et jette le reste ; split(" ", 1) en Python coupe une fois et garde le reste. En JS : const i = line.indexOf(" ") ; nom = line.slice(0, i), reste = line.slice(i + 1) (i === -1 voulant dire pas d\'argument).',
    },
  },
  {
    kind: 'short',
    question: { en: 'Which string method finds the first space, to split "/name rest" once?', fr: 'Quelle méthode de chaîne trouve le premier espace, pour couper « /nom reste » une seule fois ?' },
    accept: [/^(\w+\.)?indexOf(\(.*\))?$/i, /^(\w+\.)?search(\(.*\))?$/i],
    answer: { en: 'indexOf (then slice)', fr: 'indexOf (puis slice)' },
    explanation: {
      en: 'line.indexOf(" ") gives the position of the first space; slice cuts on each side of it, so the rest keeps its inner spaces.',
      fr: 'line.indexOf(" ") donne la position du premier espace ; slice coupe de chaque côté, et le reste garde ses espaces intérieurs.',
    },
  },
];
