// Confined grading, attacked. A class of step-1 servers that pass their own
// checks and also attack (test/fixtures/attacks/), graded with the default
// settings next to honest classmates: every attack is blocked, honest
// verdicts are right, nothing is left running, no secret reaches a report.
// A control run with --unconfined shows that the harmless attacks are real.
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, accessSync, constants } from 'node:fs';
import { join, relative } from 'node:path';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addFixture, addKitCopy, runGrade, tempDir, type GradeRun } from './helpers/grade.ts';
import { FIXTURES, KIT_ROOT } from './helpers/kit.ts';

const ATTACKS = join(FIXTURES, 'attacks');
const ATTACKERS = ['steal-files', 'tamper', 'outlive', 'sabotage', 'secrets', 'attack-grader', 'hog'];
/** Attacks that harm nobody when they succeed: also run unconfined, to show they work. */
const HARMLESS = ['steal-files', 'tamper', 'secrets', 'outlive'];
const runId = randomUUID().slice(0, 8);
const secret = `ghp_tcplab${runId}secret`;

interface GradesJson {
  complete: boolean;
  confined: boolean;
  submissions: { name: string; points: number; maxPoints: number; steps: { step: number; points: number; maxPoints: number; notes?: string[]; checks: { id: string; status: string; message?: string }[] }[] }[];
}

interface Class {
  dir: string;
  out: string;
  home: string;
  canaries: string[];
}

/** A service of the host on its loopback, which no graded program should reach: it answers with a secret line. */
let hostService: Server;
let hostPort = 0;
beforeAll(async () => {
  hostService = createServer((socket) => socket.end(`host-service-${runId}\n`));
  await new Promise<void>((r) => hostService.listen(0, '127.0.0.1', r));
  hostPort = (hostService.address() as AddressInfo).port;
});
afterAll(() => hostService.close());

function buildClass(names: string[]): Class {
  const dir = tempDir('attack-class');
  const out = join(tempDir('attack-out'), 'out');
  const home = tempDir('attack-home');
  mkdirSync(out);
  writeFileSync(join(out, 'canary.txt'), 'canary\n');
  writeFileSync(join(home, '.bashrc'), '# the grader\'s own\n');
  addKitCopy(dir, 'honest-ts', 'solutions');
  addFixture(dir, join(FIXTURES, 'python-student'), 'honest-py');
  const canaries = [join(dir, 'honest-py', '01-blocking-accept', 'canary.txt'), join(out, 'canary.txt')];
  writeFileSync(canaries[0], 'canary\n');
  const kitCanary = join(KIT_ROOT, 'node_modules', '.cache', `attack-canary-${runId}`);
  if (writable(join(KIT_ROOT, 'node_modules'))) {
    mkdirSync(join(KIT_ROOT, 'node_modules', '.cache'), { recursive: true });
    writeFileSync(kitCanary, 'canary\n');
    canaries.push(kitCanary);
  }
  for (const name of names) {
    const step = join(dir, name, '01-blocking-accept');
    mkdirSync(step, { recursive: true });
    if (name === 'borrow-solution') copyFileSync(join(ATTACKS, 'borrow-solution.mjs'), join(step, 'server.mjs'));
    else {
      copyFileSync(join(ATTACKS, 'serve.mjs'), join(step, 'server.mjs'));
      copyFileSync(join(ATTACKS, `${name}.mjs`), join(step, 'attack.mjs'));
    }
    const targets = { kit: KIT_ROOT, classDir: dir, outDir: out, home, canaries, runId, secret, submission: join(dir, name), hostService: hostPort };
    writeFileSync(join(step, 'targets.json'), JSON.stringify(targets));
  }
  // A step folder that is a link to a classmate's, and a program file that is one.
  mkdirSync(join(dir, 'link-folder'));
  symlinkSync(join(dir, 'honest-py', '01-blocking-accept'), join(dir, 'link-folder', '01-blocking-accept'));
  mkdirSync(join(dir, 'link-file', '01-blocking-accept'), { recursive: true });
  symlinkSync(join(dir, 'honest-py', '01-blocking-accept', 'server.py'), join(dir, 'link-file', '01-blocking-accept', 'server.py'));
  return { dir, out, home, canaries };
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every file under `dir` (links not followed) with a hash of its content. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files[relative(dir, path)] = createHash('sha1').update(readFileSync(path)).digest('hex');
      else files[relative(dir, path)] = 'link';
    }
  };
  walk(dir);
  return files;
}

/** Live processes whose command line carries this run's token (what the outlive attack started). */
function survivors(): string[] {
  const found: string[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ');
      const state = readFileSync(`/proc/${pid}/stat`, 'latin1').split(') ')[1]?.[0];
      if (cmd.includes(`tcp-lab-outlive-${runId}`) && state !== 'Z') found.push(`${pid} ${cmd}`);
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function killSurvivors(): void {
  for (const line of survivors()) {
    try {
      process.kill(Number(line.split(' ')[0]), 'SIGKILL');
    } catch {
      // gone
    }
  }
}

const reportFiles = (out: string) => ['grades.csv', 'grades.json', 'junit.xml', 'index.html'].map((f) => join(out, f));

describe('confined grading of an attacking class', () => {
  let cls: Class;
  let before: Record<string, string>;
  let run: GradeRun;
  let grades: GradesJson;
  let leftAfterExit: string[];
  const sub = (name: string) => grades.submissions.find((s) => s.name === name)!;
  const check = (name: string, id: string) => sub(name).steps[0].checks.find((c) => c.id === id)!;

  beforeAll(async () => {
    cls = buildClass([...ATTACKERS, 'borrow-solution']);
    before = fingerprint(cls.dir);
    run = await runGrade([cls.dir, '--out', cls.out, '--steps', '1', '--budget', '30', '--jobs', '4'], { env: { GITHUB_TOKEN: secret, HOME: cls.home } });
    leftAfterExit = survivors();
    grades = JSON.parse(readFileSync(join(cls.out, 'grades.json'), 'utf8'));
  }, 180_000);

  afterAll(() => {
    killSurvivors();
    rmSync(join(KIT_ROOT, 'node_modules', '.cache', `attack-canary-${runId}`), { force: true });
  });

  test('grading finishes, confined, with every submission graded', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(grades.complete).toBe(true);
    expect(grades.confined).toBe(true);
    expect(grades.submissions).toHaveLength(ATTACKERS.length + 5);
  });

  test('honest classmates get full marks, whatever the others do', () => {
    for (const name of ['honest-ts', 'honest-py']) {
      const s = sub(name).steps[0];
      expect(s.points, JSON.stringify(s.checks.filter((c) => c.status !== 'pass'), null, 1)).toBe(s.maxPoints);
    }
  });

  test.each(ATTACKERS.filter((a) => !['hog', 'outlive', 'sabotage'].includes(a)))('%s: blocked, and it still answers its own check', (name) => {
    const echo = check(name, 'echo');
    expect(echo.status, echo.message).toBe('pass');
  });

  test('sabotage: reaches no classmate; what it squats are its own network\'s ports', () => {
    const checks = sub('sabotage').steps[0].checks;
    for (const c of checks) expect(c.message ?? '').not.toContain('ATTACK SUCCEEDED');
    // Its servers answered: the attack ran and found nothing to hurt. A check may lose its port to the squat of
    // a server of its own started at the same moment (its checks run side by side): any server check that passed proves it.
    const served = checks.filter((c) => ['waits', 'echo', 'close-exit', 'split-line', 'crlf'].includes(c.id) && c.status === 'pass');
    expect(served.length, JSON.stringify(checks.map((c) => [c.id, c.status, c.message]), null, 1)).toBeGreaterThan(0);
  });

  test('hog: processes, disk and /tmp stop at their limits; no attack reports success', () => {
    for (const c of sub('hog').steps[0].checks) expect(c.message ?? '').not.toContain('ATTACK SUCCEEDED');
    expect(check('hog', 'echo').status, check('hog', 'echo').message).toBe('pass');
  });

  test('outlive: its helpers are named as left running (as unconfined), and none survives the sandbox', () => {
    const echo = check('outlive', 'echo');
    expect(echo.status).toBe('fail');
    expect(echo.message).toMatch(/still running after it was stopped: .*tcp-lab-outlive-/);
    expect(leftAfterExit).toEqual([]);
  });

  test('a program that starts the kit\'s solution instead of its own finds nothing to start', () => {
    expect(check('borrow-solution', 'echo').status).toBe('fail');
    expect(check('borrow-solution', 'waits').status).toBe('fail');
  });

  test('links out of a submission are not followed, and the report says so', () => {
    const folder = sub('link-folder').steps[0];
    expect(folder.points).toBe(0);
    expect(folder.notes?.join('\n')).toMatch(/link that leaves the submission/);
    const file = sub('link-file').steps[0];
    expect(file.points).toBe(0);
    expect(file.notes?.join('\n')).toMatch(/server\.py is a link that leaves the submission/);
    expect(run.stdout).toMatch(/link-file, step 1: server\.py is a link that leaves the submission/);
  });

  test('no file outside the programs\' own copies changed: submissions, canaries, kit cache, home', () => {
    expect(fingerprint(cls.dir)).toEqual(before);
    for (const canary of cls.canaries) expect(readFileSync(canary, 'utf8')).toBe('canary\n');
    expect(existsSync(join(KIT_ROOT, 'node_modules', '.cache', 'tcp-lab-kit', 'attack-poison'))).toBe(false);
    expect(readFileSync(join(cls.home, '.bashrc'), 'utf8')).toBe('# the grader\'s own\n');
  });

  test('nothing a program started is alive once grading has exited', () => {
    expect(leftAfterExit).toEqual([]);
  });

  test('no secret of the grader reaches a report, and nothing reached its terminal', () => {
    for (const file of reportFiles(cls.out)) expect(readFileSync(file, 'utf8')).not.toContain(secret);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.stdout + run.stderr).not.toContain(`INJECTED-${runId}`);
  });

  test('the reports say what the printed table says', () => {
    const csv = readFileSync(join(cls.out, 'grades.csv'), 'utf8').trim().split(/\r?\n/).slice(1);
    for (const line of csv) {
      const [name, , total] = line.split(',');
      expect(Number(total)).toBe(sub(name).points);
      expect(run.stdout).toMatch(new RegExp(`^${name}\\s+\\d+/\\d+\\s+${total}/`, 'm'));
    }
    const mtime = statSync(join(cls.out, 'grades.csv')).mtimeMs;
    expect(survivors()).toEqual([]); // no process is left that could rewrite them later
    expect(statSync(join(cls.out, 'grades.csv')).mtimeMs).toBe(mtime);
  });
});

describe('the same harmless attacks, graded with --unconfined', () => {
  let grades: GradesJson;
  let cls: Class;
  let run: GradeRun;
  let left: string[];

  beforeAll(async () => {
    cls = buildClass([...HARMLESS, 'borrow-solution']);
    run = await runGrade([cls.dir, '--out', cls.out, '--steps', '1', '--budget', '30', '--unconfined'], { env: { GITHUB_TOKEN: secret, HOME: cls.home } });
    left = survivors();
    killSurvivors();
    grades = JSON.parse(readFileSync(join(cls.out, 'grades.json'), 'utf8'));
  }, 180_000);

  afterAll(() => {
    killSurvivors();
    rmSync(join(KIT_ROOT, 'node_modules', '.cache', 'tcp-lab-kit', 'attack-poison'), { recursive: true, force: true });
    rmSync(join(KIT_ROOT, 'node_modules', '.cache', `attack-canary-${runId}`), { force: true });
  });

  test('every report is marked unconfined', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(grades.confined).toBe(false);
    expect(readFileSync(join(cls.out, 'grades.csv'), 'utf8').split('\r\n')[0]).toMatch(/,grading$/);
    expect(readFileSync(join(cls.out, 'junit.xml'), 'utf8')).toContain('UNCONFINED');
    expect(readFileSync(join(cls.out, 'index.html'), 'utf8')).toContain('class="unconfined"');
    expect(run.stdout).toMatch(/UNCONFINED/);
  });

  test('without the sandbox, the attacks succeed: they are real', () => {
    const messages = (name: string) => grades.submissions.find((s) => s.name === name)!.steps[0].checks.map((c) => c.message ?? '').join('\n');
    expect(messages('steal-files')).toMatch(/ATTACK SUCCEEDED: read the host's service/);
    expect(messages('tamper')).toMatch(/ATTACK SUCCEEDED: overwrote/);
    expect(messages('secrets')).toContain(secret);
    expect(left.length).toBeGreaterThan(0);
    const borrowed = grades.submissions.find((s) => s.name === 'borrow-solution')!.steps[0].checks.find((c) => c.id === 'echo')!;
    expect(borrowed.status).toBe('pass');
    expect(readFileSync(join(cls.dir, 'honest-py', '01-blocking-accept', 'canary.txt'), 'utf8')).toBe('tampered\n');
  });
});

/** Seconds since boot, as /proc counts process start times. */
function uptime(): number {
  return Number(readFileSync('/proc/uptime', 'latin1').split(' ')[0]);
}

/**
 * Live processes of this grader's run, by the markers in their environment
 * (`TCP_LAB_RUN=<grader pid>.<uuid>`). Given `startedBy` (seconds since
 * boot), only those started by then: once the grader is dead its pid may be
 * reused by another run.
 */
function programsOf(grader: number, startedBy = Infinity): number[] {
  const found: number[] = [];
  for (const p of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, 'latin1').split(') ')[1].split(' ');
      const started = Number(fields[19]) / 100; // starttime, in clock ticks (100 a second on Linux)
      const marked = readFileSync(`/proc/${p}/environ`, 'latin1').split('\0').some((v) => v.startsWith(`TCP_LAB_RUN=${grader}.`));
      if (fields[0] !== 'Z' && marked && started <= startedBy) found.push(Number(p));
    } catch {
      // gone meanwhile
    }
  }
  return found;
}

function describeProcess(pid: number): string {
  try {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'latin1').replaceAll('\0', ' ').slice(0, 120);
    const status = readFileSync(`/proc/${pid}/status`, 'latin1');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(status)?.[1];
    return `${pid} ppid ${field('PPid')} nspid ${field('NSpid')} state ${field('State')}: ${cmd}`;
  } catch {
    return `${pid} (gone)`;
  }
}

test('a grader killed with SIGKILL takes every sandbox with it', async () => {
  const classDir = tempDir('killed-grader');
  addKitCopy(classDir, 'reference', 'solutions');
  let seen = 0;
  let killedAt = 0;
  const run = await runGrade([classDir, '--out', join(tempDir('killed-grader-out'), 'out'), '--steps', '3,7'], {
    onStart: (pid) => {
      // Once its programs run (bounded wait: a busy machine starts them late), kill the grader where no handler can run.
      const deadline = Date.now() + 60_000;
      const poll = setInterval(() => {
        seen = programsOf(pid).length;
        if (seen > 0 || Date.now() > deadline) {
          clearInterval(poll);
          process.kill(pid, 'SIGKILL');
          killedAt = uptime();
        }
      }, 20);
    },
  });
  expect(run.signal).toBe('SIGKILL');
  expect(seen).toBeGreaterThan(0);
  // The kernel ends the sandboxes as their parents die: wait for it, bounded. A program
  // started over a second after the kill belongs to another run that got the same pid.
  const ours = () => programsOf(run.pid, killedAt + 1);
  const deadline = Date.now() + 5000;
  while (ours().length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(ours().map(describeProcess)).toEqual([]);
}, 90_000);
