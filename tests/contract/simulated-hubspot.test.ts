import nock from 'nock';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/models/AssociationSpec.js';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/objects/models/Filter.js';
import { createSimulatedHubSpot } from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import type {
  SimulatedExchange,
  SimulatedHubSpot,
  SimulatedHubSpotOptions,
} from '../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { PortalClientOptions } from '../../server/src/hubspot/client/create-portal-client.ts';
import { liftoffSchema } from '../../server/src/hubspot/model/liftoff-schema.ts';
import { setupPortal } from '../../server/src/hubspot/setup/setup-portal.ts';
import {
  buildEarlierReleaseSchema,
  NEWEST_SIGNAL_STATUS,
  NEWEST_SIGNAL_TYPE,
} from '../support/build-earlier-release-schema.ts';
import { createFixedClock } from '../support/fixed-clock.ts';
import type { OpenApiDocument } from '../support/openapi-documents.ts';
import { loadOpenApiDocuments } from '../support/openapi-documents.ts';
import { checkHubSpotExchange } from '../support/openapi-check.ts';

const TOKEN = 'bench-token';
const DAY_MS = 86_400_000;

/**
 * The benchmark's simulated HubSpot, driven by the real SDK through createPortalClient(basePath):
 * every exchange it serves must satisfy HubSpot's OpenAPI documents, and its budget must behave
 * like HubSpot's. Server and client share one test clock; the client's sleeps move it, so the
 * rolling-window runs take no real time.
 */
describe('the simulated HubSpot', () => {
  let documents: readonly OpenApiDocument[] | null = null;
  let simulated: SimulatedHubSpot | null = null;
  let violations: string[] = [];
  const clock = createFixedClock('2026-03-10T12:00:00.000Z');

  beforeAll(async () => {
    const loaded = await loadOpenApiDocuments();
    documents = loaded.status === 'loaded' ? loaded.documents : null;
  });

  beforeEach(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    violations = [];
    clock.set('2026-03-10T12:00:00.000Z');
  });

  afterEach(async () => {
    await simulated?.close();
    simulated = null;
    nock.enableNetConnect();
    expect(violations).toEqual([]);
  });

  function checkAgainstOpenApi(exchange: SimulatedExchange): void {
    if (documents === null || exchange.status === 429) return;
    const request = { method: exchange.method, path: exchange.path, query: exchange.query, body: exchange.requestBody };
    violations.push(
      ...checkHubSpotExchange(documents, request, { status: exchange.status, body: exchange.responseBody }),
    );
  }

  async function start(options: SimulatedHubSpotOptions = {}) {
    simulated = await createSimulatedHubSpot({
      accessToken: TOKEN,
      now: clock.now,
      onExchange: checkAgainstOpenApi,
      ...options,
    });
    return simulated;
  }

  function buildClient(server: SimulatedHubSpot, overrides: Partial<PortalClientOptions> = {}) {
    return createPortalClient({
      portalId: '4242',
      accessToken: TOKEN,
      basePath: server.baseUrl,
      now: clock.now,
      random: () => 0,
      sleep: async (ms) => clock.advance(ms),
      ...overrides,
    });
  }

  it('serves a company refresh in the shapes of the OpenAPI documents', async () => {
    const server = await start();
    const hour = Date.parse('2026-03-10T11:00:00.000Z');
    server.seed({
      objects: {
        companies: [{ id: '1', properties: { name: 'Acme', domain: 'acme.test' } }],
        contacts: [{ id: '11', properties: { email: 'ana@acme.test' } }],
        emails: [
          { id: '21', properties: { hs_email_direction: 'INCOMING_EMAIL', hs_timestamp: '2026-03-09T10:00:00Z' } },
        ],
        tickets: Array.from({ length: 5 }, (_, index) => ({
          id: String(31 + index),
          properties: { subject: `Ticket ${index}`, hs_pipeline_stage: index === 0 ? '4' : '1' },
          updatedAt: hour - index * DAY_MS,
        })),
      },
      associations: [
        {
          from: { type: 'companies', id: '1' },
          to: { type: 'contacts', id: '11' },
          types: [{ category: 'HUBSPOT_DEFINED', typeId: 280 }],
        },
        {
          from: { type: 'companies', id: '1' },
          to: { type: 'contacts', id: '11' },
          types: [{ category: 'USER_DEFINED', typeId: 7, label: 'Champion' }],
        },
        {
          from: { type: 'emails', id: '21' },
          to: { type: 'companies', id: '1' },
          types: [{ category: 'HUBSPOT_DEFINED', typeId: 186 }],
        },
      ],
    });
    const client = buildClient(server);

    const companies = await client.call('burst', 'companies.read', (sdk) =>
      sdk.crm.companies.batchApi.read({
        inputs: [{ id: '1' }, { id: '404' }],
        properties: ['name'],
        propertiesWithHistory: [],
      }),
    );
    const contacts = await client.call('burst', 'associations.read', (sdk) =>
      sdk.crm.associations.v4.batchApi.getPage('companies', 'contacts', { inputs: [{ id: '1' }] }),
    );
    const emails = await client.call('burst', 'associations.read', (sdk) =>
      sdk.crm.associations.v4.batchApi.getPage('companies', 'emails', { inputs: [{ id: '1' }] }),
    );
    const search = (after: string) =>
      client.call('search', 'tickets.search', (sdk) =>
        sdk.crm.tickets.searchApi.doSearch({
          filterGroups: [
            {
              filters: [
                {
                  propertyName: 'hs_lastmodifieddate',
                  operator: FilterOperatorEnum.Gte,
                  value: String(hour - 3 * DAY_MS),
                },
              ],
            },
          ],
          sorts: ['hs_lastmodifieddate'],
          properties: ['subject', 'hs_pipeline_stage'],
          limit: 2,
          after,
        }),
      );
    const firstPage = await search('0');
    const secondPage = await search(firstPage.paging?.next?.after ?? '');
    const pipelines = await client.call('burst', 'pipelines.read', (sdk) =>
      sdk.crm.pipelines.pipelinesApi.getAll('tickets'),
    );

    expect(companies.results.map((company) => company.properties['name'])).toEqual(['Acme']);
    expect(companies).toMatchObject({ numErrors: 1 });
    expect(contacts.results[0]?.to).toEqual([
      {
        toObjectId: '11',
        associationTypes: [
          { category: 'HUBSPOT_DEFINED', typeId: 280 },
          { category: 'USER_DEFINED', typeId: 7, label: 'Champion' },
        ],
      },
    ]);
    expect(emails.results[0]?.to[0]?.associationTypes).toEqual([{ category: 'HUBSPOT_DEFINED', typeId: 185 }]);
    expect(firstPage.total).toBe(4);
    expect(firstPage.results.map((ticket) => ticket.id)).toEqual(['34', '33']);
    expect(secondPage.results.map((ticket) => ticket.id)).toEqual(['32', '31']);
    expect(secondPage.paging).toBeUndefined();
    expect(pipelines.results[0]?.stages.map((stage) => stage.metadata?.['ticketState'])).toEqual([
      'OPEN',
      'OPEN',
      'OPEN',
      'CLOSED',
    ]);
  });

  it('applies batch upserts, updates, association writes and serves association labels', async () => {
    const server = await start();
    server.seed({
      objects: { companies: [{ id: '1', properties: { name: 'Acme' } }], contacts: [{ id: '11', properties: {} }] },
      aliases: { '2-900': 'p4242_onboarding' },
      associationLabels: [
        { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 7, label: 'Champion' },
      ],
    });
    const client = buildClient(server);

    const upserted = await client.call('burst', 'onboarding.upsert', (sdk) =>
      sdk.crm.objects.batchApi.upsert('2-900', {
        inputs: [{ id: 'acme-1', idProperty: 'liftoff_key', properties: { liftoff_score: '72' } }],
      }),
    );
    const again = await client.call('burst', 'onboarding.upsert', (sdk) =>
      sdk.crm.objects.batchApi.upsert('2-900', {
        inputs: [{ id: 'acme-1', idProperty: 'liftoff_key', properties: { liftoff_score: '80' } }],
      }),
    );
    await client.call('burst', 'companies.update', (sdk) =>
      sdk.crm.companies.batchApi.update({ inputs: [{ id: '1', properties: { liftoff_health: '80' } }] }),
    );
    const recordId = upserted.results[0]?.id ?? '';
    await client.call('burst', 'associations.create', (sdk) =>
      sdk.crm.associations.v4.batchApi.create('p4242_onboarding', 'companies', {
        inputs: [
          {
            _from: { id: recordId },
            to: { id: '1' },
            types: [{ associationCategory: AssociationSpecAssociationCategoryEnum.UserDefined, associationTypeId: 12 }],
          },
        ],
      }),
    );

    const labels = await client.call('burst', 'labels.read', (sdk) =>
      sdk.crm.associations.v4.schema.definitionsApi.getAll('companies', 'contacts'),
    );
    await client.call('burst', 'associations.default', (sdk) =>
      sdk.crm.associations.v4.batchApi.createDefault('companies', 'contacts', {
        inputs: [{ _from: { id: '1' }, to: { id: '11' } }],
      }),
    );

    expect(labels.results).toEqual([
      { category: 'HUBSPOT_DEFINED', typeId: 280 },
      { category: 'USER_DEFINED', typeId: 7, label: 'Champion' },
    ]);
    expect(server.associationsOf('contacts', '11', 'companies')).toEqual([
      expect.objectContaining({ toId: '1', types: [{ category: 'HUBSPOT_DEFINED', typeId: 279, label: null }] }),
    ]);
    expect(upserted.results[0]).toMatchObject({ _new: true });
    expect(again.results[0]).toMatchObject({ _new: false, id: recordId });
    expect(server.records('p4242_onboarding')[0]?.properties).toMatchObject({
      liftoff_key: 'acme-1',
      liftoff_score: '80',
    });
    expect(server.records('companies')[0]?.properties['liftoff_health']).toBe('80');
    expect(server.associationsOf('companies', '1', '2-900')).toEqual([
      expect.objectContaining({ toId: recordId, types: [{ category: 'USER_DEFINED', typeId: 12, label: null }] }),
    ]);
  });

  function runSetup(server: SimulatedHubSpot, desired = liftoffSchema) {
    return setupPortal({ client: buildClient(server), dryRun: false, recordPortalMode: async () => {}, desired });
  }

  it('is set up by npm run hubspot:setup, and a second run changes nothing', async () => {
    const server = await start();

    const first = await runSetup(server);
    const second = await runSetup(server);

    expect(first.outcomes.filter((outcome) => outcome.result !== 'created')).toEqual([]);
    expect(second.plan.filter((item) => item.action !== 'exists')).toEqual([]);
    expect(second.outcomes).toEqual([]);
    expect(server.objectSchemas().map((schema) => [schema.name, schema.associatedObjectTypeIds])).toEqual([
      ['liftoff_success_criterion', ['0-2', '0-3']],
      ['liftoff_milestone', ['0-2']],
      ['liftoff_signal', ['0-2']],
    ]);
  });

  it('upgrades a portal an earlier release set up: options added to the whole list, the signal named by name', async () => {
    const server = await start();
    await runSetup(server, buildEarlierReleaseSchema(liftoffSchema));
    const signal = server.objectSchemas().find((schema) => schema.name === 'liftoff_signal');
    const optionValues = (objectType: string, name: string) =>
      server
        .properties(objectType)
        .find((property) => property.name === name)
        ?.options.map((option) => option.value);
    const before = optionValues('companies', 'liftoff_open_signal_types') ?? [];

    const upgrade = await runSetup(server);
    const again = await runSetup(server);

    expect(upgrade.outcomes.map((outcome) => outcome.result)).toEqual([
      'created',
      'created',
      'created',
      'created',
      'updated',
      'updated',
      'updated',
      'updated',
    ]);
    expect(optionValues('companies', 'liftoff_open_signal_types')).toEqual([...before, NEWEST_SIGNAL_TYPE]);
    expect(optionValues(signal?.objectTypeId ?? '', 'status')).toContain(NEWEST_SIGNAL_STATUS);
    expect(server.objectSchemas().find((schema) => schema.name === 'liftoff_signal')?.primaryDisplayProperty).toBe(
      'name',
    );
    expect(again.outcomes).toEqual([]);
  });

  it('answers 403 to custom object schemas on a portal without them, which setup records as store-only', async () => {
    const server = await start({ customObjects: false });

    const report = await runSetup(server);

    expect(report.mode).toBe('store_only');
    expect(report.outcomes.filter((outcome) => outcome.result !== 'created')).toEqual([]);
    expect(server.objectSchemas()).toEqual([]);
  });

  it('refuses a batch of more than 100 inputs and a request without the token', async () => {
    const server = await start();
    const client = buildClient(server);
    const tooMany = Array.from({ length: 101 }, (_, index) => ({ id: String(index) }));

    await expect(
      client.call('burst', 'companies.read', (sdk) =>
        sdk.crm.companies.batchApi.read({ inputs: tooMany, properties: [], propertiesWithHistory: [] }),
      ),
    ).rejects.toMatchObject({ kind: 'bad_request', status: 400 });
    await expect(
      buildClient(server, { accessToken: 'wrong' }).call('burst', 'pipelines.read', (sdk) =>
        sdk.crm.pipelines.pipelinesApi.getAll('tickets'),
      ),
    ).rejects.toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('keeps a client within its budget: 100 calls against 50 per second, no 429', async () => {
    // Shapes are checked by the first test; validating 100 more answers would cost seconds.
    const server = await start({ burstLimit: 50, burstWindowMs: 1_000, onExchange: undefined });
    const client = buildClient(server, { budget: { burstLimit: 50, burstWindowMs: 1_000 } });

    await Promise.all(
      Array.from({ length: 100 }, () =>
        client.call('burst', 'pipelines.read', (sdk) => sdk.crm.pipelines.pipelinesApi.getAll('tickets')),
      ),
    );

    expect(server.stats()).toMatchObject({ calls: 100, rateLimited: 0 });
    expect(server.stats().busiestWindow).toBeLessThanOrEqual(40);
    expect(client.stats()).toMatchObject({ calls: 100, rateLimited: 0, retries: 0 });
  });

  it('answers 429 TEN_SECONDLY_ROLLING past its budget, and a client that overspends recovers by retrying', async () => {
    const server = await start({ burstLimit: 10, burstWindowMs: 1_000, onExchange: undefined });
    // All 30 calls start before any answer, so the client overspends whatever the order in which they reach the
    // server. With fewer in flight, the headers of each answer (remaining 0 at the tenth) would pace the next call
    // in time, and whether a 429 ever happened would depend on how the HTTP stack interleaves requests and answers.
    const client = buildClient(server, {
      budget: { burstLimit: 200, burstWindowMs: 1_000, burstConcurrency: 30, lowRemaining: 0 },
    });

    await Promise.all(
      Array.from({ length: 30 }, () =>
        client.call('burst', 'pipelines.read', (sdk) => sdk.crm.pipelines.pipelinesApi.getAll('tickets')),
      ),
    );

    expect(server.stats().rateLimited).toBeGreaterThan(0);
    expect(client.stats().rateLimited).toBe(server.stats().rateLimited);
    expect(server.stats().busiestWindow).toBe(10);
  });

  it('answers 429 DAILY once the daily limit is spent', async () => {
    const server = await start({ dailyLimit: 1 });
    const client = buildClient(server);
    const readPipelines = () =>
      client.call('burst', 'pipelines.read', (sdk) => sdk.crm.pipelines.pipelinesApi.getAll('tickets'));

    await readPipelines();

    await expect(readPipelines()).rejects.toMatchObject({ kind: 'daily_limit' });
    expect(server.stats().calls).toBe(1);
  });
});
