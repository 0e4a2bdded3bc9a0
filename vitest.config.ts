import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      'vitest.components.config.ts',
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The edition is built once for the suite; stage tests feed crafted input to one stage.
          globalSetup: ['tests/helpers/edition-setup.ts'],
          // A test that rebuilds the edition from edited content takes seconds, many more on a busy machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/helpers/site-server.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // One Chromium at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
