import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    // Tests drive real programs over real sockets: generous, bounded deadlines.
    testTimeout: 60_000,
    hookTimeout: 30_000,
    // Two cores: a few files at once, each starting many programs.
    maxWorkers: 2,
    fileParallelism: true,
  },
});
