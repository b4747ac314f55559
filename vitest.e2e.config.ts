import { defineConfig } from 'vitest/config';

// End-to-end: the built dist/ loaded in Debian's Chromium. One browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
