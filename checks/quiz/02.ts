// Step 2 — receive loop: why a loop, when it ends, and TCP as a byte stream.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step2.q1.question'),
    choices: [
      msg('quiz.step2.q1.choice1'),
      msg('quiz.step2.q1.choice2'),
      msg('quiz.step2.q1.choice3'),
    ],
    answer: 0,
    explanation: msg('quiz.step2.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step2.q2.question'),
    choices: [
      msg('quiz.step2.q2.choice1'),
      msg('quiz.step2.q2.choice2'),
      msg('quiz.step2.q2.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step2.q2.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step2.q3.question'),
    choices: [
      msg('quiz.step2.q3.choice1'),
      msg('quiz.step2.q3.choice2'),
      msg('quiz.step2.q3.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step2.q3.explanation'),
  },
  {
    kind: 'short',
    question: msg('quiz.step2.q4.question'),
    accept: [/^["']?\\n["']?$/, /new ?line|line ?feed|^lf$|retour (à|a) la ligne|saut de ligne|fin de ligne/i],
    answer: msg('quiz.step2.q4.answer'),
    explanation: msg('quiz.step2.q4.explanation'),
  },
];
