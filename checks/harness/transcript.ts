// Everything said during one check, who said it and when: shown on failure
// so a student sees the conversation, not only its last line.
import { isMessage, msg, render, type Message, type Var } from '../i18n/index.ts';
import type { TranscriptEntry } from './results.ts';

const MAX_ENTRIES = 400;
const MAX_TEXT = 200;

export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  dropped = 0;
  private readonly start = performance.now();

  /** A row: the kit's own words (a Message: an event, a note on wire text), or wire data as it came (a string). */
  add(who: string, dir: TranscriptEntry['dir'], text: Message | string): void {
    if (this.entries.length >= MAX_ENTRIES) {
      this.dropped++;
      return;
    }
    const at = Math.round(performance.now() - this.start);
    if (isMessage(text)) {
      const message = visibleValues(text);
      this.entries.push({ at, who, dir, text: render('en', message), message });
      return;
    }
    const shown = visible(text);
    if (shown.length <= MAX_TEXT) this.entries.push({ at, who, dir, text: shown });
    else {
      const message = msg('wire.cut', { text: shown.slice(0, MAX_TEXT), n: shown.length });
      this.entries.push({ at, who, dir, text: render('en', message), message });
    }
  }

  snapshot(): TranscriptEntry[] {
    const rows = [...this.entries];
    if (this.dropped > 0) {
      const message = msg('event.moreEntries', { n: this.dropped });
      rows.push({ at: rows.at(-1)?.at ?? 0, who: 'checker', dir: '·', text: render('en', message), message });
    }
    return rows;
  }
}

/** Control characters shown as escapes: a stray "\r" must be seen, not obeyed by the terminal. */
function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (ch) => (ch === '\r' ? '\\r' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** The same message, its data (what a program sent, inside the kit's words) with control characters shown as escapes. */
function visibleValues(message: Message): Message {
  if (!message.vars) return message;
  const vars: Record<string, Var> = {};
  for (const [name, value] of Object.entries(message.vars)) {
    vars[name] = typeof value === 'string' ? visible(value) : isMessage(value) ? visibleValues(value) : value;
  }
  return { ...message, vars };
}
