// Proof that every sentence of a real check run has an id: collects the
// failures (sent, expected, received, hint) and the transcript's events of
// real runs, and lists every text that came as plain English instead of a
// catalog Message. A Message is said in every language by its catalogs
// (test/catalogs.test.ts proves them complete), so nothing is left English.
import type { StepResult } from '../../checks/harness/types.ts';
import { isMessage, type Text, type Var } from '../../checks/i18n/index.ts';

export class KeyedCoverage {
  /** Each text without an id, with where it was first seen. */
  private readonly missed = new Map<string, string>();
  /** Failures and events seen. */
  size = 0;

  add(result: StepResult, origin: string): void {
    for (const check of result.checks.filter((c) => c.status !== 'pass')) {
      const where = `${origin} ${check.id}`;
      this.size++;
      if (check.status === 'skip') {
        if (!check.skip) this.miss(check.message ?? '(a skip without its reason)', where);
        continue;
      }
      const f = check.failure;
      if (!f) {
        this.miss(check.message ?? '(a failure without its data)', where);
        continue;
      }
      for (const text of [f.sent, f.expected, f.received, f.hint]) if (text !== undefined) this.text(text, where);
      for (const e of check.transcript ?? []) {
        if (e.dir !== '·') continue;
        this.size++;
        if (!e.message) this.miss(e.text, `${where}, transcript`);
      }
    }
  }

  /** A part of a failure: a Message (its values may hold data), or English without an id. */
  private text(text: Text, where: string): void {
    if (!isMessage(text)) return this.miss(text, where);
    for (const v of Object.values(text.vars ?? {}) as Var[]) if (isMessage(v)) this.text(v, where);
  }

  private miss(text: string, where: string): void {
    if (!this.missed.has(text)) this.missed.set(text, where);
  }

  /** Every text without an id, once, with where it was seen: empty when every sentence is keyed. */
  unkeyed(): string[] {
    return [...this.missed].map(([text, where]) => `${JSON.stringify(text)} (${where})`);
  }
}
