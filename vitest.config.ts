import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Two cores on the CI machine: keep workers to what it has.
    maxWorkers: 2,
  },
});
