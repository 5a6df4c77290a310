// How long `npm run grade` takes for a class of 30, on every registered step:
// a realistic mix of complete, partial, broken and pathological submissions,
// graded confined (the default) and --unconfined. Targets on a 2-core
// machine: the whole class in ≤ 180 s, confinement ≤ 15 % more, the same
// verdicts, nothing left over.
//
//   node --import tsx bench/grade-class.ts            # writes bench/RESULTS-grading.md
//   node --import tsx bench/grade-class.ts --no-write
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIT_ROOT } from '../checks/harness/compile.ts';
import { canListen } from '../checks/harness/ports.ts';
import { STEPS } from '../checks/steps.ts';

const TARGET_S = 180;
/** Confined grading may take this much more wall time than unconfined, in %. */
const OVERHEAD_TARGET = 15;
const FIXED_PORTS = [18411, 18412];
const RESULTS = join(KIT_ROOT, 'bench', 'RESULTS-grading.md');
const PATHOLOGICAL = join(KIT_ROOT, 'test', 'fixtures', 'pathological');
const { values } = parseArgs({ options: { 'no-write': { type: 'boolean' }, jobs: { type: 'string' } } });

type Kind = 'complete' | 'partial' | 'broken' | 'pathological';
const kinds = new Map<string, Kind>();
const root = mkdtempSync(join(tmpdir(), 'tcp-lab-bench-class-'));
const classDir = join(root, 'class');

/** Step folders directly in the submission: `solved` from solutions/, the rest from the starters. */
function submission(name: string, kind: Kind, solved: number, override?: string): void {
  kinds.set(name, kind);
  for (const step of STEPS) {
    const source = step.step <= solved ? 'solutions' : 'steps';
    const from = join(KIT_ROOT, source, step.slug);
    if (existsSync(from)) cpSync(from, join(classDir, name, step.slug), { recursive: true });
  }
  if (override) {
    rmSync(join(classDir, name, STEPS[0].slug), { recursive: true, force: true });
    cpSync(override, join(classDir, name), { recursive: true });
    rmSync(join(classDir, name, 'expect.json'), { force: true });
  }
}

const last = STEPS.at(-1)!.step;
for (let i = 1; i <= 10; i++) submission(`complete-${i}`, 'complete', last);
for (let i = 1; i <= 9; i++) submission(`partial-${i}`, 'partial', 1 + (i % (last - 1)));
for (let i = 1; i <= 4; i++) submission(`starter-${i}`, 'broken', 0);
cpSync(join(KIT_ROOT, 'test', 'fixtures', 'python-student'), join(classDir, 'python-1'), { recursive: true });
kinds.set('python-1', 'partial');
const pathological = ['never-listens', 'busy-loop', 'floods-stdout', 'ignores-sigterm', 'detached-grandchild', 'memory-hog-node'];
// A pathological step 1 in an otherwise complete submission: the damage must stay in step 1.
for (const p of pathological) submission(`patho-${p}`, 'pathological', last, join(PATHOLOGICAL, p));
const count = readdirSync(classDir).length;

/** CPU seconds of the reaped children (grading and every program it ran), from /proc (Linux). */
function childrenCpuSeconds(): number | undefined {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks
  } catch {
    return undefined;
  }
}

const load = loadavg()[0];

interface Sub {
  name: string;
  points: number;
  maxPoints: number;
  steps: { step: number; points: number; maxPoints: number; durationMs: number; checks: { id: string; status: string }[] }[];
}

interface Run {
  seconds: number;
  cpu?: number;
  code: number | null;
  leftovers: number;
  busyPorts: number;
  grades: Sub[];
}

/** One `npm run grade` of the class; `extra` adds flags (--unconfined). */
async function grade(label: string, extra: string[]): Promise<Run> {
  const out = join(root, `grades-${label}`);
  const cpuBefore = childrenCpuSeconds();
  const started = performance.now();
  const args = [classDir, '--out', out, ...(values.jobs ? ['--jobs', values.jobs] : []), ...extra];
  process.stderr.write(`grading ${count} submissions × steps ${STEPS.map((s) => s.step).join(',')}, ${label} (load ${loadavg()[0].toFixed(1)})…\n`);
  const { code, pid } = await new Promise<{ code: number | null; pid: number }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(KIT_ROOT, 'checks', 'cli', 'grade.ts'), ...args], { cwd: KIT_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('close', (c) => resolve({ code: c, pid: child.pid! }));
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = childrenCpuSeconds();
  const leftovers = readdirSync('/proc').filter((p) => {
    try {
      return /^\d+$/.test(p) && readFileSync(`/proc/${p}/environ`, 'latin1').includes(`TCP_LAB_RUN=${pid}.`);
    } catch {
      return false;
    }
  }).length;
  const busyPorts = (await Promise.all(FIXED_PORTS.map((port) => canListen(port)))).filter((free) => !free).length;
  const grades: Sub[] = JSON.parse(readFileSync(join(out, 'grades.json'), 'utf8')).submissions;
  const cpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  return { seconds, cpu, code, leftovers, busyPorts, grades };
}

const confined = await grade('confined', []);
const unconfined = await grade('unconfined', ['--unconfined']);

/**
 * Checks whose verdict differs between the two runs, for programs that give
 * one verdict: the step-8 starter is left out, its chat log has the race
 * step 8 teaches (steps/08-locks/store.ts), and its verdicts vary from run
 * to run in either mode.
 */
const racy = (name: string, step: number) => step === 8 && (kinds.get(name) === 'broken' || kinds.get(name) === 'partial');
const differences = confined.grades.flatMap((sub) => {
  const other = unconfined.grades.find((g) => g.name === sub.name);
  return sub.steps.filter((step) => !racy(sub.name, step.step)).flatMap((step) => {
    const same = other?.steps.find((s) => s.step === step.step);
    return step.checks
      .filter((c) => same?.checks.find((o) => o.id === c.id)?.status !== c.status)
      .map((c) => `${sub.name} step ${step.step} ${c.id}: ${c.status} confined, ${same?.checks.find((o) => o.id === c.id)?.status ?? 'missing'} unconfined`);
  });
});
const overhead = (100 * (confined.seconds - unconfined.seconds)) / unconfined.seconds;

const rows = (['complete', 'partial', 'broken', 'pathological'] as Kind[]).map((kind) => {
  const subs = confined.grades.filter((g) => kinds.get(g.name) === kind);
  const pct = subs.map((s) => (100 * s.points) / s.maxPoints);
  const slowest = Math.max(...subs.flatMap((s) => s.steps.map((st) => st.durationMs))) / 1000;
  return `| ${kind} | ${subs.length} | ${Math.min(...pct).toFixed(0)}–${Math.max(...pct).toFixed(0)} % | ${slowest.toFixed(1)} s |`;
});
const clean = (r: Run) => r.code === 0 && r.leftovers === 0 && r.busyPorts === 0;
const ok = clean(confined) && clean(unconfined) && confined.seconds <= TARGET_S && overhead <= OVERHEAD_TARGET && differences.length === 0;
const cpuText = (r: Run) => (r.cpu === undefined ? 'n/a' : `${r.cpu.toFixed(0)} s (${Math.round((100 * r.cpu) / (r.seconds * availableParallelism()))} % of ${availableParallelism()} cores)`);
const table = [
  `| measured | confined (default) | --unconfined | target |`,
  `|---|---|---|---|`,
  `| whole class (${count} submissions × ${STEPS.length} steps) | **${confined.seconds.toFixed(0)} s** | ${unconfined.seconds.toFixed(0)} s | ≤ ${TARGET_S} s |`,
  `| cost of confinement | **${overhead >= 0 ? '+' : ''}${overhead.toFixed(0)} %** | | ≤ ${OVERHEAD_TARGET} % |`,
  `| CPU time used (grading and every program it ran) | ${cpuText(confined)} | ${cpuText(unconfined)} | |`,
  `| checks with a different verdict (all but the racy step-8 starter) | ${differences.length} | | 0 |`,
  `| exit code | ${confined.code} | ${unconfined.code} | 0 |`,
  `| processes left (marker) | ${confined.leftovers} | ${unconfined.leftovers} | 0 |`,
  `| fixed ports still bound | ${confined.busyPorts} | ${unconfined.busyPorts} | 0 |`,
].join('\n');
const mix = [`| kind | submissions | score range | slowest step (confined) |`, `|---|---|---|---|`, ...rows].join('\n');
const report = `# Grading throughput

\`node --import tsx bench/grade-class.ts\` builds a class of ${count} submissions and
grades it twice with \`npm run grade\` (default jobs = cores, 60 s budget per
step): confined (the default: each submission in its sandbox) and with
\`--unconfined\`. The class: 10 complete (the reference solutions), 10
partial (solutions up to some step, starters after; one in Python), 4
untouched starters, and 6 whose step 1 is pathological
(${pathological.join(', ')}) with the rest complete.

Measured on ${new Date().toISOString().slice(0, 10)}: ${availableParallelism()} cores, Node ${process.version},
load average ${load.toFixed(1)} when it started; steps registered: ${STEPS.map((s) => s.step).join(', ')}.
${ok ? 'Within target.' : '**Not within target** (see below).'}

${table}
${differences.length ? `\nVerdicts that differ:\n\n${differences.map((d) => `- ${d}`).join('\n')}\n` : ''}
${mix}
`;
process.stdout.write(`${report}\n`);
if (!values['no-write']) writeFileSync(RESULTS, report);
rmSync(root, { recursive: true, force: true });
process.exitCode = ok ? 0 : 1;
