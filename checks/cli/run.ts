// npm run server -- N [--solution]    npm run client -- N [--solution] [words…]
// Starts a step's program by hand on its default address (HOST, PORT, or
// 127.0.0.1:4000), with the terminal attached.
import { installExitHandlers } from '../harness/reaper.ts';
import type { Role } from '../harness/program.ts';
import { detectLang, msg, render } from '../i18n/index.ts';
import { runByHand } from '../manual/by-hand.ts';
import { kitDir } from '../steps.ts';
import { parse, parseStep, usageExit, UsageError } from './args.ts';

async function main(): Promise<void> {
  const lang = detectLang();
  const role = process.argv[2] as Role;
  const usage = msg('run.usage', { role });
  let options;
  try {
    const { values, positionals } = parse(process.argv.slice(3), { solution: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } });
    if (values.help) {
      process.stdout.write(`${render(lang, usage)}\n`);
      process.exit(0);
    }
    const step = parseStep(positionals[0]);
    const words = positionals.slice(1);
    if (role === 'server' && words.length) throw new UsageError(msg('cli.run.noWords', { words: words.join(' ') }));
    options = { step, role, dir: kitDir(step, values.solution ? 'solutions' : 'steps'), args: words, lang };
  } catch (error) {
    usageExit(error, usage);
  }
  installExitHandlers();
  process.exitCode = await runByHand(options);
}

await main();
