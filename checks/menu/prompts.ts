// The menu's questions, through enquirer. Ctrl-C (or Esc) on any question
// rejects with Cancelled, which the menu turns into a clean exit. Once
// answered, a question stays on screen with the answer as the student read
// it (a choice's text, not its internal name), and with a red ✗ rather than
// a ✔ when a quiz says the answer is wrong.
import { Chalk } from 'chalk';
import enquirer from 'enquirer';
import { detectLang, translate, type Lang } from '../i18n/index.ts';

export class Cancelled extends Error {}

export interface Choice {
  name: string;
  message: string;
  hint?: string;
  /** What the answered question shows when this is chosen; default: the message. */
  echo?: string;
}

/** Tells whether an answer is right, for the mark shown once it is given. */
export type Judge = (answer: string) => boolean;

/** enquirer's prompt, as the option functions below see it (`this`). */
interface PromptView {
  state: { submitted: boolean; cancelled: boolean; status: string };
  symbols: { prefix: Record<string, string> };
  styles: { primary: (s: string) => string; success: (s: string) => string };
  value: string;
  selected?: { name: string };
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

/** Coloured as enquirer colours its own marks (always, unless FORCE_COLOR=0); uncoloured, enquirer would paint it green. */
const WRONG = new Chalk({ level: process.env.FORCE_COLOR === '0' ? 0 : 1 }).red('✗');

/** The mark before an answered question: a red ✗ when `judge` finds the answer wrong, enquirer's own otherwise. */
function markBy(judge: Judge, answer: (p: PromptView) => string) {
  return function (this: PromptView): string {
    const { status } = this.state;
    if (status === 'submitted' && !judge(answer(this))) return WRONG;
    return this.symbols.prefix[status] ?? this.symbols.prefix.pending;
  };
}

/** One choice among several; resolves with its name. */
export function select(message: string, choices: Choice[], initial = 0, judge?: Judge): Promise<string> {
  const echo = new Map(choices.map((c) => [c.name, c.echo ?? c.message]));
  const chosen = (p: PromptView) => p.selected?.name ?? '';
  return ask<string>({
    type: 'select',
    message,
    choices,
    initial,
    ...(judge && { prefix: markBy(judge, chosen) }),
    format(this: PromptView) {
      if (!this.state.submitted || this.state.cancelled) return '';
      return this.styles.primary(echo.get(chosen(this)) ?? chosen(this));
    },
  });
}

/** enquirer's yes/no prompt, as the option functions below see it. */
interface BooleanView {
  input: string;
  isValue(key: string): boolean;
  alert(): void;
  render(): Promise<void>;
}

/**
 * A yes/no key shows as the answer, and Enter gives it. enquirer answers on
 * the key alone: the Enter a student types after it then answered the next
 * question, and what the answer printed went by unread.
 */
function keyThenEnter(this: BooleanView, key: string): void | Promise<void> {
  if (!this.isValue(key)) return this.alert();
  this.input = key;
  return this.render();
}

/**
 * A yes/no question, answered by y or n then Enter (Enter alone: the
 * default). enquirer shows "(y/N)" and echoes true or false; in French it
 * shows "(o/N)", takes o (oui) as well as y, and echoes oui or non. "No"
 * stays n in both.
 */
export function confirmQuestion(message: string, initial: boolean, lang: Lang): Record<string, unknown> {
  // enquirer calls these as the prompt's own methods (lib/prompt.js, lib/types/boolean.js).
  // The answer reads as a word, not as enquirer's raw true/false.
  const words = [translate(lang, 'cli.confirm.yes'), translate(lang, 'cli.confirm.no')];
  const question = {
    type: 'confirm',
    message,
    initial,
    dispatch: keyThenEnter,
    format(this: PromptView, value: boolean) {
      const word = value ? words[0] : words[1];
      return this.state.submitted ? this.styles.success(word) : this.styles.primary(word);
    },
  };
  if (lang !== 'fr') return question;
  return { ...question, default: initial ? '(O/n)' : '(o/N)', isTrue: (input: unknown) => /^[oty1]/i.test(String(input)) };
}

export function confirm(message: string, initial = false, lang: Lang = detectLang()): Promise<boolean> {
  return ask<boolean>(confirmQuestion(message, initial, lang));
}

export function input(message: string, initial = '', judge?: Judge): Promise<string> {
  return ask<string>({ type: 'input', message, initial, ...(judge && { prefix: markBy(judge, (p) => String(p.value ?? '')) }) });
}

/** Waits for Enter, so that what was just printed can be read before the menu comes back. */
export async function pause(message: string): Promise<void> {
  await ask<string>({ type: 'input', message });
}
