// Proof that a French reader gets French failures: collects every failure
// message, hint and transcript event of real check runs and lists the
// English parts no phrase of checks/i18n/failures.fr*.ts, and the hints no
// French of checks/i18n/hints.fr*.ts, recognised.
import { frenchEvent, frenchFailure } from '../../checks/i18n/failures.fr.ts';
import { frenchHint } from '../../checks/i18n/hints.ts';
import type { StepResult } from '../../checks/harness/types.ts';

export class FrenchCoverage {
  /** Each text seen, with where it was first seen. */
  private readonly texts = new Map<string, { origin: string; kind: 'message' | 'event' | 'hint' }>();

  /** The failures of `result` (skips have their own French, i18n/hints.ts). */
  add(result: StepResult, origin: string): void {
    for (const check of result.checks.filter((c) => c.status === 'fail')) {
      const where = `${origin} ${check.id}`;
      if (check.message && !this.texts.has(check.message)) this.texts.set(check.message, { origin: where, kind: 'message' });
      if (check.hint && !this.texts.has(check.hint)) this.texts.set(check.hint, { origin: where, kind: 'hint' });
      for (const e of check.transcript ?? []) {
        if (e.dir === '·' && !this.texts.has(e.text)) this.texts.set(e.text, { origin: where, kind: 'event' });
      }
    }
  }

  /** Distinct texts seen. */
  get size(): number {
    return this.texts.size;
  }

  /** Every part left in English, once, with where it was seen: empty when all is French. */
  untranslated(): string[] {
    const missed = new Map<string, string>();
    for (const [text, { origin, kind }] of this.texts) {
      if (kind === 'hint') {
        if (!frenchHint(text) && !missed.has(text)) missed.set(text, `${origin}, a hint`);
        continue;
      }
      const french = kind === 'message' ? frenchFailure(text) : frenchEvent(text);
      for (const part of french.untranslated) if (!missed.has(part)) missed.set(part, origin);
    }
    return [...missed].map(([part, origin]) => `${JSON.stringify(part)} (${origin})`);
  }
}
