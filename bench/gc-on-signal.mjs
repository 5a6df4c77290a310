// Preloaded into the Node server by bench/step7-chat.ts, which also passes
// --expose-gc: on SIGUSR2, a full garbage collection, then "gc done" on
// stdout. Memory per idle connection is then measured without the garbage
// that the benchmark's own traffic (a thousand join notices) left behind.
process.on('SIGUSR2', () => {
  // "last-resort": the collection V8 makes before giving up on memory; it
  // also shrinks the young generation that a burst of traffic grew.
  globalThis.gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  const m = process.memoryUsage();
  const mib = (n) => (n / 1048576).toFixed(1);
  process.stdout.write(`gc done: rss ${mib(m.rss)} MiB, heap used ${mib(m.heapUsed)} of ${mib(m.heapTotal)} MiB, external ${mib(m.external)} MiB\n`);
});
