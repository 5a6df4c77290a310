// Step 8 — shared resources and locks: what a lock is for, what goes wrong without, threads in Node.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step8.q1.question'),
    choices: [
      msg('quiz.step8.q1.choice1'),
      msg('quiz.step8.q1.choice2'),
      msg('quiz.step8.q1.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step8.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step8.q2.question'),
    choices: [
      msg('quiz.step8.q2.choice1'),
      msg('quiz.step8.q2.choice2'),
      msg('quiz.step8.q2.choice3'),
    ],
    answer: 0,
    explanation: msg('quiz.step8.q2.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step8.q3.question'),
    choices: [
      msg('quiz.step8.q3.choice1'),
      msg('quiz.step8.q3.choice2'),
      msg('quiz.step8.q3.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step8.q3.explanation'),
  },
];
