// The GitHub Classroom autograding workflow, written from the steps' own
// data: one command-grader test per step, worth that step's points. The
// command grader scores a test all or nothing on the exit code of
// `npm run step -- N` (0 when every check passes), so partial credit within
// a step needs `npm run grade` (grades.csv) instead.
import type { Step } from '../harness/types.ts';

export const WORKFLOW_PATH = '.github/workflows/classroom.yml';
/** Minutes per step; a step normally takes seconds, a hung submission is stopped by its checks' deadlines. */
const TIMEOUT_MINUTES = 3;

export function maxPoints(step: Step): number {
  return step.checks.reduce((sum, c) => sum + (c.points ?? 1), 0);
}

/** A single-quoted YAML scalar: safe for any title (colons, quotes, #). */
function yamlQuote(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

export function renderClassroomWorkflow(steps: Step[]): string {
  const id = (s: Step) => `step-${s.step}`;
  const tests = steps.flatMap((s) => [
    `    - name: ${yamlQuote(`step ${s.step} (${s.title})`)}`,
    `      id: ${id(s)}`,
    `      uses: classroom-resources/autograding-command-grader@v1`,
    `      with:`,
    `        test-name: step ${s.step}`,
    `        setup-command: npm ci`,
    `        command: npm run step -- ${s.step}`,
    `        timeout: ${TIMEOUT_MINUTES}`,
    `        max-score: ${maxPoints(s)}`,
  ]);
  const results = steps.map((s) => `        ${id(s).toUpperCase()}_RESULTS: "\${{steps.${id(s)}.outputs.result}}"`);
  return [
    '# GitHub Classroom autograding: one test per step of the lab, worth the',
    "# step's points when every check of the step passes. Written by",
    '# `npm run classroom-workflow` from the steps\' data: regenerate it after',
    '# changing a step\'s checks or points, do not edit by hand.',
    'name: Autograding Tests',
    "'on':",
    '- push',
    '- workflow_dispatch',
    '- repository_dispatch',
    'permissions:',
    '  checks: write',
    '  actions: read',
    '  contents: read',
    'jobs:',
    '  run-autograding-tests:',
    '    runs-on: ubuntu-latest',
    '    # Not on the kit\'s own template repository, only on students\' copies.',
    "    if: github.actor != 'github-classroom[bot]' && !github.event.repository.is_template",
    '    steps:',
    '    - name: Checkout code',
    '      uses: actions/checkout@v4',
    '    - name: Set up Node.js',
    '      uses: actions/setup-node@v4',
    '      with:',
    "        node-version: '20'",
    ...tests,
    '    - name: Autograding Reporter',
    '      uses: classroom-resources/autograding-grading-reporter@v1',
    '      env:',
    ...results,
    '      with:',
    `        runners: ${steps.map(id).join(',')}`,
    '',
  ].join('\n');
}
