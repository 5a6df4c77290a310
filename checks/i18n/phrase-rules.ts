// Translation by whole-string templates, English on the left, French on
// the right: ['the line {q}', 'la ligne {q}']. A placeholder stands for
// what varies and says how that part is carried over: kept exactly (quoted
// wire text, nicks, ports), rewritten (numbers, a program's name, how it
// exited) or translated again with the same table ({s}, a sub-phrase such
// as the reason after "the connection was"). A placeholder may repeat with
// a digit: {q2}, {s2}.

/** [English template, French template]. */
export type Phrase = readonly [english: string, french: string];

interface Placeholder {
  /** Regex source of the part (no capturing groups). */
  match: string;
  /** Its French form; `again` translates a sub-phrase with the same table. */
  carry: (english: string, again: (sub: string) => string) => string;
}

/** One text as show() prints it (harness/failure.ts): JSON-quoted, maybe cut with its length. */
const QUOTED = String.raw`"(?:[^"\\]|\\.)*"(?: \(\d+ chars\))?`;

/** The quoted text stays as it is: only the length note of a cut text is translated. */
const keepQuoted = (text: string) => text.replace(/" \((\d+) chars\)/g, '" ($1 caractères)');

const NAMES: Record<string, string> = { 'restarted server': 'serveur redémarré', server: 'serveur', client: 'client' };

/** harness/program.ts describeExit(), as a verb phrase: "s'est terminé avec le code 1". */
function exitedHow(how: string): string {
  const signal = /^signal (\S+)$/.exec(how);
  if (signal) return `a été arrêté par le signal ${signal[1]}`;
  if (how === 'code null') return 's\'est terminé sans code de sortie';
  return `s'est terminé avec le ${exitInBrackets(how)}`;
}

/** describeExit() in brackets: "(code 13 : un await…)". */
function exitInBrackets(how: string): string {
  if (how === 'output closed') return 'sortie fermée';
  if (how === 'code null') return 'pas de code de sortie';
  return how.replace(/^code 13: a top-level await never finished$/, 'code 13 : un await de premier niveau ne s\'est jamais terminé');
}

const EXIT = 'code 13: a top-level await never finished|code -?\\d+|code null|signal \\S+';
const keep = (text: string) => text;

const PLACEHOLDERS: Record<string, Placeholder> = {
  /** One quoted text. */
  q: { match: QUOTED, carry: keepQuoted },
  /** Quoted texts separated by ", ". */
  qs: { match: `${QUOTED}(?:, ${QUOTED})*`, carry: keepQuoted },
  /** A word kept as it is: a nick, an address, an error code. */
  w: { match: '\\S+', carry: keep },
  /** Words joined by " and " (nicks). */
  and: { match: '\\S+(?: and \\S+)*', carry: (text) => text.split(' and ').join(' et ') },
  /** A connection's name in the transcript: A, B, C7… */
  c: { match: '[A-Z]\\d*', carry: keep },
  /** A whole number, in French digit groups: 1,000 → 1 000. */
  n: { match: '\\d{1,3}(?:,\\d{3})+|\\d+', carry: (text) => text.replace(/,/g, ' ') },
  /** A decimal number, with a decimal comma. */
  d: { match: '-?\\d+(?:\\.\\d+)?', carry: (text) => text.replace('.', ',') },
  /** An arithmetic expression or value: digits, operators, parentheses. */
  m: { match: '[\\d.eE+*/%()\\s-]+', carry: keep },
  /** A duration as seconds() prints it: 2 s, 300 ms. */
  time: { match: '\\d+ m?s', carry: keep },
  /** A program's name in the transcript. */
  name: { match: Object.keys(NAMES).join('|'), carry: (name) => NAMES[name] },
  /** How a program ended, after "exited with". */
  how: { match: EXIT, carry: exitedHow },
  /** How a program ended, in brackets. */
  exit: { match: `${EXIT}|output closed`, carry: exitInBrackets },
  /** A process as reaper.ts describePid() names it, "pid 12 (its command line)", in a list joined by "; ". */
  pid: {
    match: `pid \\d+(?: \\([\\s\\S]*?\\))?(?=$|; (?:${Object.keys(NAMES).join('|')}) left )`,
    carry: (text) => text.replace(/^pid /, 'le processus '),
  },
  /** Any text kept as it is (a student's output, a path, a compiler's message). */
  t: { match: '[\\s\\S]*?', carry: keep },
  /** A sub-phrase, translated again. */
  s: { match: '[\\s\\S]+?', carry: (text, again) => again(text) },
};

const SLOT = /\{([a-z]+)(\d*)\}/g;

interface Compiled {
  re: RegExp;
  /** Each placeholder as written ({q2}) and its kind, in the order of the regex's groups. */
  slots: { slot: string; kind: Placeholder }[];
  french: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compile([english, french]: Phrase): Compiled {
  const slots: Compiled['slots'] = [];
  let source = '';
  let last = 0;
  for (const m of english.matchAll(SLOT)) {
    const kind = PLACEHOLDERS[m[1]];
    if (!kind) throw new Error(`unknown placeholder ${m[0]} in "${english}"`);
    source += `${escape(english.slice(last, m.index))}(${kind.match})`;
    slots.push({ slot: m[0], kind });
    last = m.index + m[0].length;
  }
  source += escape(english.slice(last));
  for (const m of french.matchAll(SLOT)) {
    if (!slots.some((s) => s.slot === m[0])) throw new Error(`${m[0]} in "${french}" is not in "${english}"`);
  }
  return { re: new RegExp(`^${source}$`), slots, french };
}

/** A table of phrases, tried in order; the first whose every part translates wins. */
export class PhraseTable {
  private readonly compiled: Compiled[];

  constructor(phrases: readonly Phrase[]) {
    this.compiled = phrases.map(compile);
  }

  /** The French of `english`; what no phrase recognises stays English and is added to `missed`. */
  translate(english: string, missed: string[]): string {
    let fallback: { text: string; missed: string[]; left: number } | undefined;
    for (const { re, slots, french } of this.compiled) {
      const m = re.exec(english);
      if (!m) continue;
      const own: string[] = [];
      const again = (sub: string) => this.translate(sub, own);
      const parts = new Map(slots.map(({ slot, kind }, i) => [slot, kind.carry(m[i + 1], again)]));
      const text = french.replace(SLOT, (slot) => parts.get(slot)!);
      if (!own.length) return text;
      // A phrase matched but left a part in English: a later one may fit better; else the one that leaves least.
      const left = own.join('').length;
      if (!fallback || left < fallback.left) fallback = { text, missed: own, left };
    }
    if (fallback) {
      missed.push(...fallback.missed);
      return fallback.text;
    }
    missed.push(english);
    return english;
  }
}
