import { defineConfig } from 'vitest/config';

// Unit tests: pure core in Node; UI components opt into happy-dom per file.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
