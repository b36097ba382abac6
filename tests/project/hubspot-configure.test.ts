import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findServiceUrls, parseServiceOrigin, writeServiceOrigin } from '../../server/src/cli/hubspot-configure.ts';
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
