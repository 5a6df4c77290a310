// Real threads racing on shared memory, then fixed with Atomics: the direct
// counterpart of the source lab's threads and locks.
// Run: node steps/08-locks/threads-demo.mjs   (plain Node, nothing to install)
import { Worker, isMainThread, workerData } from 'node:worker_threads';

const THREADS = 4;
const ADDS = 1_000_000;

if (isMainThread) {
  for (const mode of ['racy', 'atomic', 'locked']) {
    // One Int32 counter (and one Int32 lock word) visible to every thread.
    const shared = new Int32Array(new SharedArrayBuffer(8));
    const started = performance.now();
    await Promise.all(
      Array.from({ length: THREADS }, () => {
        const w = new Worker(new URL(import.meta.url), { workerData: { shared, mode } });
        return new Promise((resolve, reject) => w.on('exit', resolve).on('error', reject));
      }),
    );
    const want = THREADS * ADDS;
    const ms = Math.round(performance.now() - started);
    console.log(`${mode.padEnd(6)}: ${shared[0]} of ${want}${shared[0] === want ? '' : `  (${want - shared[0]} updates lost)`}  ${ms} ms`);
  }
} else {
  const { shared, mode } = workerData;
  for (let i = 0; i < ADDS; i++) {
    if (mode === 'racy') {
      shared[0] = shared[0] + 1; // read … another thread writes here … write: lost updates
    } else if (mode === 'atomic') {
      Atomics.add(shared, 0, 1); // one indivisible read-modify-write
    } else {
      // A spin lock on shared[1]: 0 free, 1 taken. compareExchange takes it
      // only if it was free, atomically; wait() sleeps while it is taken.
      while (Atomics.compareExchange(shared, 1, 0, 1) !== 0) Atomics.wait(shared, 1, 1);
      shared[0] = shared[0] + 1; // the critical section: one thread at a time
      Atomics.store(shared, 1, 0);
      Atomics.notify(shared, 1, 1);
    }
  }
}
