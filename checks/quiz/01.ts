// Step 1 — blocking accept: why accept waits, a missing server, bind vs listen.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step1.q1.question'),
    choices: [
      msg('quiz.step1.q1.choice1'),
      msg('quiz.step1.q1.choice2'),
      msg('quiz.step1.q1.choice3'),
    ],
    answer: 0,
    explanation: msg('quiz.step1.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step1.q2.question'),
    choices: [
      msg('quiz.step1.q2.choice1'),
      msg('quiz.step1.q2.choice2'),
      msg('quiz.step1.q2.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step1.q2.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step1.q3.question'),
    choices: [
      msg('quiz.step1.q3.choice1'),
      msg('quiz.step1.q3.choice2'),
      msg('quiz.step1.q3.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step1.q3.explanation'),
  },
  {
    kind: 'short',
    question: msg('quiz.step1.q4.question'),
    accept: [/^["']?connection["']?$/i],
    answer: msg('quiz.step1.q4.answer'),
    explanation: msg('quiz.step1.q4.explanation'),
  },
];
