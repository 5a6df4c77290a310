// The student's view, pinned: what a failing run of the step 1 starter prints.
import { expect, test } from 'vitest';
import { failureText, localizeResult } from '../checks/report/localize.ts';
import { show } from '../checks/harness/failure.ts';
import { msg, render as say } from '../checks/i18n/index.ts';
import { PrettyRenderer } from '../checks/report/pretty.ts';
import { findStep, kitDir } from '../checks/steps.ts';
import type { FailureData, StepResult } from '../checks/harness/types.ts';
import { checkDir, KIT_ROOT } from './helpers/kit.ts';

/** Durations, clock offsets, ports and pids change every run: replace them with stable tokens. */
function normalize(text: string): string {
  return text
    .replace(/\+\d+\.\d{3}s/g, '+T')
    .replace(/\b\d+(\.\d)? (ms|s)\b(?!\w)/g, 'D')
    .replace(/\b(2|3)\d{4}\b/g, 'PORT')
    .replace(/node:[\w/]+:\d+(:\d+)?/g, 'node:internal')
    .replace(/v\d+\.\d+\.\d+/g, 'vX');
}

function render(result: StepResult): string {
  const step = findStep(result.step)!;
  const pretty = new PrettyRenderer({ color: false, cwd: KIT_ROOT });
  return pretty.header(step, result.dir) + result.checks.map((c) => pretty.check(c)).join('') + pretty.footer(result);
}

test('step 1 starter: failures show sent, expected, received, hint and transcript', async () => {
  const result = await checkDir(1, kitDir(findStep(1)!, '.starters'));
  // Only the server side is pinned: the client's stack trace text varies with Node's version.
  result.checks = result.checks.filter((c) => ['waits', 'echo', 'close-exit'].includes(c.id));
  const text = normalize(render(result));
  // Transcript rows interleave two processes, so their order varies: pinned apart, below.
  const rows = text.split('\n').filter((l) => /^\s+\+T /.test(l));
  expect(text.split('\n').filter((l) => !/^\s+\+T /.test(l)).join('\n')).toMatchSnapshot();
  expect(rows).toEqual(expect.arrayContaining(['         +T  A             → "hello world\\n"', '         +T  server stdout ← listening on 127.0.0.1:PORT']));
});

/** One check of each kind, the failure with its transcript, as the runner gives them: English text and the same as data. */
function mixed(): StepResult {
  const crlfHint = findStep(2)!.checks.find((c) => c.id === 'crlf')!.text.hints[0];
  const internal = msg('internal.error', { detail: 'Error: boom' });
  const crlf: FailureData = {
    sent: show('with crlf\r\n'),
    expected: msg('received.line', { q: show('echo: with crlf') }),
    received: msg('received.line', { q: show('echo: with crlf\r') }),
    hint: crlfHint,
    cause: 'wrong-reply',
    blame: 'student',
  };
  const started = msg('event.started', { role: msg('program.server'), port: '23456' });
  return {
    step: 2, slug: '02-receive-loop', title: 'Receive loop', dir: `${KIT_ROOT}/solutions/02-receive-loop`,
    passed: false, points: 2, maxPoints: 4, durationMs: 1234,
    checks: [
      { id: 'echo-lines', title: 'replies "echo: L" to every line, in order', status: 'pass', durationMs: 120, points: 2, maxPoints: 2 },
      {
        id: 'merged-lines', title: 'answers each line', status: 'fail', internal: true, message: say('en', internal),
        failure: { received: internal, cause: 'internal', blame: 'checker' }, durationMs: 5, points: 0, maxPoints: 1,
      },
      {
        id: 'crlf', title: 'drops the "\\r"', status: 'fail', durationMs: 2004, points: 0, maxPoints: 1,
        message: failureText(crlf, 'en'),
        hint: say('en', crlfHint),
        failure: crlf,
        transcript: [
          { at: 3, who: 'server', dir: '·', text: say('en', started), message: started },
          { at: 210, who: 'A', dir: '→', text: '"with crlf\\r\\n"' },
          { at: 214, who: 'A', dir: '←', text: 'echo: with crlf\r' },
        ],
      },
      { id: 'burst', title: 'answers a burst', status: 'skip', message: 'skipped: needs "answers each line" to pass first', skip: { reason: 'needs', check: 'merged-lines' }, durationMs: 0, points: 0, maxPoints: 1 },
    ],
  };
}

test('a passing, a skipped and an internal-error check', () => {
  expect(render(mixed())).toMatchSnapshot();
});

test('in French: labels, failure, hint and events translated; what went over the wire kept', () => {
  const result = mixed();
  const step = findStep(result.step)!;
  const pretty = new PrettyRenderer({ color: false, cwd: KIT_ROOT, lang: 'fr', localize: (r) => localizeResult(step, r, 'fr') });
  const text = result.checks.map((c) => pretty.check(c)).join('') + pretty.footer(result);
  expect(text).toMatch(/ A +→ "with crlf\\r\\n"\n/);
  expect(text).toMatch(/ A +← echo: with crlf\r\n/);
  expect(text).toMatchSnapshot();
});

test('a transcript text of several lines goes on under the text column', () => {
  const pretty = new PrettyRenderer({ color: false, cwd: KIT_ROOT, width: 100 });
  const out = pretty.check({
    id: 'x', title: 'X', status: 'fail', durationMs: 5, points: 0, maxPoints: 1, message: 'expected: a\nreceived: b',
    transcript: [
      { at: 12, who: 'server', dir: '·', text: 'exited with code 1; its stderr says:\nError: read ECONNRESET\n    at TCP.onStreamRead' },
      { at: 20, who: 'A', dir: '←', text: '"bye"' },
    ],
  });
  const rows = out.split('\n');
  const first = rows.findIndex((r) => r.includes('exited with code 1'));
  const column = rows[first].indexOf('exited');
  expect(rows[first + 1].indexOf('Error: read ECONNRESET')).toBe(column);
  expect(rows[first + 2].indexOf('at TCP.onStreamRead')).toBe(column + 4);
  expect(rows[first + 3]).toMatch(/^\s+\+0\.020s\s+A\s+← "bye"$/);
});
