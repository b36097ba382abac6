import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleExtension } from './bundle-extension.ts';
import { checkHubspotProject } from './check-hubspot-project.ts';
import { copyHubspotProject, projectDir } from './copy-hubspot-project.ts';
import { findContractImports } from './find-contract-imports.ts';

const temporaryDirs: string[] = [];
afterAll(async () => {
  await Promise.all(temporaryDirs.map((dir) => rm(path.dirname(dir), { recursive: true, force: true })));
});

async function brokenCopy(breakIt: (dir: string) => Promise<void>): Promise<string> {
  const dir = await copyHubspotProject();
  temporaryDirs.push(dir);
  await breakIt(dir);
  return dir;
}

async function editJson(file: string, edit: (json: Record<string, unknown>) => void): Promise<void> {
  const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  await writeFile(file, JSON.stringify(json));
}

describe('the HubSpot project', () => {
  it('passes the offline structure check: every hsmeta parsed, none skipped, uids valid, entrypoints exist', async () => {
    const { problems, components } = await checkHubspotProject(projectDir);
    expect(problems).toEqual([]);
    expect(components.map(({ uid, type }) => `${type} ${uid}`).sort()).toEqual([
      'APPLICATION liftoff_app',
      'CARD liftoff_handoff_card',
      'CARD liftoff_onboarding_card',
      'CARD liftoff_onboarding_summary',
      'PAGE liftoff_pages',
      'SETTINGS liftoff_settings',
      'WEBHOOKS liftoff_webhooks',
      'WORKFLOW_ACTION liftoff_acknowledge_signal_action',
      'WORKFLOW_ACTION liftoff_close_onboarding_action',
      'WORKFLOW_ACTION liftoff_reevaluate_onboarding_action',
      'WORKFLOW_ACTION liftoff_start_onboarding_action',
    ]);
  });

  it('keeps the card contract dependency-free: its files import only each other', async () => {
    expect(await findContractImports(path.join(projectDir, 'src/app/packages/contract'))).toEqual([]);
  });

  it('bundles every card, the settings page and the app pages with uie build-dev', async () => {
    const { components } = await checkHubspotProject(projectDir);
    const outRoot = await mkdtemp(path.join(os.tmpdir(), 'liftoff-uie-'));
    temporaryDirs.push(path.join(outRoot, 'x'));
    const entrypoints = components.flatMap((component) =>
      component.entrypoint === null ? [] : [component.entrypoint],
    );
    expect(entrypoints).toHaveLength(5);
    for (const entrypoint of entrypoints) {
      const name = path.basename(entrypoint, '.tsx');
      const outDir = path.join(outRoot, name);
      expect(await bundleExtension(path.join(projectDir, 'src', entrypoint), outDir)).toEqual([
        `${name}-manifest.json`,
        `${name}.js`,
      ]);
    }
  });
});

describe('the project check fails', () => {
  it('when a card entrypoint is renamed', async () => {
    const dir = await brokenCopy((copy) =>
      rename(
        path.join(copy, 'src/app/cards/OnboardingCard.tsx'),
        path.join(copy, 'src/app/cards/CompanyOnboardingCard.tsx'),
      ),
    );
    expect((await checkHubspotProject(dir)).problems).toEqual([
      'app/cards/onboarding-card-hsmeta.json: entrypoint /app/cards/OnboardingCard.tsx not found',
    ]);
  });

  it('when an hsmeta file is misplaced in a subfolder, where HubSpot silently skips it', async () => {
    const dir = await brokenCopy(async (copy) => {
      await mkdir(path.join(copy, 'src/app/cards/sidebar'));
      await rename(
        path.join(copy, 'src/app/cards/onboarding-summary-hsmeta.json'),
        path.join(copy, 'src/app/cards/sidebar/onboarding-summary-hsmeta.json'),
      );
    });
    expect((await checkHubspotProject(dir)).problems).toEqual([
      expect.stringMatching(/sidebar\/onboarding-summary-hsmeta\.json: skipped/),
    ]);
  });

  it('when an hsmeta file is not valid JSON', async () => {
    const dir = await brokenCopy((copy) => writeFile(path.join(copy, 'src/app/cards/handoff-card-hsmeta.json'), '{'));
    expect((await checkHubspotProject(dir)).problems).toEqual(
      expect.arrayContaining([expect.stringContaining('handoff-card-hsmeta.json: invalid JSON')]),
    );
  });

  it('when a uid is invalid', async () => {
    const dir = await brokenCopy((copy) =>
      editJson(path.join(copy, 'src/app/webhooks/webhooks-hsmeta.json'), (json) => {
        json.uid = 'liftoff webhooks!';
      }),
    );
    expect((await checkHubspotProject(dir)).problems).toEqual([expect.stringContaining('webhooks-hsmeta.json')]);
  });

  it('when the service origin disagrees between the static files', async () => {
    const dir = await brokenCopy((copy) =>
      editJson(path.join(copy, 'src/app/workflow-actions/start-onboarding-hsmeta.json'), (json) => {
        (json.config as { actionUrl: string }).actionUrl = 'https://old.liftoff.example.com/hubspot/actions/start';
      }),
    );
    expect((await checkHubspotProject(dir)).problems).toEqual([
      expect.stringMatching(/origin disagrees.*start-onboarding-hsmeta\.json → https:\/\/old\.liftoff\.example\.com/),
    ]);
  });

  it('when card code imports from outside the project', async () => {
    const dir = await brokenCopy((copy) =>
      writeFile(
        path.join(copy, 'src/app/cards/api/leak.ts'),
        "export { cardRoutes } from '../../../../../shared/src/contract/index.ts';\n",
      ),
    );
    expect((await checkHubspotProject(dir)).problems).toEqual([
      'app/cards/api/leak.ts: imports ../../../../../shared/src/contract/index.ts, outside the project',
    ]);
  });

  it('when the card contract imports a package or a file outside its folder', async () => {
    const dir = await brokenCopy(async (copy) => {
      const file = path.join(copy, 'src/app/packages/contract/error-body.ts');
      await writeFile(
        file,
        "import { z } from 'zod';\nimport type { X } from '../cards/x.ts';\n" + (await readFile(file, 'utf8')),
      );
    });
    expect(await findContractImports(path.join(dir, 'src/app/packages/contract'))).toEqual([
      'error-body.ts: zod',
      'error-body.ts: ../cards/x.ts',
    ]);
  });
});
