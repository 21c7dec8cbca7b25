import { defineConfig } from 'vitest/config';

// Unit tests live beside the code in src/ and run on fixture curricula; tests of the curriculum shipped in
// content/ are in tests/curriculum (*.curriculum.test.ts); content and build tests in tests/content and tests/build.
// Browser tests are Playwright's (tests/e2e), not Vitest's.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'tests/content/**/*.test.ts',
      'tests/curriculum/**/*.test.ts',
      'tests/build/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/bench/**/*.test.ts',
      'tests/hygiene/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    // Test files share their worker's module cache instead of each starting a fresh one: src/lib's
    // tests ran in 119 s instead of 290 s, back to back on the loaded 2-core machine. Tests therefore
    // leave no global state behind (fake timers restored, each database their own).
    isolate: false,
    // Two test files at once, whatever the machine: Vitest's default is one fewer than the cores, which on CI's
    // two cores left one idle while server tests waited on PostgreSQL, HTTP and child processes. Not more: each
    // file's test servers hold PostgreSQL connections (DB_POOL_SIZE each), and max_connections is shared.
    maxWorkers: 2,
    testTimeout: 15_000,
    // Setup (a fresh database, hashed credentials) is not what is tested: give it room on a busy machine.
    hookTimeout: 30_000,
  },
});
