import { describe, expect, it } from 'vitest';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const searchedTypes = ['emails', 'calls', 'meetings', 'tickets', '2-101', '2-102', '2-103'];
const stamp = '2026-03-10T09:00:00.000Z';
const since = Date.parse('2026-03-10T00:00:00.000Z');

function buildModified(id: string, modifiedAt: string) {
  return {
    id,
    properties: { hs_lastmodifieddate: modifiedAt },
    createdAt: stamp,
    updatedAt: modifiedAt,
    archived: false,
  };
}

function buildSearchPage(results: ReturnType<typeof buildModified>[], nextAfter?: string) {
  return {
    total: results.length,
    results,
    ...(nextAfter === undefined ? {} : { paging: { next: { after: nextAfter } } }),
  };
}

function buildCompanyAssociations(pairs: readonly [from: string, companyId: string][]) {
  return {
    status: 'COMPLETE',
    results: pairs.map(([from, companyId]) => ({
      from: { id: from },
      to: [{ toObjectId: companyId, associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 186 }] }],
    })),
    startedAt: stamp,
    completedAt: stamp,
  };
}

const afterOf = (body: unknown) => (body as { after?: string }).after;

describe('HubSpot CrmGateway finding changed companies, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('makes one search per object type and nothing else when nothing changed since the watermark', async () => {
    for (const type of searchedTypes)
      hubspot.on('POST', `/crm/v3/objects/${type}/search`).reply(200, buildSearchPage([]));

    const changed = await createContractGateway(stamp).findChangedCompanies(since);

    expect(changed).toEqual({ companyIds: [], watermark: since });
    expect(hubspot.requests()).toHaveLength(searchedTypes.length);
    expect(hubspot.requests()[0]?.body).toMatchObject({
      filterGroups: [{ filters: [{ propertyName: 'hs_lastmodifieddate', operator: 'GTE', value: String(since) }] }],
      sorts: ['hs_lastmodifieddate'],
      after: '0',
    });
  });

  it('follows the paging cursor, maps changed records to their companies and moves the watermark to the newest change', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/emails/search', (body) => afterOf(body) === '0')
      .reply(200, buildSearchPage([buildModified('601', '2026-03-10T09:00:00.000Z')], '1'));
    hubspot
      .on('POST', '/crm/v3/objects/emails/search', (body) => afterOf(body) === '1')
      .reply(200, buildSearchPage([buildModified('602', '2026-03-11T10:00:00.000Z')]));
    hubspot
      .on('POST', '/crm/v3/objects/tickets/search')
      .reply(200, buildSearchPage([buildModified('701', '2026-03-10T12:00:00.000Z')]));
    for (const type of ['calls', 'meetings', '2-101', '2-102', '2-103']) {
      hubspot.on('POST', `/crm/v3/objects/${type}/search`).reply(200, buildSearchPage([]));
    }
    hubspot.on('POST', '/crm/v4/associations/emails/companies/batch/read').reply(
      200,
      buildCompanyAssociations([
        ['601', '42'],
        ['602', '43'],
      ]),
    );
    hubspot
      .on('POST', '/crm/v4/associations/tickets/companies/batch/read')
      .reply(200, buildCompanyAssociations([['701', '42']]));

    const changed = await createContractGateway(stamp).findChangedCompanies(since);

    expect([...changed.companyIds].sort()).toEqual(['42', '43']);
    expect(changed.watermark).toBe(Date.parse('2026-03-11T10:00:00.000Z'));
    const emailAssociations = hubspot
      .requests()
      .find((request) => request.path.startsWith('/crm/v4/associations/emails'));
    expect(emailAssociations?.body).toEqual({ inputs: [{ id: '601' }, { id: '602' }] });
  });
});
