// The check slots: a base number of checks always runs; past it, checks are
// let in only while the CPU has room, never past the ceiling, in order.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { checkSlots } from '../checks/harness/check-slots.ts';

/** Tasks that run until released, recording the order they started in. */
function gatedTasks(slots: ReturnType<typeof checkSlots>, n: number) {
  const started: number[] = [];
  const release: (() => void)[] = [];
  const done = Array.from({ length: n }, (_, i) =>
    slots(
      () =>
        new Promise<void>((resolve) => {
          started.push(i);
          release[i] = resolve;
        }),
    ),
  );
  return { started, release, done };
}

/** Lets queued promise callbacks run (admission happens in them). */
const settle = () => vi.advanceTimersByTimeAsync(0);

describe('check slots', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('a busy CPU: only the base runs; each end lets the next one in, in order', async () => {
    const slots = checkSlots({ base: 2, max: 10, tickMs: 100, sampleBusy: () => 0.95 });
    const { started, release } = gatedTasks(slots, 5);
    await settle();
    expect(started).toEqual([0, 1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toEqual([0, 1]);
    release[0]();
    await settle();
    expect(started).toEqual([0, 1, 2]);
  });

  test('an idle CPU: more are let in at each tick, up to the ceiling and no further', async () => {
    const slots = checkSlots({ base: 2, max: 6, tickMs: 100, startCpuMs: 1000, sampleBusy: () => 0 });
    const { started } = gatedTasks(slots, 10);
    await settle();
    expect(started).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toHaveLength(3); // at least one a tick, however long a start takes
    await vi.advanceTimersByTimeAsync(2000);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('the idle share decides how many come in at once', async () => {
    // 2 idle cores over 100 ms under a 0.85 threshold: 170 ms of CPU, 50 ms a start → 3 a tick.
    const slots = checkSlots({ base: 1, max: 50, cores: 2, tickMs: 100, startCpuMs: 50, busyBelow: 0.85, sampleBusy: () => 0 });
    const { started } = gatedTasks(slots, 20);
    await settle();
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(100);
    expect(started).toHaveLength(7);
  });

  test('waiting tasks go by rank, then in the order asked: a step started finishes first', async () => {
    const slots = checkSlots({ base: 1, max: 1, sampleBusy: () => 0 });
    const order: string[] = [];
    let release!: () => void;
    const first = slots(() => new Promise<void>((r) => (release = r)), 0);
    const later = [
      slots(async () => void order.push('step 2, check a'), 2),
      slots(async () => void order.push('step 1, late dependent'), 1),
      slots(async () => void order.push('step 2, check b'), 2),
      slots(async () => void order.push('step 1, another'), 1),
    ];
    await settle();
    release();
    await Promise.all([first, ...later]);
    expect(order).toEqual(['step 1, late dependent', 'step 1, another', 'step 2, check a', 'step 2, check b']);
  });

  test('a fixed number (base = max) never lets more in, whatever the CPU', async () => {
    const slots = checkSlots({ base: 3, max: 3, sampleBusy: () => 0 });
    const { started, release, done } = gatedTasks(slots, 4);
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toEqual([0, 1, 2]);
    release[1]();
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    release[0]();
    release[2]();
    release[3]();
    await Promise.all(done);
  });
});
