import { defineConfig } from 'vitest/config';

// npm run test:fuzz: property-based fuzzing of every route (tests/fuzz), seeded and bounded.
// FUZZ_SEED (default: a new seed per run, printed) and FUZZ_RUNS (default 4 cases per route and
// value class) replay or widen a run; see tests/fuzz/support/config.ts.
const seed = process.env.FUZZ_SEED || String(Date.now() % 2 ** 31);
console.log(`fuzz seed ${seed}: replay this run with FUZZ_SEED=${seed} npm run test:fuzz`);

export default defineConfig({
  test: {
    include: ['tests/fuzz/**/*.test.ts'],
    globalSetup: ['tests/support/globalSetup.ts'],
    env: { FUZZ_SEED: seed },
    // A route's properties run in one test; the time limits per property bound it.
    testTimeout: 300_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
