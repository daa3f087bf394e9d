import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The fault tests start and break real server processes: npm run test:faults. The fuzz
    // suite runs on its own too: npm run test:fuzz.
    exclude: ['tests/faults/**', 'tests/fuzz/**', '**/node_modules/**'],
    globalSetup: ['tests/support/globalSetup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Each file gets its own database, so files run in parallel; 2 cores here.
    maxWorkers: 2,
  },
});
