import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPackageImports } from './find-package-imports.ts';

/**
 * Production runs the compiled service with plain `node` after `npm prune --omit=dev` (README, Deploying). So the
 * real build (`npm run build`: tsc over tsconfig.build.json, the service and the shared package it imports) must
 * compile offline, its output must start and answer, and everything it imports must survive the prune: a package
 * in the `dependencies` of the package whose code imports it.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = promisify(execFile);

/**
 * `npm test` builds just before Vitest, so here tsc finds the build up to date in about a second; run alone, a cold
 * build takes 10–20 s. Both limits leave room for a machine shared with the other tests.
 */
const BUILD_TIMEOUT_MS = 60_000;
const START_TIMEOUT_MS = 15_000;

async function readDependencies(packageDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(repoRoot, packageDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  return Object.keys(manifest.dependencies ?? {});
}

/** Resolves with the port from the service's `liftoff is listening` log line (it listens on an ephemeral port). */
async function waitForListening(service: ChildProcess): Promise<number> {
  if (service.stdout === null) throw new Error('the service has no stdout');
  for await (const line of createInterface({ input: service.stdout })) {
    const entry = JSON.parse(line) as { msg?: string; url?: string };
    if (entry.msg === 'liftoff is listening' && entry.url !== undefined) return Number(new URL(entry.url).port);
  }
  throw new Error('the service exited before listening');
}

describe('the production build', () => {
  let workDir: string;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'liftoff-build-'));
    await run(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: repoRoot });
  }, BUILD_TIMEOUT_MS);

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it(
    'starts with plain node, answers GET /healthz with 200, and stops cleanly on SIGTERM',
    async () => {
      // A minimal environment (no inherited variables) and a working directory without a .env file.
      const service = spawn(process.execPath, [path.join(repoRoot, 'server/dist/main.js')], {
        cwd: workDir,
        stdio: ['ignore', 'pipe', 'inherit'],
        env: {
          PORT: '0',
          PUBLIC_BASE_URL: 'https://liftoff.example.com',
          HUBSPOT_ACCESS_TOKEN: 'pat-never-used',
          HUBSPOT_CLIENT_SECRET: 'secret',
          HUBSPOT_PORTAL_ID: '1001',
          DATABASE_PATH: path.join(workDir, 'liftoff.db'),
          LOG_LEVEL: 'info',
        },
      });
      const exited = once(service, 'exit');
      try {
        const port = await waitForListening(service);

        const response = await fetch(`http://127.0.0.1:${port}/healthz`);

        expect(response.status).toBe(200);
      } finally {
        service.kill('SIGTERM');
      }
      expect(await exited).toEqual([0, null]);
    },
    START_TIMEOUT_MS,
  );

  it('imports, at run time, only packages that the importing package lists in its dependencies', async () => {
    const builds = [
      { packageDir: 'server', distDir: 'server/dist' },
      { packageDir: 'shared', distDir: 'shared/dist' },
    ];

    const checked = await Promise.all(
      builds.map(async ({ packageDir, distDir }) => {
        const dependencies = await readDependencies(packageDir);
        const imports = await findPackageImports(path.join(repoRoot, distDir));
        const undeclared = imports
          .filter(({ packageName }) => !dependencies.includes(packageName))
          .map(({ file, packageName }) => `${distDir}/${file} imports ${packageName}`);
        return { imported: new Set(imports.map(({ packageName }) => packageName)), undeclared };
      }),
    );

    expect(checked.flatMap(({ undeclared }) => undeclared)).toEqual([]);
    expect(checked[0]?.imported).toContain('@liftoff/shared');
  });
});
