import { describe, expect, it } from 'vitest';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';

const defined = (typeId: number) => ({ category: 'HUBSPOT_DEFINED', typeId });
const labelled = (typeId: number, label: string) => ({ category: 'USER_DEFINED', typeId, label });

/** The company → contact labels setup created on this portal (their type ids are the portal's own). */
const portalLabels = {
  results: [
    defined(280),
    labelled(7, 'Economic decision maker'),
    labelled(8, 'End user'),
    labelled(9, 'Technical influencer'),
    labelled(11, 'Validation owner'),
  ],
};

function buildLabelledPairs(pairs: readonly [companyId: string, contactId: string][]) {
  return {
    status: 'COMPLETE',
    results: pairs.map(([fromObjectId, toObjectId]) => ({
      fromObjectTypeId: '0-2',
      fromObjectId,
      toObjectTypeId: '0-1',
      toObjectId,
      labels: [],
    })),
    startedAt: stamp,
    completedAt: stamp,
  };
}

describe('HubSpot CrmGateway writing stakeholder roles as association labels, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('adds each contact’s labels on its company in one v4 batch create, by the portal’s label type ids', async () => {
    hubspot.on('GET', '/crm/v4/associations/companies/contacts/labels').reply(200, portalLabels);
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/create').reply(
      201,
      buildLabelledPairs([
        ['42', '501'],
        ['42', '502'],
      ]),
    );

    const results = await createContractGateway().addStakeholderLabels([
      { companyId: '42', contactId: '501', roles: ['end_user'] },
      { companyId: '42', contactId: '502', roles: ['technical_influencer', 'validation_owner'] },
    ]);

    expect(results).toEqual([
      { target: 'association', id: '42:501', ok: true },
      { target: 'association', id: '42:502', ok: true },
    ]);
    const create = hubspot.requests().find((request) => request.path.endsWith('/batch/create'));
    expect(create?.body).toEqual({
      inputs: [
        {
          from: { id: '42' },
          to: { id: '501' },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 8 }],
        },
        {
          from: { id: '42' },
          to: { id: '502' },
          types: [
            { associationCategory: 'USER_DEFINED', associationTypeId: 9 },
            { associationCategory: 'USER_DEFINED', associationTypeId: 11 },
          ],
        },
      ],
    });
  });

  it('leaves out a role the portal has no label for, and writes nothing for a contact with none left', async () => {
    hubspot.on('GET', '/crm/v4/associations/companies/contacts/labels').reply(200, portalLabels);
    hubspot
      .on('POST', '/crm/v4/associations/companies/contacts/batch/create')
      .reply(201, buildLabelledPairs([['42', '501']]));

    const results = await createContractGateway().addStakeholderLabels([
      { companyId: '42', contactId: '501', roles: ['sponsor', 'end_user'] },
      { companyId: '42', contactId: '503', roles: ['sponsor'] },
    ]);

    expect(results).toEqual([{ target: 'association', id: '42:501', ok: true }]);
    const create = hubspot.requests().find((request) => request.path.endsWith('/batch/create'));
    expect(create?.body).toEqual({
      inputs: [
        {
          from: { id: '42' },
          to: { id: '501' },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 8 }],
        },
      ],
    });
  });

  it('makes no call when no contact has a role to write', async () => {
    expect(
      await createContractGateway().addStakeholderLabels([{ companyId: '42', contactId: '501', roles: [] }]),
    ).toEqual([]);
    expect(hubspot.requests()).toHaveLength(0);
  });
});
