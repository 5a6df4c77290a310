// Step 5 — evaluation without eval: why eval is dangerous, what try/catch does and does not do.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step5.q1.question'),
    choices: [
      msg('quiz.step5.q1.choice1'),
      msg('quiz.step5.q1.choice2'),
      msg('quiz.step5.q1.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step5.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step5.q2.question'),
    choices: [
      msg('quiz.step5.q2.choice1'),
      msg('quiz.step5.q2.choice2'),
    ],
    answer: 1,
    explanation: msg('quiz.step5.q2.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step5.q3.question'),
    choices: [
      msg('quiz.step5.q3.choice1'),
      msg('quiz.step5.q3.choice2'),
    ],
    answer: 1,
    explanation: msg('quiz.step5.q3.explanation'),
  },
];
