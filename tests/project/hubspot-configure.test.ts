import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  customObjectScopes,
  findServiceUrls,
  parseServiceOrigin,
  readRecordsChoice,
  runHubSpotConfigure,
  toRequiredScopes,
  writeRecordsChoice,
  writeServiceOrigin,
} from '../../server/src/cli/hubspot-configure.ts';
import { checkHubspotProject } from './check-hubspot-project.ts';
import { copyHubspotProject } from './copy-hubspot-project.ts';

const copies: string[] = [];
afterAll(async () => {
  await Promise.all(copies.map((dir) => rm(path.dirname(dir), { recursive: true, force: true })));
});

describe('parseServiceOrigin', () => {
  it.each([
    ['https://liftoff.acme.io', 'https://liftoff.acme.io'],
    ['https://liftoff.acme.io/some/base/', 'https://liftoff.acme.io'],
    ['https://liftoff.acme.io:8443', 'https://liftoff.acme.io:8443'],
  ])('keeps only the origin of %s', (publicBaseUrl, origin) => {
    expect(parseServiceOrigin(publicBaseUrl)).toBe(origin);
  });

  it.each([
    ['http://liftoff.acme.io', /must be https/],
    ['https://localhost:8080', /not localhost/],
    ['https://127.0.0.1', /not localhost/],
    ['liftoff.acme.io', /Invalid URL/],
  ])('refuses %s, which hubspot.fetch cannot reach', (publicBaseUrl, message) => {
    expect(() => parseServiceOrigin(publicBaseUrl)).toThrow(message);
  });
});

describe('writeServiceOrigin', () => {
  it('points every static file that names the service at the new origin, keeping paths', async () => {
    const dir = await copyHubspotProject();
    copies.push(dir);
    const changed = await writeServiceOrigin(dir, 'https://liftoff.acme.io');
    expect(changed).toEqual([
      'src/app/app-hsmeta.json',
      'src/app/webhooks/webhooks-hsmeta.json',
      'src/app/workflow-actions/acknowledge-signal-hsmeta.json',
      'src/app/workflow-actions/close-onboarding-hsmeta.json',
      'src/app/workflow-actions/reevaluate-onboarding-hsmeta.json',
      'src/app/workflow-actions/start-onboarding-hsmeta.json',
      'src/app/packages/card-client/service-origin.ts',
      'src/app/local.example.json',
    ]);
    const urls = await findServiceUrls(dir);
    expect(new Set(urls.map((use) => use.origin))).toEqual(new Set(['https://liftoff.acme.io']));
    expect(urls.find((use) => use.file.endsWith('webhooks-hsmeta.json'))?.url).toBe(
      'https://liftoff.acme.io/webhooks/hubspot',
    );
    expect(await readFile(path.join(dir, 'src/app/packages/card-client/service-origin.ts'), 'utf8')).toContain(
      "export const SERVICE_ORIGIN = 'https://liftoff.acme.io';",
    );
    expect((await checkHubspotProject(dir)).problems).toEqual([]);
  });

  it('changes nothing when the files already carry the origin', async () => {
    const dir = await copyHubspotProject();
    copies.push(dir);
    const [first] = await findServiceUrls(dir);
    expect(await writeServiceOrigin(dir, first?.origin ?? '')).toEqual([]);
  });
});

async function freshCopy(): Promise<string> {
  const dir = await copyHubspotProject();
  copies.push(dir);
  return dir;
}

const appMetaPath = (dir: string) => path.join(dir, 'src/app/app-hsmeta.json');

describe('--records: where Liftoff records live, as the app’s required scopes', () => {
  it('ships with custom objects (hubspot) and keeps every other scope in order either way', async () => {
    expect(await readRecordsChoice()).toBe('hubspot');
    const scopes = ['oauth', 'crm.objects.companies.read', ...customObjectScopes, 'crm.schemas.companies.write'];
    expect(toRequiredScopes(scopes, 'store')).toEqual([
      'oauth',
      'crm.objects.companies.read',
      'crm.schemas.companies.write',
    ]);
    expect(toRequiredScopes(toRequiredScopes(scopes, 'store'), 'hubspot')).toEqual(scopes);
    expect(toRequiredScopes(scopes, 'hubspot')).toEqual(scopes);
  });

  it('store drops crm.objects.custom.* and crm.schemas.custom.*; hubspot restores the file byte for byte', async () => {
    const dir = await freshCopy();
    const original = await readFile(appMetaPath(dir), 'utf8');
    expect(await writeRecordsChoice(dir, 'store')).toEqual(['src/app/app-hsmeta.json']);
    const stored = await readFile(appMetaPath(dir), 'utf8');
    expect(stored).not.toMatch(/crm\.(objects|schemas)\.custom\./);
    expect(stored).toContain('"crm.schemas.companies.write"');
    // The owners list names each onboarding's CSM in both choices.
    expect(stored).toContain('"crm.objects.owners.read"');
    expect(await readRecordsChoice(dir)).toBe('store');
    expect((await checkHubspotProject(dir)).problems).toEqual([]);
    expect(await writeRecordsChoice(dir, 'store')).toEqual([]);
    expect(await writeRecordsChoice(dir, 'hubspot')).toEqual(['src/app/app-hsmeta.json']);
    expect(await readFile(appMetaPath(dir), 'utf8')).toBe(original);
  });
});

describe('npm run hubspot:configure', () => {
  const runWith = async (argv: string[], env: Record<string, string> = {}, projectDir?: string) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runHubSpotConfigure({
      argv,
      env,
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      ...(projectDir === undefined ? {} : { projectDir }),
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it.each([
    [[], /--records is required/],
    [['--records'], /--records must be hubspot or store/],
    [['--records', 'enterprise'], /--records must be hubspot or store, got "enterprise"/],
    [['--records=pro'], /--records must be hubspot or store/],
    [['--record', 'store'], /unknown argument --record/],
  ])('exits 2 with one line naming the flag for %j', async (argv, message) => {
    const result = await runWith(argv, { PUBLIC_BASE_URL: 'https://liftoff.acme.io' });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    expect(result.out).toBe('');
  });

  it('exits 2 with one line naming PUBLIC_BASE_URL when it is missing or not https', async () => {
    for (const env of [{}, { PUBLIC_BASE_URL: 'http://liftoff.acme.io' }] as Record<string, string>[]) {
      const result = await runWith(['--records', 'store'], env);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/PUBLIC_BASE_URL/);
      expect(result.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('writes the origin and the records choice together', async () => {
    const dir = await freshCopy();
    const result = await runWith(['--records=store'], { PUBLIC_BASE_URL: 'https://liftoff.acme.io' }, dir);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('✓ hubspot-project/src/app/app-hsmeta.json');
    expect(result.out).toMatch(/records: Liftoff's store/);
    expect(await readRecordsChoice(dir)).toBe('store');
    expect(new Set((await findServiceUrls(dir)).map((use) => use.origin))).toEqual(
      new Set(['https://liftoff.acme.io']),
    );
  });
});
