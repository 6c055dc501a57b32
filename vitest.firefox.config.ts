import { defineConfig } from 'vitest/config';
import './test/node20-polyfills.ts';

// End-to-end tests in real Firefox ESR: one file at a time (2 cores, shared demo ports), long
// timeouts. The Chromium e2e config leaves these files out.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*firefox*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    globalSetup: ['test/e2e/firefox/global-setup.ts'],
  },
});
