// Which folders are submissions, where each step's programs are found in
// them, and which steps `--steps` selects.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { UsageError } from '../checks/cli/args.ts';
import { discoverSubmissions, DiscoveryError, stepDir } from '../checks/grade/discover.ts';
import { parseStepList } from '../checks/grade/select.ts';
import { STEPS } from '../checks/steps.ts';
import { addFile, tempDir } from './helpers/grade.ts';

const [step1, step2] = STEPS;

function classFolder(): string {
  const root = tempDir('discover');
  addFile(root, `kit-copy/steps/${step1.slug}/server.ts`, '');
  addFile(root, `kit-copy/package.json`, '{}');
  addFile(root, `flat/${step1.slug}/server.py`, '');
  addFile(root, `renamed/${step2.slug.slice(0, 3)}my-loop/server.js`, '');
  addFile(root, 'nothing/README.md', 'no steps here');
  addFile(root, '.git/HEAD', '');
  addFile(root, 'node_modules/x/index.js', '');
  addFile(root, 'notes.txt', 'a file, not a submission');
  addFile(root, 'student10/01-x/server.ts', '');
  addFile(root, 'student2/01-x/server.ts', '');
  return root;
}

describe('discovering submissions', () => {
  test('every subfolder is one submission, sorted by name; hidden folders, node_modules and files are not', () => {
    const subs = discoverSubmissions(classFolder());
    expect(subs.map((s) => [s.name, s.layout])).toEqual([
      ['flat', 'flat'],
      ['kit-copy', 'kit'],
      ['nothing', 'empty'],
      ['renamed', 'flat'],
      ['student2', 'flat'],
      ['student10', 'flat'],
    ]);
  });

  test('a step is found under steps/, directly, or under a renamed folder of the same number', () => {
    const root = classFolder();
    const by = (name: string) => discoverSubmissions(root).find((s) => s.name === name)!;
    expect(stepDir(by('kit-copy'), step1)).toBe(join(root, 'kit-copy', 'steps', step1.slug));
    expect(stepDir(by('flat'), step1)).toBe(join(root, 'flat', step1.slug));
    expect(stepDir(by('renamed'), step2)).toBe(join(root, 'renamed', `${step2.slug.slice(0, 3)}my-loop`));
    // Missing: where it should have been, so the checks name the files they looked for.
    expect(stepDir(by('kit-copy'), step2)).toBe(join(root, 'kit-copy', 'steps', step2.slug));
    expect(stepDir(by('nothing'), step1)).toBe(join(root, 'nothing', step1.slug));
  });

  test('the report folder inside the class folder is not a submission', () => {
    const root = classFolder();
    mkdirSync(join(root, 'grades'));
    expect(discoverSubmissions(root, [join(root, 'grades')]).map((s) => s.name)).not.toContain('grades');
  });

  test('a linked repository counts; a folder that is one submission (CI checkout) is graded alone', () => {
    const root = classFolder();
    const linked = tempDir('linked');
    symlinkSync(join(root, 'flat'), join(linked, 'via-link'));
    expect(discoverSubmissions(linked).map((s) => s.name)).toEqual(['via-link']);
    expect(discoverSubmissions(join(root, 'kit-copy'))).toEqual([{ name: 'kit-copy', dir: join(root, 'kit-copy'), layout: 'kit' }]);
  });

  test('no such folder, or no submission in it, is an error', () => {
    const root = tempDir('discover-empty');
    expect(() => discoverSubmissions(root)).toThrow(DiscoveryError);
    expect(() => discoverSubmissions(join(root, 'nope'))).toThrow(/no such folder/);
  });
});

describe('--steps', () => {
  const numbers = (raw: string) => parseStepList(raw).map((s) => s.step);
  const all = STEPS.map((s) => s.step);

  test('numbers and ranges, in order, without repeats; a range takes the steps the kit has', () => {
    expect(numbers('1')).toEqual([1]);
    expect(numbers(`2,1,1-2`)).toEqual([1, 2]);
    expect(numbers(`1-${all.at(-1)}`)).toEqual(all);
  });

  test.each(['0', '99', 'x', '1-', '3-1', '1,,2', '50-60'])('%j is a usage error', (raw) => {
    expect(() => parseStepList(raw)).toThrow(UsageError);
  });
});
