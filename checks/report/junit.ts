// junit.xml: one <testsuite> per submission and step, one <testcase> per
// check, in the dialect the JUnit readers of common CI servers (GitLab,
// Jenkins, GitHub actions that publish test reports) agree on. A failure
// carries the check's message, hint and the end of its transcript.
import type { SubmissionGrade } from '../grade/run.ts';
import type { CheckResult, StepResult, TranscriptEntry } from '../harness/types.ts';

const TRANSCRIPT_ROWS = 24;

/**
 * Text as XML 1.0 allows it: markup characters escaped, and the characters
 * XML cannot hold at all (control bytes a program printed, lone surrogates)
 * written as visible \xNN / \uNNNN escapes instead of breaking the file.
 */
export function xmlEscape(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&apos;';
    else if (code < 0x20 && ch !== '\t' && ch !== '\n' && ch !== '\r') out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if ((code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) out += `\\u${code.toString(16)}`;
    else out += ch;
  }
  return out;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v)).replace(/\n/g, '&#10;').replace(/\r/g, '&#13;').replace(/\t/g, '&#9;')}"`)
    .join('');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

function transcriptText(entries: TranscriptEntry[]): string[] {
  const shown = entries.slice(-TRANSCRIPT_ROWS);
  const rows = ['transcript (→ sent by the checker, ← received from the program):'];
  if (entries.length > shown.length) rows.push(`  … ${entries.length - shown.length} earlier entries`);
  for (const e of shown) rows.push(`  +${(e.at / 1000).toFixed(3)}s  ${e.who} ${e.dir} ${e.text}`);
  return rows;
}

function testcase(classname: string, c: CheckResult): string {
  const head = `    <testcase${attrs({ classname, name: c.title, time: seconds(c.durationMs) })}`;
  if (c.status === 'pass') return `${head}/>\n`;
  if (c.status === 'skip') return `${head}>\n      <skipped${attrs({ message: c.message ?? 'skipped' })}/>\n    </testcase>\n`;
  const message = c.message ?? 'failed';
  const body = [message, ...(c.hint ? [`hint: ${c.hint}`] : []), ...(c.transcript?.length ? transcriptText(c.transcript) : [])].join('\n');
  const tag = c.internal ? 'error' : 'failure';
  const type = c.internal ? 'checker-error' : 'check-failed';
  return `${head}>\n      <${tag}${attrs({ message: message.split('\n')[0], type })}>${xmlEscape(body)}</${tag}>\n    </testcase>\n`;
}

function testsuite(grade: SubmissionGrade, step: StepResult, confined: boolean): string {
  const count = (s: string) => step.checks.filter((c) => c.status === s).length;
  const failures = step.checks.filter((c) => c.status === 'fail' && !c.internal).length;
  const errors = step.checks.filter((c) => c.internal).length;
  const classname = `${grade.name}.${step.slug}`;
  const head = `  <testsuite${attrs({
    name: `${grade.name} · step ${step.step} · ${step.title}`,
    tests: step.checks.length,
    failures,
    errors,
    skipped: count('skip'),
    time: seconds(step.durationMs),
  })}>\n`;
  const properties = `    <properties>\n${[
    ['submission', grade.name],
    ['step', step.step],
    ['points', step.points],
    ['maxPoints', step.maxPoints],
    ['confinement', confined ? 'confined' : 'UNCONFINED: student programs ran with the grader\'s rights'],
  ]
    .map(([name, value]) => `      <property${attrs({ name, value })}/>\n`)
    .join('')}    </properties>\n`;
  return `${head}${properties}${step.checks.map((c) => testcase(classname, c)).join('')}  </testsuite>\n`;
}

/** `confined` false marks every suite: the programs ran with the grader's rights. */
export function renderJunit(grades: SubmissionGrade[], confined = true): string {
  const steps = grades.flatMap((g) => g.steps);
  const checks = steps.flatMap((s) => s.checks);
  const totals = attrs({
    name: 'tcp-lab-kit grades',
    tests: checks.length,
    failures: checks.filter((c) => c.status === 'fail' && !c.internal).length,
    errors: checks.filter((c) => c.internal).length,
    skipped: checks.filter((c) => c.status === 'skip').length,
    time: seconds(steps.reduce((sum, s) => sum + s.durationMs, 0)),
  });
  const suites = grades.flatMap((g) => g.steps.map((s) => testsuite(g, s, confined))).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${totals}>\n${suites}</testsuites>\n`;
}
