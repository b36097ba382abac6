import { existsSync } from 'node:fs';
import { Client } from '@hubspot/api-client';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HUBSPOT_BASE_URL, useHubSpotContract } from '../support/hubspot-contract.ts';
import { checkHubSpotExchange } from '../support/openapi-check.ts';
import type { InterceptedRequest } from '../support/openapi-check.ts';
import { isOpenApiRequired, loadOpenApiDocuments, resolveOpenApiDir } from '../support/openapi-documents.ts';

const company = {
  id: '512',
  properties: { name: 'Acme' },
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-06T10:00:00.000Z',
  archived: false,
};

const batchReadResponse = {
  status: 'COMPLETE',
  results: [company],
  startedAt: '2026-01-06T10:00:00.000Z',
  completedAt: '2026-01-06T10:00:01.000Z',
};

const batchReadRequest: InterceptedRequest = {
  method: 'POST',
  path: '/crm/v3/objects/companies/batch/read',
  query: {},
  body: { inputs: [{ id: '512' }], properties: ['name'], propertiesWithHistory: [] },
};

async function loadDocuments() {
  const loaded = await loadOpenApiDocuments();
  if (loaded.status !== 'loaded') throw new Error(`HubSpot OpenAPI documents absent at ${loaded.dir}`);
  return loaded.documents;
}

/**
 * Without the documents (a clone outside the team's machines) the checks cannot run; they are skipped, loudly,
 * unless LIFTOFF_REQUIRE_OPENAPI (.ci/run) requires them: then they run and fail on the absent documents.
 */
const documentsAbsent = !existsSync(resolveOpenApiDir()) && !isOpenApiRequired();

describe('HubSpot contract helper', () => {
  const hubspot = useHubSpotContract();

  it('lets a mock that matches the published API pass, through the real SDK', async () => {
    hubspot.on('POST', '/crm/v3/objects/companies/batch/read').reply(200, batchReadResponse);
    const sdk = new Client({ accessToken: 'test-token' });

    const response = await sdk.crm.companies.batchApi.read({
      inputs: [{ id: '512' }],
      properties: ['name'],
      propertiesWithHistory: [],
    });

    expect(response.results[0]?.properties['name']).toBe('Acme');
    expect(hubspot.requests()).toEqual([expect.objectContaining(batchReadRequest)]);
  });

  it('routes /crm/v3/objects/deals to the deals document written with the object type id 0-3', async () => {
    hubspot.on('GET', '/crm/v3/objects/deals/77').reply(200, { ...company, id: '77' });
    const sdk = new Client({ accessToken: 'test-token' });

    const deal = await sdk.crm.deals.basicApi.getById('77');

    expect(deal.id).toBe('77');
  });

  it.fails('fails the test when a canned response drifts from the published API', async () => {
    hubspot.on('POST', '/crm/v3/objects/companies/batch/read').reply(200, { ...batchReadResponse, status: 42 });
    const sdk = new Client({ accessToken: 'test-token' });

    await sdk.crm.companies.batchApi.read(batchReadRequest.body as never);
  });

  it.fails('fails the test when a declared mock is never called', () => {
    hubspot.on('POST', '/crm/v3/objects/companies/batch/read').reply(200, batchReadResponse);
  });

  it.fails(
    'fails the test when a request reaches HubSpot with no mock, even if the code swallows the error',
    async () => {
      await fetch(`${HUBSPOT_BASE_URL}/crm/v3/objects/companies/512`).catch(() => undefined);
    },
  );

  it('still checks the request of an explicitly unchecked reply, such as a 429', async () => {
    hubspot.on('POST', '/crm/v3/objects/companies/batch/read').replyUnchecked(
      429,
      { status: 'error', errorType: 'RATE_LIMIT' },
      {
        reason: 'rate-limit bodies are not in the OpenAPI documents',
        headers: { 'retry-after': '1' },
      },
    );

    const response = await fetch(`${HUBSPOT_BASE_URL}/crm/v3/objects/companies/batch/read`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batchReadRequest.body),
    });

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('1');
  });

  it('makes an unchecked reply without a reason impossible', () => {
    const mock = hubspot.on('GET', '/crm/v3/objects/companies/512');

    // @ts-expect-error the reason is required by the type as well
    expect(() => mock.replyUnchecked(500, {}, {})).toThrow(/needs a reason/);
    expect(() => mock.replyUnchecked(500, {}, { reason: '  ' })).toThrow(/needs a reason/);
  });
});

describe.skipIf(documentsAbsent)('checking one exchange against the OpenAPI documents', () => {
  it('accepts a request and response that match the published API', async () => {
    const documents = await loadDocuments();

    expect(checkHubSpotExchange(documents, batchReadRequest, { status: 200, body: batchReadResponse })).toEqual([]);
  });

  it.each([
    {
      drift: 'a misspelt request field',
      request: {
        ...batchReadRequest,
        body: { inputs: [{ id: '512' }], propertys: ['name'], propertiesWithHistory: [] },
      },
      response: { status: 200, body: batchReadResponse },
      expected: /request .*propertys/,
    },
    {
      drift: 'a wrong response type',
      request: batchReadRequest,
      response: { status: 200, body: { ...batchReadResponse, results: [{ ...company, archived: 'no' }] } },
      expected: /response 200 \/results\/0\/archived must be boolean/,
    },
    {
      drift: 'a missing required response field',
      request: batchReadRequest,
      response: { status: 200, body: { ...batchReadResponse, results: [{ ...company, archived: undefined }] } },
      expected: /response 200 \/results\/0 must have required property 'archived'/,
    },
    {
      drift: 'an undeclared query parameter',
      request: { ...batchReadRequest, query: { archivd: 'false' } },
      response: { status: 200, body: batchReadResponse },
      expected: /query parameter "archivd" is not declared/,
    },
    {
      drift: 'a malformed error body (declared as any media type)',
      request: batchReadRequest,
      response: { status: 400, body: { message: 3 } },
      expected: /response 400/,
    },
    {
      drift: 'a path HubSpot does not publish',
      request: { ...batchReadRequest, path: '/crm/v3/objects/companies/batch/reed' },
      response: { status: 200, body: batchReadResponse },
      expected: /no operation .* matches/,
    },
  ])('reports $drift', async ({ request, response, expected }) => {
    const documents = await loadDocuments();
    const body = JSON.parse(JSON.stringify(response.body)) as unknown;

    const violations = checkHubSpotExchange(documents, request, { status: response.status, body });

    expect(violations.join('\n')).toMatch(expected);
  });
});

describe('where the OpenAPI documents folder is absent', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  useHubSpotContract({ openApiDir: '/nonexistent/hubspot-openapi', requireDocuments: false });
  afterAll(() => {
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('HubSpot contract checks SKIPPED'));
    warn.mockRestore();
  });

  it('skips the contract tests, warning on the console, instead of running them unchecked', () => {
    expect.unreachable('a contract test ran without its OpenAPI documents');
  });
});

describe('loading an absent OpenAPI documents folder', () => {
  it('reports the folder as absent rather than throwing', async () => {
    await expect(loadOpenApiDocuments('/nonexistent/hubspot-openapi', { required: false })).resolves.toEqual({
      status: 'absent',
      dir: '/nonexistent/hubspot-openapi',
    });
  });
});

describe('locating the OpenAPI documents', () => {
  it('reads ../shared/hubspot-openapi beside the repo unless HUBSPOT_OPENAPI_DIR says otherwise', () => {
    expect(resolveOpenApiDir({})).toMatch(/[/\\]shared[/\\]hubspot-openapi$/);
    expect(resolveOpenApiDir({ HUBSPOT_OPENAPI_DIR: '/elsewhere' })).toBe('/elsewhere');
  });
});
