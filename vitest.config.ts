import { defineConfig } from 'vitest/config';

/**
 * Tests run the TypeScript sources: the workspace packages' `source` export condition (shared/package.json) comes
 * first, then Vite's default conditions for server code (replaced, not extended, by setting the option). Every
 * project extends this root so that each resolves the same way.
 */
const serverConditions = ['source', 'module', 'node', 'development|production'];

export default defineConfig({
  ssr: { resolve: { conditions: serverConditions } },
  test: {
    projects: [
      { extends: true, test: { name: 'shared', include: ['tests/shared/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'server',
          include: ['tests/server/**/*.test.ts', 'tests/contract/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cards',
          include: ['hubspot-project/src/app/**/*.test.tsx', 'tests/project/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
