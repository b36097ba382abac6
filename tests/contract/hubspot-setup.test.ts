import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHubSpotSetup } from '../../server/src/cli/hubspot-setup.ts';
import { createSqliteStore } from '../../server/src/store/sqlite/create-sqlite-store.ts';
import type { PortalMode } from '../../server/src/onboarding/ports/index.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import { liftoffSchema } from '../../server/src/hubspot/model/liftoff-schema.ts';
import { setupPortal } from '../../server/src/hubspot/setup/setup-portal.ts';
import { toSetupReportText } from '../../server/src/hubspot/setup/to-setup-report-text.ts';
import {
  buildEarlierReleaseSchema,
  NEWEST_SIGNAL_STATUS,
  NEWEST_SIGNAL_TYPE,
} from '../support/build-earlier-release-schema.ts';
import { buildEmptyPortalState, buildSetUpPortalState, toObjectTypeId } from '../support/build-portal-state.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';
import type { MockPortal } from '../support/mock-hubspot-portal.ts';
import { mockPortalReads, mockPortalUpgrades, mockPortalWrites } from '../support/mock-hubspot-portal.ts';

const allTypes = ['companies', 'deals', 'contacts'] as const;

function createSetup() {
  const client = createPortalClient({ portalId: '4242', accessToken: 'test-token', sleep: async () => undefined });
  const recorded: { portalId: string; mode: PortalMode }[] = [];
  const run = (dryRun = false) =>
    setupPortal({
      client,
      dryRun,
      recordPortalMode: async (portalId, mode) => {
        recorded.push({ portalId, mode });
      },
    });
  return { client, recorded, run };
}

describe('npm run hubspot:setup against a contract-checked HubSpot', () => {
  const hubspot = useHubSpotContract();

  it('creates everything on a fresh portal, and a second run changes nothing', async () => {
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: false };
    mockPortalReads(hubspot, portal, 2);
    mockPortalWrites(hubspot, portal, { groups: [...allTypes], propertyBatches: [...allTypes], schemas: 3, labels: 5 });
    const setup = createSetup();

    const first = await setup.run();
    const second = await setup.run();

    expect(first.outcomes.filter((outcome) => outcome.result !== 'created')).toEqual([]);
    expect(first.outcomes).toHaveLength(3 + 31 + 3 + 5);
    expect(second.plan.every((item) => item.action === 'exists')).toBe(true);
    expect(second.outcomes).toEqual([]);
    expect(toSetupReportText(second)).toContain('Created: nothing (the portal was already set up).');
    expect(setup.recorded).toEqual([
      { portalId: '4242', mode: 'custom_objects' },
      { portalId: '4242', mode: 'custom_objects' },
    ]);
  });

  it('sends the custom object schemas with every property, a unique liftoff_key and their associations', async () => {
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: false };
    mockPortalReads(hubspot, portal, 1);
    mockPortalWrites(hubspot, portal, { groups: [...allTypes], propertyBatches: [...allTypes], schemas: 3, labels: 5 });

    await createSetup().run();

    const eggs = hubspot
      .requests()
      .filter((request) => request.method === 'POST' && request.path === '/crm-object-schemas/v3/schemas')
      .map(
        (request) =>
          request.body as {
            name: string;
            primaryDisplayProperty: string;
            associatedObjects: string[];
            properties: { name: string; type: string; hasUniqueValue: boolean }[];
          },
      );
    expect(eggs.map((egg) => [egg.name, egg.associatedObjects])).toEqual([
      ['liftoff_success_criterion', ['COMPANY', 'DEAL']],
      ['liftoff_milestone', ['COMPANY']],
      ['liftoff_signal', ['COMPANY']],
    ]);
    for (const egg of eggs) {
      expect(egg.properties.find((property) => property.name === 'liftoff_key')?.hasUniqueValue).toBe(true);
      expect(egg.properties.find((property) => property.name === egg.primaryDisplayProperty)?.type).toBe('string');
    }
    const labels = hubspot
      .requests()
      .filter((request) => request.path.endsWith('/labels') && request.method === 'POST');
    expect(labels.map((request) => (request.body as { label: string }).label)).toEqual(
      liftoffSchema.associationLabels.map((label) => label.label),
    );
  });

  it('upgrades a portal an earlier release set up with exactly its upgrade calls, and a second run changes nothing', async () => {
    const earlier = buildSetUpPortalState(buildEarlierReleaseSchema(liftoffSchema));
    const portal: MockPortal = { state: earlier, forbidSchemas: false };
    const milestoneTypeId = toObjectTypeId(1);
    const signalTypeId = toObjectTypeId(2);
    mockPortalReads(hubspot, portal, 2);
    mockPortalUpgrades(hubspot, portal, {
      objectProperties: [milestoneTypeId, milestoneTypeId, signalTypeId, signalTypeId],
      propertyUpdates: ['companies/liftoff_open_signal_types', `${signalTypeId}/signal_type`, `${signalTypeId}/status`],
      schemaUpdates: [signalTypeId],
    });
    const setup = createSetup();

    const first = await setup.run();
    const second = await setup.run();

    const writes = hubspot.requests().filter((request) => request.method !== 'GET');
    expect(writes.map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /crm/v3/properties/${milestoneTypeId}`,
      `POST /crm/v3/properties/${milestoneTypeId}`,
      `POST /crm/v3/properties/${signalTypeId}`,
      `POST /crm/v3/properties/${signalTypeId}`,
      'PATCH /crm/v3/properties/companies/liftoff_open_signal_types',
      `PATCH /crm-object-schemas/v3/schemas/${signalTypeId}`,
      `PATCH /crm/v3/properties/${signalTypeId}/signal_type`,
      `PATCH /crm/v3/properties/${signalTypeId}/status`,
    ]);
    const [owner, skipReason, name, history, openTypes, schema, signalType, status] = writes.map(
      (request) => request.body,
    );
    expect(owner).toMatchObject({ name: 'owner', type: 'string', fieldType: 'text' });
    expect(skipReason).toMatchObject({ name: 'skip_reason', type: 'string', fieldType: 'textarea' });
    expect(name).toMatchObject({ name: 'name', type: 'string', fieldType: 'text' });
    expect(history).toMatchObject({ name: 'history', type: 'string', fieldType: 'textarea' });
    expect(schema).toEqual({ primaryDisplayProperty: 'name' });
    const optionValues = (body: unknown) => (body as { options: { value: string }[] }).options.map((o) => o.value);
    const desiredValues = (properties: readonly { name: string; options: { value: string }[] }[], name: string) =>
      properties.find((property) => property.name === name)?.options.map((o) => o.value);
    const signalSchema = liftoffSchema.objects.find((object) => object.name === 'liftoff_signal');
    expect(optionValues(openTypes)).toEqual(
      desiredValues(liftoffSchema.properties.companies, 'liftoff_open_signal_types'),
    );
    expect(optionValues(signalType)).toEqual(desiredValues(signalSchema?.properties ?? [], 'signal_type'));
    expect(optionValues(status)).toEqual([
      ...(desiredValues(signalSchema?.properties ?? [], 'status') ?? []).filter((v) => v !== NEWEST_SIGNAL_STATUS),
      NEWEST_SIGNAL_STATUS,
    ]);
    expect(optionValues(openTypes).at(-1)).toBe(NEWEST_SIGNAL_TYPE);
    expect(first.outcomes.map((outcome) => outcome.result)).toEqual([
      'created',
      'created',
      'created',
      'created',
      'updated',
      'updated',
      'updated',
      'updated',
    ]);
    expect(toSetupReportText(first)).toContain(
      'Updated (4):\n' +
        '  companies property liftoff_open_signal_types (enumeration): add options no_baseline\n' +
        '  custom object liftoff_signal with 12 properties: primary display property signal_type → name\n' +
        '  liftoff_signal property signal_type (enumeration): add options no_baseline\n' +
        '  liftoff_signal property status (enumeration): add options snoozed',
    );
    expect(second.plan.filter((item) => item.action !== 'exists')).toEqual([]);
    expect(second.outcomes).toEqual([]);
  });

  it('records and prints the store-only mode when HubSpot refuses custom objects (403, not Enterprise)', async () => {
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: true };
    mockPortalReads(hubspot, portal, 1);
    mockPortalWrites(hubspot, portal, { groups: [...allTypes], propertyBatches: [...allTypes], schemas: 0, labels: 5 });
    const setup = createSetup();

    const report = await setup.run();

    expect(report.mode).toBe('store_only');
    expect(setup.recorded).toEqual([{ portalId: '4242', mode: 'store_only' }]);
    expect(toSetupReportText(report)).toContain(
      'Mode recorded: STORE-ONLY. HubSpot refused custom objects to portal 4242',
    );
  });

  it('prints the plan on a dry run and changes nothing, not even the recorded mode', async () => {
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: false };
    mockPortalReads(hubspot, portal, 1);
    const setup = createSetup();

    const report = await setup.run(true);

    expect(hubspot.requests().every((request) => request.method === 'GET')).toBe(true);
    expect(setup.recorded).toEqual([]);
    const text = toSetupReportText(report);
    expect(text).toContain('dry run: nothing is changed');
    expect(text).toContain('+ create  companies property liftoff_health_score (number)');
    expect(text).toContain('Mode would be recorded: custom objects');
  });

  it('counts its HubSpot calls: 8 reads, then one batch per object type', async () => {
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: false };
    mockPortalReads(hubspot, portal, 1);
    mockPortalWrites(hubspot, portal, { groups: [...allTypes], propertyBatches: [...allTypes], schemas: 3, labels: 5 });
    const setup = createSetup();

    await setup.run();

    expect(setup.client.stats().calls).toBe(8 + 3 + 3 + 3 + 5);
  });
});

function createIo(argv: string[], env: Record<string, string | undefined>) {
  const output = { stdout: '', stderr: '' };
  const io = {
    argv,
    env,
    stdout: { write: (text: string) => (output.stdout += text) },
    stderr: { write: (text: string) => (output.stderr += text) },
  };
  return { io, output };
}

describe('the hubspot:setup command', () => {
  const hubspot = useHubSpotContract();

  it('exits 2 with one line naming the missing variable', async () => {
    const { io, output } = createIo([], { HUBSPOT_PORTAL_ID: '4242' });

    expect(await runHubSpotSetup(io)).toBe(2);
    expect(output.stderr).toBe('hubspot:setup: HUBSPOT_ACCESS_TOKEN is required\n');
  });

  it('prints the desired schema as JSON with --print-schema, without environment or network', async () => {
    const { io, output } = createIo(['--print-schema'], {});

    expect(await runHubSpotSetup(io)).toBe(0);
    expect(JSON.parse(output.stdout)).toEqual(JSON.parse(JSON.stringify(liftoffSchema)));
  });

  it('records the store-only mode in the portal settings of the store', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'liftoff-setup-'));
    const databasePath = path.join(dir, 'liftoff.db');
    const portal: MockPortal = { state: buildEmptyPortalState(), forbidSchemas: true };
    mockPortalReads(hubspot, portal, 1);
    mockPortalWrites(hubspot, portal, { groups: [...allTypes], propertyBatches: [...allTypes], schemas: 0, labels: 5 });
    const env = { HUBSPOT_ACCESS_TOKEN: 'test-token', HUBSPOT_PORTAL_ID: '4242', DATABASE_PATH: databasePath };
    const { io, output } = createIo([], env);

    try {
      expect(await runHubSpotSetup(io)).toBe(0);
      const store = await createSqliteStore({ path: databasePath });
      const settings = await store.portalSettings.get('4242');
      await store.close();
      expect(settings?.mode).toBe('store_only');
      expect(output.stdout).toContain('STORE-ONLY');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
