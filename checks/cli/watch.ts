// npm run step -- N --watch: check the step again each time one of its
// files is saved. A save during a run cancels it: the runner's signal stops
// its checks, and their programs are killed at once. The next run starts
// when the cancelled one has cleaned up, or after CANCEL_WAIT_MS at most:
// on a loaded machine its bookkeeping (waiting for exits, looking for
// strays) may take longer, and goes on in the background while nothing of
// its programs is left running. Its output is dropped either way.
import { watch } from 'node:fs';
import { relative } from 'node:path';
import { Chalk } from 'chalk';
import { installExitHandlers, killAllNow } from '../harness/reaper.ts';
import type { Step } from '../harness/types.ts';
import { translator, type Lang } from '../i18n/index.ts';
import { recordIfOwn } from '../progress.ts';
import { wantsColor } from '../report/pretty.ts';
import { runLive } from './live-run.ts';
import { within } from '../harness/within.ts';

/** Editors save in bursts (write, rename, chmod): one run per burst. */
const DEBOUNCE_MS = 80;
/** How long a new run waits for the cancelled one to finish cleaning up. */
const CANCEL_WAIT_MS = 300;
/** Files whose change means the program changed; data files the programs write (step 8) do not. */
const SOURCE = /\.(ts|mts|cts|js|mjs|cjs|py|json)$/;

export function isSourceChange(file: string | null): boolean {
  if (!file) return false;
  const parts = file.split(/[\\/]/);
  if (parts.some((p) => p === 'node_modules' || p.startsWith('.'))) return false;
  return SOURCE.test(file) && !file.endsWith('~');
}

interface Run {
  controller: AbortController;
  done: Promise<void>;
}

export function watchStep(step: Step, dir: string, lang: Lang, out: NodeJS.WriteStream = process.stdout): void {
  const t = translator(lang);
  const c = new Chalk({ level: wantsColor(out) ? 1 : 0 });
  installExitHandlers(() => out.write(`\n${t('watch.stopped')}\n`));
  let current: Run | undefined;
  let restarting = false;
  let again: string | undefined;
  let runs = 0;

  const start = (changed?: string): Run => {
    const controller = new AbortController();
    runs++;
    // Clear the screen and its scrollback: each run reads as the only one.
    out.write(out.isTTY ? '\x1b[2J\x1b[3J\x1b[H' : `\n${'─'.repeat(60)}\n`);
    if (changed) out.write(c.dim(`${t('watch.changed', { file: changed, run: runs })}\n\n`));
    const done = runLive(step, dir, { lang, signal: controller.signal, out, watching: true }).then(
      (result) => {
        if (controller.signal.aborted) return;
        recordIfOwn(step, dir, result);
        out.write(`\n${c.dim(t('watch.watching', { dir: relative(process.env.INIT_CWD ?? process.cwd(), dir) || '.' }))}\n`);
      },
      (error) => {
        if (!controller.signal.aborted) out.write(`${c.magenta(String(error?.stack ?? error))}\n`);
      },
    );
    return { controller, done };
  };

  const cancel = async (run: Run | undefined): Promise<void> => {
    if (!run) return;
    run.controller.abort();
    killAllNow(); // before the next run starts: only the cancelled run's programs
    await within(run.done, CANCEL_WAIT_MS);
  };

  const restart = async (changed: string): Promise<void> => {
    if (restarting) {
      again = changed;
      return;
    }
    restarting = true;
    let file: string | undefined = changed;
    while (file !== undefined) {
      again = undefined;
      await cancel(current);
      current = start(file);
      file = again;
    }
    restarting = false;
  };

  let timer: NodeJS.Timeout | undefined;
  watch(dir, { recursive: true }, (_event, filename) => {
    const file = filename?.toString() ?? null;
    if (!isSourceChange(file)) return;
    clearTimeout(timer);
    timer = setTimeout(() => void restart(file!), DEBOUNCE_MS);
  });
  current = start();
}
