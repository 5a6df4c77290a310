// Step 6 — commands: why name the messages, and how to split "/name rest" in JavaScript.
import { msg } from '../i18n/index.ts';
import type { Question } from './types.ts';

export const quiz: Question[] = [
  {
    kind: 'choice',
    question: msg('quiz.step6.q1.question'),
    choices: [
      msg('quiz.step6.q1.choice1'),
      msg('quiz.step6.q1.choice2'),
      msg('quiz.step6.q1.choice3'),
    ],
    answer: 0,
    explanation: msg('quiz.step6.q1.explanation'),
  },
  {
    kind: 'choice',
    question: msg('quiz.step6.q2.question'),
    choices: [
      msg('quiz.step6.q2.choice1'),
      msg('quiz.step6.q2.choice2'),
      msg('quiz.step6.q2.choice3'),
    ],
    answer: 1,
    explanation: msg('quiz.step6.q2.explanation'),
  },
  {
    kind: 'short',
    question: msg('quiz.step6.q3.question'),
    accept: [/^(\w+\.)?indexOf(\(.*\))?$/i, /^(\w+\.)?search(\(.*\))?$/i],
    answer: msg('quiz.step6.q3.answer'),
    explanation: msg('quiz.step6.q3.explanation'),
  },
];
