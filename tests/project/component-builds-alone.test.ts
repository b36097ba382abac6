/**
 * Each UI component builds as HubSpot's remote build does it: in a copy of src/app outside the repo (no workspace,
 * no hoisted node_modules above it), only the entrypoint folder's own package.json is installed, then each of the
 * folder's entrypoints is bundled with the dev server's `remoteBuild` (the function HubSpot's build mirrors).
 * A component that imports another folder's React code, or a dependency it does not declare, fails here.
 * Needs the npm registry (or a warm npm cache): `npm install --prefer-offline`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { remoteBuild } from '@hubspot/ui-extensions-dev-server';
import { afterAll, describe, expect, it } from 'vitest';
import { projectDir } from './copy-hubspot-project.ts';

const run = promisify(execFile);
const appDir = path.join(projectDir, 'src/app');
const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** Component folder (relative to src/app) → the entrypoints its hsmeta files name (relative to that folder). */
async function listEntrypointsByFolder(): Promise<Map<string, string[]>> {
  const byFolder = new Map<string, string[]>();
  for (const folder of (await readdir(appDir, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    for (const name of (await readdir(path.join(appDir, folder.name))).filter((file) =>
      file.endsWith('-hsmeta.json'),
    )) {
      const meta = JSON.parse(await readFile(path.join(appDir, folder.name, name), 'utf8')) as {
        config?: { entrypoint?: string };
      };
      const entrypoint = meta.config?.entrypoint;
      if (entrypoint === undefined) continue;
      const relative = path.relative(`/app/${folder.name}`, entrypoint);
      byFolder.set(folder.name, [...(byFolder.get(folder.name) ?? []), relative].sort());
    }
  }
  return byFolder;
}

/** A fresh copy of src/app in the system temp folder, without node_modules or build output. */
async function copyAppOutsideRepo(): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'liftoff-alone-'));
  temporaryDirs.push(root);
  const target = path.join(root, 'app');
  await cp(appDir, target, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)([/\\]|$)/.test(path.relative(appDir, source)),
  });
  return target;
}

async function installFolder(folderDir: string): Promise<void> {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: folderDir,
    env: { ...process.env, npm_config_workspaces: 'false' },
  });
}

async function bundle(folderDir: string, entrypoint: string, outputDir: string): Promise<string[]> {
  await remoteBuild({ root: folderDir, entryPoint: path.join(folderDir, entrypoint), outputDir, logLevel: 'silent' });
  return (await readdir(outputDir)).sort();
}

const builtFileNames = (entrypoint: string) => {
  const name = path.basename(entrypoint, path.extname(entrypoint));
  return [`${name}-manifest.json`, `${name}.js`];
};

describe('each UI component builds alone, as HubSpot builds it', () => {
  it('lists the component folders that have entrypoints', async () => {
    expect(Object.fromEntries(await listEntrypointsByFolder())).toEqual({
      cards: ['HandoffCard.tsx', 'OnboardingCard.tsx', 'OnboardingSummary.tsx'],
      pages: ['Pages.tsx'],
      settings: ['SettingsPage.tsx'],
    });
  });

  it('installs only the folder’s own package.json and bundles each entrypoint with remoteBuild', async () => {
    for (const [folder, entrypoints] of await listEntrypointsByFolder()) {
      const app = await copyAppOutsideRepo();
      const folderDir = path.join(app, folder);
      await installFolder(folderDir);
      for (const entrypoint of entrypoints) {
        const outputDir = path.join(path.dirname(app), `dist-${folder}-${path.basename(entrypoint, '.tsx')}`);
        expect(await bundle(folderDir, entrypoint, outputDir), `${folder}/${entrypoint}`).toEqual(
          builtFileNames(entrypoint),
        );
      }
      if (folder !== 'settings') continue;
      // The check has teeth: the same install fails as soon as settings reaches into the cards' React code.
      const page = path.join(folderDir, 'SettingsPage.tsx');
      await writeFile(
        page,
        `import { OnboardingHeader } from '../cards/components/OnboardingHeader.tsx';\nvoid OnboardingHeader;\n${await readFile(page, 'utf8')}`,
      );
      await expect(bundle(folderDir, 'SettingsPage.tsx', path.join(path.dirname(app), 'dist-broken'))).rejects.toThrow(
        /@hubspot\/ui-extensions|react/,
      );
    }
  }, 240_000);
});
