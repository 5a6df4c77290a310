// Ctrl-C while the menu runs checks: cancel them and come back to the menu.
// The terminal is put in raw mode meanwhile, so that Ctrl-C is a key we read
// rather than a SIGINT sent to the whole foreground group: npm and its shell
// would die of it and leave the menu orphaned.
import { killAllNow } from '../harness/reaper.ts';

/** While a cancelled run winds down, programs it still starts are killed this often. */
const KILL_EVERY_MS = 25;
const CTRL_C = 0x03;

export async function cancellable<T>(task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const cancel = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    killAllNow();
  };
  const onKey = (data: Buffer) => data.includes(CTRL_C) && cancel();
  const stdin = process.stdin;
  if (stdin.isTTY) {
    stdin.setRawMode(true);
    stdin.on('data', onKey);
    stdin.resume();
  }
  process.on('SIGINT', cancel);
  const killer = setInterval(() => controller.signal.aborted && killAllNow(), KILL_EVERY_MS);
  try {
    return await task(controller.signal);
  } finally {
    clearInterval(killer);
    process.off('SIGINT', cancel);
    if (stdin.isTTY) {
      stdin.off('data', onKey);
      stdin.setRawMode(false);
      stdin.pause();
    }
  }
}
