import { configDefaults, defineConfig } from 'vitest/config';
import './test/node20-polyfills.ts';

// End-to-end tests drive real Chromium: one file at a time (2 cores, shared demo ports), long timeouts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    // Firefox files have their own config (vitest.firefox.config.ts) and harness.
    exclude: [...configDefaults.exclude, 'test/e2e/**/*firefox*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
