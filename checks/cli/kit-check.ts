// npm run kit-check
// The maintainer's one command before a commit or a release: the type check,
// the starters' pristine copies (.starters/) against steps/, the message
// catalogs (every id in English and French), then the whole test suite (which
// compares the recorded outputs), in that order. It stops at the first step that fails and exits
// with that step's exit code.
import { spawnSync } from 'node:child_process';
import { KIT_ROOT } from '../harness/compile.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const STEPS: { what: string; command: string; args: string[] }[] = [
  { what: 'type check', command: npm, args: ['run', 'typecheck'] },
  { what: 'starters match .starters/', command: process.execPath, args: ['--import', 'tsx', 'checks/cli/snapshot-starters.ts', '--check'] },
  // Seconds, not minutes: a message without its French is named before the long suite starts.
  { what: 'catalogs complete', command: npm, args: ['exec', '--', 'vitest', 'run', 'test/catalogs.test.ts'] },
  { what: 'test suite', command: npm, args: ['test'] },
];

for (const [i, step] of STEPS.entries()) {
  process.stdout.write(`\nkit-check ${i + 1}/${STEPS.length}: ${step.what} (${[step.command === npm ? 'npm' : 'node', ...step.args].join(' ')})\n`);
  const run = spawnSync(step.command, step.args, { cwd: KIT_ROOT, stdio: 'inherit', shell: process.platform === 'win32' && step.command === npm });
  const code = run.status ?? 1;
  if (run.error || code !== 0) {
    process.stderr.write(`\nkit-check: ${step.what} failed (${run.error ? run.error.message : `exit ${code}`}); the steps after it did not run\n`);
    process.exit(code || 1);
  }
}
process.stdout.write('\nkit-check: type check, starters, catalogs and tests all pass\n');
