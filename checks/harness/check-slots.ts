// How many checks run at once. A check mostly waits: for a reply, a close,
// or, when the program is wrong, for its 2 s deadline. A fixed number of
// slots would leave the cores idle while failing checks wait; too many at
// once would starve correct programs past their deadlines. So a base number
// of checks always runs, and past it more are admitted at each tick, as many
// as the CPU left idle over the last tick could start, up to a ceiling.
import { availableParallelism, cpus } from 'node:os';

export interface SlotOptions {
  /** Checks that may always run at once. */
  base: number;
  /** Never more than this many at once. */
  max: number;
  /** How often the CPU is sampled while checks are queued. */
  tickMs?: number;
  /** Checks are admitted past `base` only while the CPU was less busy than this fraction over the last tick. */
  busyBelow?: number;
  /** CPU time a check takes to start its programs, in ms of one core: sets how many fit in the idle time. */
  startCpuMs?: number;
  /** Cores the idle share is counted on (default: this machine's). */
  cores?: number;
  /** The machine's busy fraction since the previous call (tests replace it). */
  sampleBusy?: () => number | undefined;
}

/** Runs `task` in a slot; among waiting tasks, a lower `rank` goes first, then the order asked. */
export type Slots = <T>(task: () => Promise<T>, rank?: number) => Promise<T>;

/**
 * Confined grading runs each submission's checks in a process of its own:
 * each then takes its share (TCP_LAB_SLOT_SHARE: how many run at once) of
 * what one process would have, as if they still shared one set of slots.
 */
export function defaultSlotOptions(): SlotOptions {
  const cores = availableParallelism();
  const share = Math.max(1, Number(process.env.TCP_LAB_SLOT_SHARE) || 1);
  return { base: Math.max(2, Math.ceil((cores * 2) / share)), max: Math.max(8, Math.ceil((cores * 16) / share)) };
}

/** Runs tasks by rank and in the order asked, at most `base` at once, more while the CPU is idle. */
export function checkSlots(o: SlotOptions): Slots {
  const tickMs = o.tickMs ?? 100;
  const busyBelow = o.busyBelow ?? 0.85;
  const startCpuMs = o.startCpuMs ?? 50;
  const cores = o.cores ?? availableParallelism();
  const sampleBusy = o.sampleBusy ?? cpuSampler();
  const queue: { rank: number; go: () => void }[] = [];
  let active = 0;
  let ticker: NodeJS.Timeout | undefined;

  const admit = () => {
    active++;
    queue.shift()!.go();
  };
  const tick = () => {
    const busy = sampleBusy();
    if (busy === undefined || busy >= busyBelow) return;
    const room = Math.max(1, Math.floor(((busyBelow - busy) * cores * tickMs) / startCpuMs));
    for (let i = 0; i < room && queue.length && active < o.max; i++) admit();
    if (!queue.length) stopTicking();
  };
  const startTicking = () => {
    if (ticker) return;
    sampleBusy(); // the first interval starts now
    ticker = setInterval(tick, tickMs);
    ticker.unref(); // queued work keeps the process alive, not the sampler
  };
  const stopTicking = () => {
    clearInterval(ticker);
    ticker = undefined;
  };

  return async (task, rank = 0) => {
    if (active < o.base) active++;
    else {
      await new Promise<void>((go) => {
        const at = queue.findIndex((w) => w.rank > rank);
        queue.splice(at < 0 ? queue.length : at, 0, { rank, go });
        startTicking();
      });
    }
    try {
      return await task();
    } finally {
      active--;
      if (queue.length && active < o.base) admit();
      if (!queue.length) stopTicking();
    }
  };
}

/** Busy fraction of all cores between calls, from the kernel's counters (undefined on the first call). */
function cpuSampler(): () => number | undefined {
  let last: { idle: number; total: number } | undefined;
  return () => {
    let idle = 0;
    let total = 0;
    for (const { times } of cpus()) {
      idle += times.idle;
      total += times.user + times.nice + times.sys + times.idle + times.irq;
    }
    const before = last;
    last = { idle, total };
    if (!before || total <= before.total) return undefined;
    return 1 - (idle - before.idle) / (total - before.total);
  };
}
