// Step 7 — many clients at once: races in a single-threaded server, shared state, broadcast.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step7.q1.question'),
    choices: [
      msg('quiz.step7.q1.choice1'),
      msg('quiz.step7.q1.choice2'),
      msg('quiz.step7.q1.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step7.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step7.q2.question'),
    choices: [
      msg('quiz.step7.q2.choice1'),
      msg('quiz.step7.q2.choice2'),
    ],
    answer: 1,
    explanation: msg('quiz.step7.q2.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step7.q3.question'),
    choices: [
      msg('quiz.step7.q3.choice1'),
      msg('quiz.step7.q3.choice2'),
    ],
    answer: 1,
    explanation: msg('quiz.step7.q3.explanation'),
  },
];
