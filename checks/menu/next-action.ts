// Where the cursor waits when a step's actions come back: on what a student
// most likely does next, by one rule easy to learn. After a failed check,
// the next hint; after a passed one, back to the steps (the next step waits
// there); after anything else (the README, a run by hand, a hint, the quiz,
// a reset), checking the step.
import type { Outcome } from './actions.ts';

export type ActionName = 'check' | 'readme' | 'server' | 'client' | 'hint' | 'quiz' | 'reset' | 'solution' | 'back';

export function nextAction(outcome: Outcome = {}): ActionName {
  if (outcome.checked === 'failed') return 'hint';
  if (outcome.checked === 'passed') return 'back';
  return 'check';
}
