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
export type Vars = Record<string, string | number>;

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
  return template
    .replace(/\{(\w+):([^|{}]*)\|([^{}]*)\}/g, (whole, name: string, one: string, many: string) =>
      name in vars ? (singular(lang, Number(vars[name])) ? one : many) : whole,
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A translator bound to one language: t('menu.quit'). */
export type Translate = (key: MessageKey, vars?: Vars) => string;

export function translator(lang: Lang = detectLang()): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/** Text written in both languages, such as a quiz question. */
export interface Bilingual {
  en: string;
  fr: string;
}

export function pick(text: Bilingual, lang: Lang): string {
  return text[lang];
}
