// npm run reset -- N [--yes]: puts step N's starter back as it was shipped.
// The student's files are copied to backups/NN-slug/STAMP/ first, and the
// step's recorded result is forgotten (the menu no longer shows it passed).
import { join, relative } from 'node:path';
import { KIT_ROOT } from '../harness/compile.ts';
import { detectLang, msg, translator } from '../i18n/index.ts';
import { confirm } from '../menu/prompts.ts';
import { pristineFiles, PRISTINE_DIR, resetStarter } from '../menu/starter.ts';
import { studentDir } from '../menu/student-dir.ts';
import { parse, parseStep, UsageError, usageExit } from './args.ts';

const USAGE = msg('cli.reset.usage');
const lang = detectLang();
const t = translator(lang);

let step;
let yes = false;
try {
  const { values, positionals } = parse(process.argv.slice(2), { yes: { type: 'boolean', short: 'y' } });
  if (positionals.length > 1) throw new UsageError(msg('cli.reset.oneStep', { steps: positionals.join(' ') }));
  step = parseStep(positionals[0]);
  yes = Boolean(values.yes);
  if (!yes && !process.stdin.isTTY) throw new UsageError(msg('cli.reset.noTerminal'));
} catch (error) {
  usageExit(error, USAGE);
}

const pristine = pristineFiles(step);
if (!pristine) {
  console.error(t('reset.noPristine', { slug: step.slug, copy: relative(KIT_ROOT, join(PRISTINE_DIR, step.slug)) }));
  process.exit(1);
}
const dir = studentDir(step);
if (!yes && !(await confirm(t('reset.confirm', { dir: relative(KIT_ROOT, dir) })))) {
  console.log(t('reset.cancelled'));
  process.exit(0);
}
const backup = resetStarter(step, pristine, dir);
console.log(t('reset.done', { backup: relative(process.env.INIT_CWD ?? process.cwd(), backup) }));
