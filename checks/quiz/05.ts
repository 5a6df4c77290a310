// Step 5 — evaluation without eval: why eval is dangerous, what try/catch does and does not do.
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: { en: 'Why is eval() of what a client sends a serious problem?', fr: 'Pourquoi eval() de ce qu\'envoie un client est-il un grave problème ?' },
    choices: [
      { en: 'It is slow', fr: 'C\'est lent' },
      { en: 'It runs any code the client writes, with the server\'s rights: read files, start processes, stop the server', fr: 'Il exécute n\'importe quel code écrit par le client, avec les droits du serveur : lire des fichiers, lancer des processus, arrêter le serveur' },
      { en: 'It only works for numbers', fr: 'Il ne marche que pour les nombres' },
    ],
    answer: 1,
    explanation: {
      en: 'eval("process.exit()") or eval("require(\'fs\')…") does exactly what it says. The safe way is to parse the grammar yourself and compute only numbers.',
      fr: 'eval("process.exit()") ou eval("require(\'fs\')…") fait exactement ce qui est écrit. La manière sûre est d\'analyser la grammaire soi-même et de ne calculer que des nombres.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'Does try/catch around eval() make it safe?', fr: 'Un try/catch autour d\'eval() le rend-il sûr ?' },
    choices: [
      { en: 'Yes: errors are caught, so nothing bad can happen', fr: 'Oui : les erreurs sont attrapées, donc rien de grave ne peut arriver' },
      { en: 'No: it catches errors so the server does not crash, but code that does not throw still runs', fr: 'Non : il attrape les erreurs pour que le serveur ne plante pas, mais du code qui ne lève pas d\'erreur s\'exécute quand même' },
    ],
    answer: 1,
    explanation: {
      en: 'try/catch (try/except in Python) is right for a bad expression: answer "error: …" and keep serving. Against hostile code it does nothing: deleting a file throws no error.',
      fr: 'try/catch (try/except en Python) convient pour une expression invalide : répondre « error: … » et continuer. Contre du code hostile il ne fait rien : effacer un fichier ne lève aucune erreur.',
    },
  },
  {
    kind: 'choice',
    question: { en: 'Are new Function() or the vm module a sandbox for untrusted code?', fr: 'new Function() ou le module vm sont-ils un bac à sable pour du code non fiable ?' },
    choices: [
      { en: 'Yes, vm runs code in a separate context', fr: 'Oui, vm exécute le code dans un contexte séparé' },
      { en: 'No: new Function is eval under another name, and Node\'s docs say vm is not a security mechanism (code can reach the real process)', fr: 'Non : new Function est eval sous un autre nom, et la doc de Node dit que vm n\'est pas un mécanisme de sécurité (le code peut atteindre le vrai processus)' },
    ],
    answer: 1,
    explanation: {
      en: 'this.constructor.constructor("return process")() escapes a vm context. Only a parser that accepts numbers, operators and parentheses, and nothing else, is safe.',
      fr: 'this.constructor.constructor("return process")() sort d\'un contexte vm. Seul un analyseur qui accepte nombres, opérateurs et parenthèses, et rien d\'autre, est sûr.',
    },
  },
];
