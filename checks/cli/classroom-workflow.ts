// npm run classroom-workflow: writes .github/workflows/classroom.yml from the
// registered steps and their points (a test checks that it is up to date).
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { KIT_ROOT } from '../harness/compile.ts';
import { renderClassroomWorkflow, WORKFLOW_PATH } from '../grade/classroom-workflow.ts';
import { STEPS } from '../steps.ts';

const file = join(KIT_ROOT, WORKFLOW_PATH);
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, renderClassroomWorkflow(STEPS));
process.stdout.write(`wrote ${WORKFLOW_PATH} (steps ${STEPS.map((s) => s.step).join(', ')})\n`);
