import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', include: ['tests/shared/**/*.test.ts'] } },
      {
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'cards',
          include: ['hubspot-project/src/app/**/*.test.tsx', 'tests/project/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
