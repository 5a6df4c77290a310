// The kit speaks English by default and French to French speakers: LAB_LANG
// decides, else the system locale (LC_ALL, then LC_MESSAGES, then LANG, the
// POSIX order of precedence).
import { en, type Messages } from './messages.en.ts';
import { fr } from './messages.fr.ts';

export type Lang = 'en' | 'fr';

export function detectLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const chosen = env.LAB_LANG?.trim().toLowerCase();
  if (chosen) return chosen.startsWith('fr') ? 'fr' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export type MessageKey = keyof Messages;

/**
 * A sentence as data: its id in the catalogs and the values it names. A
 * value that is itself a Message is said in the same language; a string is
 * data (a line a program sent, a file name) and is shown as it is.
 */
export interface Message {
  id: MessageKey;
  vars?: Record<string, Var>;
}
export type Var = string | number | Message;
export type Vars = Record<string, Var>;

/** The kit's own words: always a Message (data, such as a line a program sent, goes in its values). */
export type Text = Message;

export function msg(id: MessageKey, vars?: Vars): Message {
  return vars ? { id, vars } : { id };
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as Message).id === 'string';
}

const CATALOGS: Record<Lang, Messages> = { en, fr };

/** One thing or several: French counts 0 and 1 as one, English only 1. */
function singular(lang: Lang, n: number): boolean {
  return lang === 'fr' ? Math.abs(n) < 2 : n === 1;
}

/**
 * The message `key` in `lang`, with each {name} replaced by vars[name], and
 * each {name:one|many} by the word that agrees with the number vars[name].
 */
export function translate(lang: Lang, key: MessageKey, vars: Vars = {}): string {
  const template = CATALOGS[lang][key] ?? en[key];
  const value = (v: Var) => (isMessage(v) ? translate(lang, v.id, v.vars) : String(v));
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, many: string) =>
      name in vars ? (singular(lang, Number(vars[name])) ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? value(vars[name]) : whole));
}

/** The message `key` as written in the catalog of `lang`, its values not filled in (a page fills them). */
export function template(lang: Lang, key: MessageKey): string {
  return CATALOGS[lang][key] ?? en[key];
}

/** A message in `lang`. */
export function render(lang: Lang, message: Message): string {
  return translate(lang, message.id, message.vars);
}

/** A translator bound to one language: t('menu.quit'). */
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translator(lang: Lang = detectLang()): Translate {
  return (key, vars) => translate(lang, key, vars);
}
