// How long a student waits for `npm run step -- N --solution`, against the
// floor of any TypeScript command here: `node --import tsx` on an empty file.
// Runs are interleaved (floor, step 1, step 2, …, floor, …) so that a busy
// moment of the machine hits every command alike; medians are reported.
//
//   npm run bench              # 7 rounds, prints the table and writes bench/README.md
//   npm run bench -- --rounds 3 --steps 1,2
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { STEPS } from '../checks/steps.ts';

const TARGETS: Record<number, number> = { 1: 5 };
const DEFAULT_TARGET = 12;
const README = join(KIT_ROOT, 'bench', 'README.md');
const BEGIN = '<!-- feedback-time:begin -->';
const END = '<!-- feedback-time:end -->';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '7' }, steps: { type: 'string' }, 'no-write': { type: 'boolean' } } });
const rounds = Number(values.rounds);
const steps = values.steps ? STEPS.filter((s) => values.steps!.split(',').map(Number).includes(s.step)) : STEPS;

const scratch = mkdtempSync(join(tmpdir(), 'tcp-lab-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
const empty = join(scratch, 'empty.ts');
writeFileSync(empty, '');

function time(cmd: string, args: string[]): number {
  const start = performance.now();
  const r = spawnSync(cmd, args, { cwd: KIT_ROOT, stdio: 'ignore', env: { ...process.env, NO_COLOR: '1' } });
  const ms = performance.now() - start;
  if (r.status !== 0) {
    // A slow failure is no feedback time: measure only what passes.
    process.stderr.write(`error: ${cmd} ${args.join(' ')} exited with ${r.status}; fix it before timing it\n`);
    process.exit(1);
  }
  return ms;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const floor: number[] = [];
const byStep = new Map<number, number[]>(steps.map((s) => [s.step, []]));
for (let round = 0; round < rounds; round++) {
  floor.push(time(process.execPath, ['--import', 'tsx', empty]));
  for (const s of steps) byStep.get(s.step)!.push(time('npm', ['run', '--silent', 'step', '--', String(s.step), '--solution']));
  process.stderr.write(`round ${round + 1}/${rounds} done\n`);
}

const floorMs = median(floor);
const rows = steps.map((s) => {
  const ms = median(byStep.get(s.step)!);
  const ratio = ms / floorMs;
  const target = TARGETS[s.step] ?? DEFAULT_TARGET;
  return `| ${s.step} · ${s.title} | ${s.checks.length} | ${Math.round(ms)} ms | ${ratio.toFixed(1)}× | ≤ ${target}× | ${ratio <= target ? 'yes' : '**no**'} |`;
});
const table = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ${rounds} interleaved rounds, medians.`,
  `Floor: \`node --import tsx\` on an empty .ts file = **${Math.round(floorMs)} ms**.`,
  '',
  '| step | checks | `npm run step -- N --solution` | × floor | target | met |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
process.stdout.write(`${table}\n`);

if (!values['no-write']) {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < 0) {
    process.stderr.write(`error: ${README} lacks the ${BEGIN} / ${END} markers\n`);
    process.exit(1);
  }
  writeFileSync(README, `${text.slice(0, start + BEGIN.length)}\n${table}\n${text.slice(end)}`);
}
