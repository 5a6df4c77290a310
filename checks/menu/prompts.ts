// The menu's questions, through enquirer. Ctrl-C (or Esc) on any question
// rejects with Cancelled, which the menu turns into a clean exit.
import enquirer from 'enquirer';

export class Cancelled extends Error {}

export interface Choice {
  name: string;
  message: string;
  hint?: string;
}

async function ask<T>(question: Record<string, unknown>): Promise<T> {
  try {
    const answer = (await enquirer.prompt({ name: 'value', ...question } as never)) as { value: T };
    return answer.value;
  } catch {
    // enquirer rejects with an empty value on Ctrl-C and Esc.
    throw new Cancelled();
  }
}

/** One choice among several; resolves with its name. */
export function select(message: string, choices: Choice[], initial = 0): Promise<string> {
  return ask<string>({ type: 'select', message, choices, initial });
}

export function confirm(message: string, initial = false): Promise<boolean> {
  return ask<boolean>({ type: 'confirm', message, initial });
}

export function input(message: string, initial = ''): Promise<string> {
  return ask<string>({ type: 'input', message, initial });
}

/** Waits for Enter, so that what was just printed can be read before the menu comes back. */
export async function pause(message: string): Promise<void> {
  await ask<string>({ type: 'input', message });
}
