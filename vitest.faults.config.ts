import { defineConfig } from 'vitest/config';

// npm run test:faults: real server processes, a database per file, faults injected from outside.
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
