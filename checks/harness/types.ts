// A step is data: a list of checks, each a title, hints and a `run` that
// drives the programs through the author's interface (check-api.ts).
// Running it gives the result shapes of results.ts, which every renderer reads.
import type { CheckApi } from './check-api.ts';
import { render, type Text } from '../i18n/index.ts';

export type { CheckResult, FailureData, SkipReason, Status, StepResult, TranscriptEntry } from './results.ts';

export interface Check {
  /** Stable id, used by `needs`, JSON output and grading. */
  id: string;
  /** What the check proves, as a student reads it: "replies echo: L to a line L" (English; `text` has it as data). */
  title: string;
  /** Which program it drives; used to skip a whole side when its file is missing. */
  role: 'server' | 'client';
  /** Ids of checks that must pass first; otherwise this one is skipped. */
  needs?: string[];
  /** Grading weight (partial credit). Defaults to 1. */
  points?: number;
  /** Progressive hints about the concept: the first is shown on failure (English; `text` has them as data). */
  hints: string[];
  /** The title and hints as the catalogs have them, to say them in the reader's language. */
  text: { title: Text; hints: Text[] };
  /**
   * Loads the machine (hundreds of MB of traffic): runs once every other
   * check of the step has finished, one heavy check at a time, so that its
   * load never makes a timed check of the same run fail.
   */
  heavy?: boolean;
  /** Deadline for the whole check, in ms (default 15 s: readiness alone may take 10 s). */
  timeoutMs?: number;
  run: (t: CheckApi) => Promise<void>;
}

export interface Step {
  step: number;
  slug: string;
  title: string;
  /** The concept in one line, shown above the results. */
  concept: string;
  /** The title and concept as the catalogs have them. */
  text: { title: Text; concept: Text };
  /**
   * The server serves clients for ever and only talks over sockets, so a
   * check that starts it with no options may, when grading, take over one
   * an earlier passing check left running (see harness/server-pool.ts).
   */
  reuseServer?: boolean;
  checks: Check[];
}

/** A check as its file writes it: title and hints are catalog Messages (or, until keyed, English). */
export type CheckDefinition = Omit<Check, 'title' | 'hints' | 'text'> & { title: Text; hints: Text[] };
export type StepDefinition = Omit<Step, 'title' | 'concept' | 'text' | 'checks'> & { title: Text; concept: Text; checks: CheckDefinition[] };

export function defineCheck(check: CheckDefinition): Check {
  return { ...check, title: render('en', check.title), hints: check.hints.map((h) => render('en', h)), text: { title: check.title, hints: check.hints } };
}

export function defineStep(definition: StepDefinition): Step {
  const ids = new Set<string>();
  for (const check of definition.checks) {
    if (ids.has(check.id)) throw new Error(`step ${definition.step}: duplicate check id ${check.id}`);
    for (const need of check.needs ?? []) {
      if (!ids.has(need)) throw new Error(`step ${definition.step}: ${check.id} needs ${need}, which must come before it`);
    }
    ids.add(check.id);
  }
  return {
    ...definition,
    title: render('en', definition.title),
    concept: render('en', definition.concept),
    text: { title: definition.title, concept: definition.concept },
    checks: definition.checks.map(defineCheck),
  };
}
