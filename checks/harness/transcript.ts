// Everything said during one check, who said it and when: shown on failure
// so a student sees the conversation, not only its last line.
import type { TranscriptEntry } from './types.ts';

const MAX_ENTRIES = 400;
const MAX_TEXT = 200;

export class Transcript {
  readonly entries: TranscriptEntry[] = [];
  dropped = 0;
  private readonly start = performance.now();

  add(who: string, dir: TranscriptEntry['dir'], text: string): void {
    if (this.entries.length >= MAX_ENTRIES) {
      this.dropped++;
      return;
    }
    text = visible(text);
    const shown = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}… (${text.length} chars)` : text;
    this.entries.push({ at: Math.round(performance.now() - this.start), who, dir, text: shown });
  }

  snapshot(): TranscriptEntry[] {
    const rows = [...this.entries];
    if (this.dropped > 0) {
      rows.push({ at: rows.at(-1)?.at ?? 0, who: 'checker', dir: '·', text: `${this.dropped} more entries not kept` });
    }
    return rows;
  }
}

/** Control characters shown as escapes: a stray "\r" must be seen, not obeyed by the terminal. */
function visible(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (ch) => (ch === '\r' ? '\\r' : `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`));
}
