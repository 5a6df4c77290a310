// Preloaded into the Node server by bench/step7-chat.ts, which also passes
// --expose-gc: on SIGUSR2, a full garbage collection, then "gc done" on
// stdout. Memory per idle connection is then measured without the garbage
// that the benchmark's own traffic (a thousand join notices) left behind.
process.on('SIGUSR2', () => {
  globalThis.gc();
  process.stdout.write('gc done\n');
});
