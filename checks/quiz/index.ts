// The quiz of each step, by step number (a quiz exists even before the step's checks).
import type { Question } from './types.ts';
import { quiz as q1 } from './01.ts';
import { quiz as q2 } from './02.ts';
import { quiz as q3 } from './03.ts';
import { quiz as q4 } from './04.ts';
import { quiz as q5 } from './05.ts';
import { quiz as q6 } from './06.ts';
import { quiz as q7 } from './07.ts';
import { quiz as q8 } from './08.ts';

export const QUIZZES: Record<number, Question[]> = { 1: q1, 2: q2, 3: q3, 4: q4, 5: q5, 6: q6, 7: q7, 8: q8 };

export function quizFor(step: number): Question[] {
  return QUIZZES[step] ?? [];
}
