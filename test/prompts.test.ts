// The menu's yes/no question, answered as a student types it: in French it
// shows "(o/N)", takes o (oui) as well as y (n is still no) and echoes oui or non.
import { PassThrough } from 'node:stream';
import enquirer from 'enquirer';
import { expect, test } from 'vitest';
import { confirmQuestion } from '../checks/menu/prompts.ts';
import type { Lang } from '../checks/i18n/index.ts';

interface ConfirmPrompt {
  run(): Promise<boolean>;
  once(event: 'run', listener: () => void): void;
  keypress(key: string): Promise<void>;
}
const { Confirm } = enquirer as unknown as { Confirm: new (question: object) => ConfirmPrompt };

/** Asks the question on streams of its own, types `key`, and resolves with the answer and all that was shown. */
async function answer(lang: Lang, key: string): Promise<{ value: boolean; shown: string }> {
  const stdout = new PassThrough();
  let shown = '';
  stdout.on('data', (d) => (shown += d));
  // enquirer reads only from a terminal: a stream that says it is one.
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin });
  const prompt = new Confirm({ ...confirmQuestion('Reset?', false, lang), stdin, stdout });
  prompt.once('run', () => void prompt.keypress(key));
  return { value: await prompt.run(), shown };
}

test.each([
  ['fr', 'o', true],
  ['fr', 'O', true],
  ['fr', 'y', true],
  ['fr', 'n', false],
  ['fr', 'N', false],
  ['en', 'y', true],
  ['en', 'n', false],
] as const)('%s: "%s" answers %s', { timeout: 5000 }, async (lang, key, yes) => {
  const { value, shown } = await answer(lang, key);
  expect(value).toBe(yes);
  expect(shown).toContain(lang === 'fr' ? '(o/N)' : '(y/N)');
  if (lang === 'fr') expect(shown).toContain(yes ? 'oui' : 'non');
  if (lang === 'fr') expect(shown).not.toMatch(/true|false/);
});

test('the question: enquirer\'s own in English; in French "(O/n)" when yes is the default', async () => {
  expect(confirmQuestion('Reset?', false, 'en')).toEqual({ type: 'confirm', message: 'Reset?', initial: false });
  expect(confirmQuestion('Reset?', true, 'fr')).toMatchObject({ default: '(O/n)' });
});
