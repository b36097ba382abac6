import { describe, expect, it } from 'vitest';
import { createHubSpotCrmGateway } from '../../server/src/hubspot/create-hubspot-crm-gateway.ts';
import { createPortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';
import type { PortalClient, RequestLane } from '../../server/src/hubspot/client/create-portal-client.ts';
import { CONTRACT_OBJECT_TYPES } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';
import type { HubSpotContract } from '../support/hubspot-contract.ts';
import { loadOpenApiDocuments, routeOpenApiOperation } from '../support/openapi-documents.ts';

const stamp = '2026-03-10T09:00:00.000Z';
const EXEMPTIONS = 'x-hubspot-rate-limit-exemptions';

interface SentRequest {
  lane: RequestLane;
  operation: string;
}

function buildBatch(results: unknown[]) {
  return { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
}

const listInputIds = (body: unknown): string[] =>
  typeof body === 'object' && body !== null && 'inputs' in body && Array.isArray(body.inputs)
    ? body.inputs.flatMap((input: unknown) =>
        typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string' ? [input.id] : [],
      )
    : [];

/** Every `from` id gets one associated object, so the refresh goes on to read records through 'burst'. */
function answerAssociations(body: unknown) {
  return [
    200,
    buildBatch(
      listInputIds(body).map((id) => ({
        from: { id },
        to: [{ toObjectId: `${id}1`, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 1 }] }],
      })),
    ),
  ] as const;
}

/**
 * A portal client whose calls run one at a time, so each HTTP request HubSpot's mock intercepts is pinned to the
 * lane of the call that sent it (the adapters start their calls at once; the order does not matter to them).
 */
function createRecordingClient(hubspot: HubSpotContract) {
  const client = createPortalClient({ portalId: '4242', accessToken: 'test-token', sleep: () => Promise.resolve() });
  const sent: SentRequest[] = [];
  let previous: Promise<unknown> = Promise.resolve();
  const recording: PortalClient = {
    ...client,
    call: (lane, label, fn) => {
      const next = previous.then(async () => {
        const from = hubspot.requests().length;
        try {
          return await client.call(lane, label, fn);
        } finally {
          sent.push(
            ...hubspot
              .requests()
              .slice(from)
              .map((request) => ({ lane, operation: `${request.method} ${request.path}` })),
          );
        }
      });
      previous = next.catch(() => undefined);
      return next;
    },
  };
  return { client: recording, sent };
}

/** The lane HubSpot's documents call for: /search has its own budget, other exempt operations spend none. */
async function decideDocumentedLane(operation: string): Promise<RequestLane | 'undocumented'> {
  const documents = await loadOpenApiDocuments();
  if (documents.status !== 'loaded') return 'undocumented';
  const [method = '', path = ''] = operation.split(' ');
  const routed = routeOpenApiOperation(documents.documents, method, path);
  if (routed === undefined) return 'undocumented';
  const exemptions: unknown = (routed.operation as Record<string, unknown>)[EXEMPTIONS];
  if (!Array.isArray(exemptions) || !exemptions.includes('ten-secondly')) return 'burst';
  return routed.operation.path.endsWith('/search') ? 'search' : 'exempt';
}

async function listDisagreements(sent: readonly SentRequest[]) {
  const checked = await Promise.all(
    sent.map(async (request) => ({ ...request, documented: await decideDocumentedLane(request.operation) })),
  );
  return checked.filter((request) => request.lane !== request.documented);
}

describe('the portal client’s lanes, against the exemptions in HubSpot’s OpenAPI documents', () => {
  const hubspot = useHubSpotContract();

  it('sends a company refresh’s association batch reads through exempt and its record and pipeline reads through burst, as documented', async () => {
    // Each company's associations, then each engagement's contacts.
    hubspot
      .on('POST', /^\/crm\/v4\/associations\/(companies|emails|calls|meetings)\/[^/]+\/batch\/read$/)
      .times(11)
      .reply(answerAssociations);
    hubspot
      .on('POST', /^\/crm\/v3\/objects\/[^/]+\/batch\/read$/)
      .times(9)
      .reply(() => [200, buildBatch([])]);
    hubspot.on('GET', '/crm/v3/pipelines/tickets').reply(200, { results: [] });
    const { client, sent } = createRecordingClient(hubspot);
    const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: CONTRACT_OBJECT_TYPES });

    await gateway.readCompanyContexts(['512', '513']);

    expect(sent.filter((request) => request.lane === 'exempt')).toHaveLength(11);
    expect(sent.filter((request) => request.lane === 'burst')).toHaveLength(10);
    expect(await listDisagreements(sent)).toEqual([]);
  });

  it('sends a deal read’s association batch reads through exempt and its record reads through burst, as documented', async () => {
    // The deal's contacts, companies and promise records, then the company's labelled contacts.
    hubspot
      .on('POST', /^\/crm\/v4\/associations\/deals\/[^/]+\/batch\/read$/)
      .times(3)
      .reply(answerAssociations);
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/read').reply(answerAssociations);
    // The deal's name, its contacts and its promise records.
    hubspot
      .on('POST', /^\/crm\/v3\/objects\/[^/]+\/batch\/read$/)
      .times(3)
      .reply(() => [200, buildBatch([])]);
    const { client, sent } = createRecordingClient(hubspot);
    const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: CONTRACT_OBJECT_TYPES });

    await gateway.readDealContacts(['901'], { promises: true });

    expect(sent.map((request) => request.lane).sort()).toEqual([
      'burst',
      'burst',
      'burst',
      'exempt',
      'exempt',
      'exempt',
      'exempt',
    ]);
    expect(await listDisagreements(sent)).toEqual([]);
  });

  it('sends a stakeholder label write through exempt and the portal’s label read through burst, as documented', async () => {
    hubspot
      .on('GET', '/crm/v4/associations/companies/contacts/labels')
      .reply(200, { results: [{ category: 'USER_DEFINED', typeId: 8, label: 'End user' }] });
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/create').reply(201, {
      status: 'COMPLETE',
      results: [{ fromObjectTypeId: '0-2', fromObjectId: '42', toObjectTypeId: '0-1', toObjectId: '501', labels: [] }],
      startedAt: stamp,
      completedAt: stamp,
    });
    const { client, sent } = createRecordingClient(hubspot);
    const gateway = createHubSpotCrmGateway({ client, liftoffObjectTypes: CONTRACT_OBJECT_TYPES });

    await gateway.addStakeholderLabels([{ companyId: '42', contactId: '501', roles: ['end_user'] }]);

    expect(sent.map((request) => request.lane)).toEqual(['burst', 'exempt']);
    expect(await listDisagreements(sent)).toEqual([]);
  });
});
