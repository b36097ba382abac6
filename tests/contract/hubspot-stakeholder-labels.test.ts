import { describe, expect, it } from 'vitest';
import type { StakeholderWrite, WritePlan } from '../../server/src/onboarding/ports/crm-gateway.ts';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';

function buildPlan(stakeholders: StakeholderWrite[]): WritePlan {
  return { companies: [], deals: [], criteria: [], milestones: [], signals: [], stakeholders };
}

function buildWrite(overrides: Partial<StakeholderWrite> = {}): StakeholderWrite {
  return {
    companyId: '42',
    contactId: '501',
    addRoles: [],
    removeRoles: [],
    kpi: undefined,
    desired: { roles: [], kpi: null },
    ...overrides,
  };
}

/** GET /crm/v4/associations/companies/contacts/labels as setup leaves a portal, plus a label of its own. */
const labels = {
  results: [
    { category: 'HUBSPOT_DEFINED', typeId: 280 },
    { category: 'USER_DEFINED', typeId: 101, label: 'Economic decision maker' },
    { category: 'USER_DEFINED', typeId: 102, label: 'End user' },
    { category: 'USER_DEFINED', typeId: 104, label: 'Sponsor' },
    { category: 'USER_DEFINED', typeId: 200, label: 'Billing' },
  ],
};

describe('HubSpot CrmGateway writing stakeholder labels and KPIs, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('adds and removes only Liftoff’s labels by the portal’s type ids, and writes the KPI property', async () => {
    hubspot.on('GET', '/crm/v4/associations/companies/contacts/labels').reply(200, labels);
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/create').reply(201, {
      status: 'COMPLETE',
      startedAt: stamp,
      completedAt: stamp,
      results: [
        { fromObjectTypeId: '0-2', fromObjectId: '42', toObjectTypeId: '0-1', toObjectId: '501', labels: ['Sponsor'] },
      ],
    });
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/labels/archive').reply(204);
    hubspot.on('POST', '/crm/v3/objects/contacts/batch/update').reply(200, {
      status: 'COMPLETE',
      startedAt: stamp,
      completedAt: stamp,
      results: [
        {
          id: '502',
          properties: { liftoff_stakeholder_kpi: '' },
          createdAt: stamp,
          updatedAt: stamp,
          archived: false,
        },
      ],
    });

    const results = await createContractGateway().applyWritePlan(
      buildPlan([
        buildWrite({ addRoles: ['sponsor'], removeRoles: ['end_user'], desired: { roles: ['sponsor'], kpi: null } }),
        buildWrite({ contactId: '502', kpi: null, desired: { roles: [], kpi: null } }),
      ]),
    );

    expect(results).toEqual([
      { target: 'stakeholder', id: '42:501', ok: true },
      { target: 'stakeholder', id: '42:502', ok: true },
    ]);
    const bodyOf = (path: string) => hubspot.requests().find((request) => request.path === path)?.body;
    expect(bodyOf('/crm/v4/associations/companies/contacts/batch/create')).toEqual({
      inputs: [
        {
          from: { id: '42' },
          to: { id: '501' },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 104 }],
        },
      ],
    });
    expect(bodyOf('/crm/v4/associations/companies/contacts/batch/labels/archive')).toEqual({
      inputs: [
        {
          from: { id: '42' },
          to: { id: '501' },
          types: [{ associationCategory: 'USER_DEFINED', associationTypeId: 102 }],
        },
      ],
    });
    expect(bodyOf('/crm/v3/objects/contacts/batch/update')).toEqual({
      inputs: [{ id: '502', properties: { liftoff_stakeholder_kpi: '' } }],
    });
  });

  it('refuses, without a write, a role the portal has no label for (setup not run)', async () => {
    hubspot.on('GET', '/crm/v4/associations/companies/contacts/labels').reply(200, labels);

    const results = await createContractGateway().applyWritePlan(
      buildPlan([
        buildWrite({ addRoles: ['technical_influencer'], desired: { roles: ['technical_influencer'], kpi: null } }),
      ]),
    );

    expect(results).toEqual([
      {
        target: 'stakeholder',
        id: '42:501',
        ok: false,
        error: { code: 'not_found', message: expect.stringContaining('"Technical influencer"') },
      },
    ]);
    expect(hubspot.requests().map((request) => request.path)).toEqual([
      '/crm/v4/associations/companies/contacts/labels',
    ]);
  });
});
