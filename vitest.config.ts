import { configDefaults, defineConfig } from 'vitest/config';

// Three tiers, each runnable alone (npm run test:unit | test:build | test:e2e) and run
// in this order by `npm test`:
//  - unit:  pure code and CLIs on temporary folders; no site build, no browser.
//  - build: builds the site (once per run, tests/helpers/global-setup.ts) or a copy of
//           the project, and reads what it wrote.
//  - e2e:   drives Debian's Chromium over the built site.
const tier = (name: string, include: string[], extra: Record<string, unknown> = {}) => ({
  extends: true as const,
  test: { name, include, exclude: [...configDefaults.exclude], ...extra },
});
const BUILT = { globalSetup: ['tests/helpers/global-setup.ts'], testTimeout: 60_000, hookTimeout: 180_000 };

export default defineConfig({
  test: {
    // Two cores on the CI machine: keep workers to what it has.
    maxWorkers: 2,
    projects: [
      tier('unit', ['tests/unit/**/*.test.ts']),
      tier('build', ['tests/build/**/*.test.ts'], BUILT),
      tier('e2e', ['tests/e2e/**/*.test.ts'], BUILT),
    ],
  },
});
