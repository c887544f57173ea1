import { configDefaults, defineConfig } from 'vitest/config';

const SITE_TESTS = ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'];

export default defineConfig({
  test: {
    // Two cores on the CI machine: keep workers to what it has.
    maxWorkers: 2,
    projects: [
      {
        // Pure unit tests (ingest and the rest): no site build.
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SITE_TESTS],
        },
      },
      {
        // Tests that read the built site or drive a browser over it. The global setup
        // builds the site once per run (only when one of these files is selected).
        extends: true,
        test: {
          name: 'site',
          include: SITE_TESTS,
          globalSetup: ['tests/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
