// The CI templates: valid YAML, the Classroom workflow in step with the
// steps' points, and every command they run works in a repository shaped
// like a student's (a copy of the kit with one step solved).
import { spawn } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { maxPoints, renderClassroomWorkflow, WORKFLOW_PATH } from '../checks/grade/classroom-workflow.ts';
import { STEPS } from '../checks/steps.ts';
import { parseXml } from './helpers/formats.ts';
import { tempDir } from './helpers/grade.ts';
import { KIT_ROOT } from './helpers/kit.ts';
import { parseYaml, type YamlValue } from './helpers/yaml-lite.ts';

type Obj = Record<string, YamlValue>;
const read = (path: string) => readFileSync(join(KIT_ROOT, path), 'utf8');
const GITLAB_PATH = 'ci-templates/gitlab-ci.yml';

function sh(command: string, cwd: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** A student's repository: the kit without solutions, step 1 solved, the kit's installed packages. */
function studentRepo(): string {
  const repo = join(tempDir('repo'), 'student-repo');
  for (const f of ['package.json', 'package-lock.json']) cpSync(join(KIT_ROOT, f), join(repo, f));
  cpSync(join(KIT_ROOT, 'checks'), join(repo, 'checks'), { recursive: true });
  cpSync(join(KIT_ROOT, 'solutions', STEPS[0].slug), join(repo, 'steps', STEPS[0].slug), { recursive: true });
  symlinkSync(join(KIT_ROOT, 'node_modules'), join(repo, 'node_modules'));
  return repo;
}

describe('GitHub Classroom workflow', () => {
  const doc = parseYaml(read(WORKFLOW_PATH)) as Obj;
  const job = (doc.jobs as Obj)['run-autograding-tests'] as Obj;
  const graders = (job.steps as Obj[]).filter((s) => s.uses === 'classroom-resources/autograding-command-grader@v1');

  test('is the workflow the steps\' data gives (run `npm run classroom-workflow` after changing points)', () => {
    expect(read(WORKFLOW_PATH)).toBe(renderClassroomWorkflow(STEPS));
  });

  test('one command-grader test per step: npm ci, npm run step -- N, the step\'s points', () => {
    expect(doc.on).toEqual(expect.arrayContaining(['push']));
    expect(graders.map((g) => (g.with as Obj).command)).toEqual(STEPS.map((s) => `npm run step -- ${s.step}`));
    for (const [i, g] of graders.entries()) {
      expect(g.with).toMatchObject({ 'setup-command': 'npm ci', 'max-score': String(maxPoints(STEPS[i])) });
    }
    const reporter = (job.steps as Obj[]).find((s) => s.uses === 'classroom-resources/autograding-grading-reporter@v1')!;
    expect((reporter.with as Obj).runners).toBe(graders.map((g) => g.id).join(','));
    expect(Object.keys(reporter.env as Obj)).toEqual(graders.map((g) => `${String(g.id).toUpperCase()}_RESULTS`));
  });
});

describe('GitLab CI example', () => {
  const doc = parseYaml(read(GITLAB_PATH)) as Obj;
  const grade = doc.grade as Obj;

  test('installs with npm ci, grades the repository and publishes junit.xml', () => {
    expect(grade.before_script).toEqual([expect.stringMatching(/^npm ci\b/)]);
    expect(grade.script).toEqual(['npm run grade -- . --out grades --unconfined']);
    expect(((grade.artifacts as Obj).reports as Obj).junit).toBe('grades/junit.xml');
    expect((grade.artifacts as Obj).when).toBe('always');
  });

  test('npm ci can install from the lockfile: it lists the same dependencies as package.json', () => {
    const pkg = JSON.parse(read('package.json'));
    const lock = JSON.parse(read('package-lock.json'));
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
    expect(lock.packages[''].dependencies ?? {}).toEqual(pkg.dependencies ?? {});
  });
});

describe('the templates\' commands, run in a student\'s repository', () => {
  let repo: string;
  beforeAll(() => {
    repo = studentRepo();
  });

  test('npm run step -- N: a verdict for every step (0 for the solved one, 1 for the others)', async () => {
    const doc = parseYaml(read(WORKFLOW_PATH)) as Obj;
    const commands = ((doc.jobs as Obj)['run-autograding-tests'] as Obj).steps as Obj[];
    const runs = commands.filter((s) => s.with && (s.with as Obj).command).map((s) => String((s.with as Obj).command));
    // The first run warms the compile cache of the fresh copy; the others then start quickly side by side.
    const first = await sh(runs[0], repo);
    const results = [first, ...(await Promise.all(runs.slice(1).map((c) => sh(c, repo))))];
    for (const r of results) expect(r.output).toMatch(/\d+ passed, \d+ failed/);
    expect(results.map((r) => r.code)).toEqual(STEPS.map((_, i) => (i === 0 ? 0 : 1)));
  }, 90_000);

  test('npm run grade -- . --out grades: exit 0 and a junit.xml for the repository', async () => {
    const script = ((parseYaml(read(GITLAB_PATH)) as Obj).grade as Obj).script as string[];
    for (const command of script) expect((await sh(command, repo)).code, command).toBe(0);
    const junit = parseXml(readFileSync(join(repo, 'grades', 'junit.xml'), 'utf8'));
    expect(junit.children.map((s) => s.attrs.name)).toEqual(STEPS.map((s) => `student-repo · step ${s.step} · ${s.title}`));
    expect(junit.children[0].attrs.failures).toBe('0');
  }, 60_000);
});
