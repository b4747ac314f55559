import { defineConfig } from 'vitest/config';

// End-to-end: the built dist/ loaded in Debian's Chromium. One browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 150_000, // launch() may retry a stalled start (up to 3 × 40 s) before the extension is ready
    fileParallelism: false,
    pool: 'forks',
  },
});
