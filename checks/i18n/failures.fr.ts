// A failure in French, as the terminal shows it: the text after sent /
// expected / received, the one-line failures (a program missing, not
// compiling) and the transcript's event rows. The checks write English
// only, their single source; this translates their wording, recognised by
// its English text as harness-hints.ts does for hints. --json, grades.json
// and junit.xml keep the English (they are read by tools and teachers).
// Quoted text (what a program said, what the checker sent) is never
// translated, nor a program's stderr.
import { CHAT_EVENTS, CHAT_PHRASES } from './failures.fr.chat.ts';
import { HARNESS_EVENTS, HARNESS_PHRASES } from './failures.fr.harness.ts';
import { STEP_EVENTS, STEP_PHRASES } from './failures.fr.steps.ts';
import { FAULT_EVENTS, FAULT_PHRASES } from './failures.fr.faults.ts';
import type { TranscriptEntry } from '../harness/types.ts';
import { PhraseTable } from './phrase-rules.ts';

/** A text in French, and the parts of it no phrase recognised (left in English). */
export interface French {
  text: string;
  untranslated: string[];
}

const FAILURES = new PhraseTable([...HARNESS_PHRASES, ...STEP_PHRASES, ...CHAT_PHRASES, ...FAULT_PHRASES]);
const EVENTS = new PhraseTable([...HARNESS_EVENTS, ...STEP_EVENTS, ...CHAT_EVENTS, ...FAULT_EVENTS]);

/** The labels of harness/failure.ts formatFailure(); the renderer translates them (report/pretty.ts). */
const FRENCH_LABELS: Record<string, string> = { 'sent:     ': 'envoyé :  ', 'expected: ': 'attendu : ', 'received: ': 'reçu :    ' };
const LABELS = Object.keys(FRENCH_LABELS);

/** A CheckResult's message in French, its labels left to the renderer. */
export function frenchFailure(message: string): French {
  const untranslated: string[] = [];
  const rows = message.split('\n');
  if (!LABELS.some((l) => rows[0].startsWith(l))) return { text: FAILURES.translate(message, untranslated), untranslated };
  // A row without a label goes on the one above: a program's stderr, quoted below "received".
  const fields: { label: string; text: string }[] = [];
  for (const row of rows) {
    const label = LABELS.find((l) => row.startsWith(l));
    if (label) fields.push({ label, text: row.slice(label.length) });
    else fields[fields.length - 1].text += `\n${row}`;
  }
  const text = fields.map((f) => f.label + FAILURES.translate(f.text, untranslated)).join('\n');
  return { text, untranslated };
}

/** A transcript event row (·) in French; rows sent or received (→ ←) are never translated. */
export function frenchEvent(text: string): French {
  const untranslated: string[] = [];
  return { text: EVENTS.translate(text, untranslated), untranslated };
}

/** A row of a failure with its label in French: "expected: …" → "attendu : …". */
export function frenchLabel(row: string): string {
  const label = LABELS.find((l) => row.startsWith(l));
  return label ? FRENCH_LABELS[label] + row.slice(label.length) : row;
}

/** Who speaks in a transcript, in French; connections (A, B…) keep their letter. */
const SPEAKERS: Record<string, string> = {
  checker: 'correcteur',
  'fake server': 'faux serveur',
  server: 'serveur',
  'restarted server': 'serveur redémarré',
  client: 'client',
};

function frenchSpeaker(who: string): string {
  const [, name, stream] = /^(.+?)( stdout| stderr| stdin)?$/.exec(who)!;
  return (SPEAKERS[name] ?? name) + (stream ?? '');
}

/**
 * A transcript row in French: the speaker, an event's wording, and the notes
 * the checker adds after wire text. The wire text itself (→ ←) is kept
 * byte for byte: a quoted send is followed by how it was sent, a line
 * received by "(no newline)" when the peer closed before its end.
 */
export function frenchTranscriptRow(e: TranscriptEntry): TranscriptEntry {
  const who = frenchSpeaker(e.who);
  if (e.dir === '·') return { ...e, who, text: frenchEvent(e.text).text };
  const text = e.text
    .replace(/(")( one byte at a time)$/, '$1 octet par octet')
    .replace(/(")( split inside a character)$/, "$1 coupé au milieu d'un caractère")
    .replace(/ \(no newline\)$/, ' (sans saut de ligne)')
    .replace(/(…"?) \((\d+) chars\)$/, '$1 ($2 caractères)');
  return { ...e, who, text };
}

