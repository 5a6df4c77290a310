// A step's quiz: the source lab's questions for the step, answered the
// accurate way (LAB-CONTRACT.md, "Where the source lab is imprecise"). Their
// English and French are in the catalogs (checks/i18n/parts/quiz-cli.*.ts).
// Multiple choice, or a short answer matched by patterns.
import type { Message } from '../i18n/index.ts';

export interface ChoiceQuestion {
  kind: 'choice';
  question: Message;
  choices: Message[];
  /** Index of the right choice. */
  answer: number;
  explanation: Message;
}

export interface ShortQuestion {
  kind: 'short';
  question: Message;
  /** A typed answer is right when one of these matches it (trimmed). */
  accept: RegExp[];
  /** The expected answer, shown after a wrong one. */
  answer: Message;
  explanation: Message;
}

export type Question = ChoiceQuestion | ShortQuestion;

export function isRight(q: Question, given: number | string): boolean {
  if (q.kind === 'choice') return given === q.answer;
  const text = String(given).trim();
  return q.accept.some((re) => re.test(text));
}
