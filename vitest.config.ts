import { defineConfig } from 'vitest/config';

/**
 * Tests run the TypeScript sources: the workspace packages' `source` export condition (shared/package.json) comes
 * first, then Vitest's own defaults for server code, which setting the option replaces (Vite's without `module`:
 * Vitest also passes these to Node as `--conditions`, and `module` would make Node load bundler-only builds, such as
 * @opentelemetry/api's extensionless ESM). Every project extends this root so that each resolves the same way.
 */
const serverConditions = ['source', 'node', 'development|production'];

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
