// The menu's yes/no question, answered as a student types it: a key, then
// Enter. In French it shows "(o/N)", takes o (oui) as well as y (n is still
// no) and echoes oui or non.
import { PassThrough } from 'node:stream';
import enquirer from 'enquirer';
import { expect, test } from 'vitest';
import { confirmQuestion } from '../checks/menu/prompts.ts';
import type { Lang } from '../checks/i18n/index.ts';

interface ConfirmPrompt {
  run(): Promise<boolean>;
  once(event: 'run', listener: () => void): void;
  keypress(key: string): Promise<void>;
  state: { submitted: boolean };
}
const { Confirm } = enquirer as unknown as { Confirm: new (question: object) => ConfirmPrompt };

/** Asks the question on streams of its own, types `key` then Enter, and resolves with the answer, all that was shown, and whether the key alone had answered. */
async function answer(lang: Lang, key: string): Promise<{ value: boolean; shown: string; answeredOnKey: boolean }> {
  const stdout = new PassThrough();
  let shown = '';
  stdout.on('data', (d) => (shown += d));
  // enquirer reads only from a terminal: a stream that says it is one.
  const stdin = Object.assign(new PassThrough(), { isTTY: true, isRaw: false, setRawMode: () => stdin });
  const prompt = new Confirm({ ...confirmQuestion('Reset?', false, lang), stdin, stdout });
  let answeredOnKey = true;
  prompt.once('run', async () => {
    await prompt.keypress(key);
    answeredOnKey = prompt.state.submitted;
    await prompt.keypress('\r');
  });
  return { value: await prompt.run(), shown, answeredOnKey };
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
  const { value, shown, answeredOnKey } = await answer(lang, key);
  expect(answeredOnKey).toBe(false); // the Enter typed after the key answers, not the next question
  expect(value).toBe(yes);
  expect(shown).toContain(lang === 'fr' ? '(o/N)' : '(y/N)');
  if (lang === 'fr') expect(shown).toContain(yes ? 'oui' : 'non');
  if (lang === 'fr') expect(shown).not.toMatch(/true|false/);
});

test('the question: enquirer\'s own in English; in French "(O/n)" when yes is the default', async () => {
  expect(confirmQuestion('Reset?', false, 'en')).toMatchObject({ type: 'confirm', message: 'Reset?', initial: false });
  expect(confirmQuestion('Reset?', false, 'en')).not.toHaveProperty('default');
  expect(confirmQuestion('Reset?', true, 'fr')).toMatchObject({ default: '(O/n)' });
});

test('Enter alone gives the default', { timeout: 5000 }, async () => {
  expect((await answer('fr', '\r')).value).toBe(false);
});
