import { describe, expect, it } from 'vitest';
import { CONTRACT_OBJECT_TYPES, createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';

function buildObject(id: string, properties: Record<string, string>) {
  return { id, properties, createdAt: stamp, updatedAt: stamp, archived: false };
}

function buildBatch(results: unknown[]) {
  return { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
}

type AssociationTypes = { category: string; typeId: number; label?: string }[];

/** A v4 association batch read answer: each `from` id with the objects it is associated with. */
function buildAssociations(from: Record<string, readonly [id: string, types: AssociationTypes][]>) {
  return buildBatch(
    Object.entries(from).map(([id, to]) => ({
      from: { id },
      to: to.map(([toObjectId, associationTypes]) => ({ toObjectId, associationTypes })),
    })),
  );
}

const defined = (typeId: number) => ({ category: 'HUBSPOT_DEFINED', typeId });
const labelled = (typeId: number, label?: string) => ({ category: 'USER_DEFINED', typeId, label });

describe('HubSpot CrmGateway reading deals’ contacts, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('reads each deal’s name and contacts with name, email and the Liftoff labels they carry on the deal’s primary company', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/deals/batch/read')
      .reply(200, buildBatch([buildObject('7', { dealname: 'Acme — platform' }), buildObject('8', { dealname: '' })]));
    hubspot.on('POST', '/crm/v4/associations/deals/contacts/batch/read').reply(
      200,
      buildAssociations({
        '7': [
          ['501', [defined(3)]],
          ['502', [defined(3)]],
          ['503', [defined(3)]],
        ],
        '8': [['501', [defined(3)]]],
      }),
    );
    hubspot.on('POST', '/crm/v4/associations/deals/companies/batch/read').reply(
      200,
      buildAssociations({
        '7': [
          ['41', [defined(341)]],
          ['42', [defined(5), defined(341)]],
        ],
        '8': [
          ['41', [defined(341)]],
          ['42', [defined(341)]],
        ],
      }),
    );
    hubspot
      .on('POST', '/crm/v3/objects/contacts/batch/read')
      .reply(
        200,
        buildBatch([
          buildObject('501', { firstname: 'Ana', lastname: 'Ruiz', email: 'ana@acme.test' }),
          buildObject('502', { email: 'ben@acme.test' }),
          buildObject('503', { firstname: 'Cy', lastname: '' }),
        ]),
      );
    hubspot.on('POST', '/crm/v4/associations/companies/contacts/batch/read').reply(
      200,
      buildAssociations({
        '42': [
          ['501', [defined(280), labelled(7, 'Economic decision maker'), labelled(11, 'Validation owner')]],
          ['502', [defined(280), labelled(8)]],
          ['509', [defined(280), labelled(9, 'Sponsor')]],
        ],
      }),
    );
    hubspot
      .on('GET', '/crm/v4/associations/companies/contacts/labels')
      .reply(200, { results: [defined(280), labelled(8, 'End user')] });

    const read = await createContractGateway().readDealContacts(['7', '8'], { promises: false });

    expect(read).toEqual([
      {
        dealId: '7',
        dealName: 'Acme — platform',
        primaryCompanyId: '42',
        contacts: [
          {
            contactId: '501',
            name: 'Ana Ruiz',
            email: 'ana@acme.test',
            roles: ['economic_decision_maker', 'validation_owner'],
          },
          { contactId: '502', name: 'ben@acme.test', email: 'ben@acme.test', roles: ['end_user'] },
          { contactId: '503', name: 'Cy', email: null, roles: [] },
        ],
        promises: [],
      },
      {
        dealId: '8',
        dealName: null,
        primaryCompanyId: null,
        contacts: [{ contactId: '501', name: 'Ana Ruiz', email: 'ana@acme.test', roles: [] }],
        promises: [],
      },
    ]);
    const bodies = Object.fromEntries(hubspot.requests().map((request) => [request.path, request.body]));
    expect(bodies['/crm/v4/associations/deals/contacts/batch/read']).toEqual({ inputs: [{ id: '7' }, { id: '8' }] });
    expect(bodies['/crm/v3/objects/deals/batch/read']).toMatchObject({
      inputs: [{ id: '7' }, { id: '8' }],
      properties: ['dealname'],
    });
    expect(bodies['/crm/v3/objects/contacts/batch/read']).toMatchObject({
      inputs: [{ id: '501' }, { id: '502' }, { id: '503' }],
      properties: ['firstname', 'lastname', 'email'],
    });
    expect(bodies['/crm/v4/associations/companies/contacts/batch/read']).toEqual({ inputs: [{ id: '42' }] });
  });

  it('reads the sales-promise criterion records associated with each deal, batched, when the portal has custom objects', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/deals/batch/read')
      .reply(200, buildBatch([buildObject('7', { dealname: 'Acme' }), buildObject('8', { dealname: 'Beta' })]));
    hubspot.on('POST', '/crm/v4/associations/deals/contacts/batch/read').reply(200, buildBatch([]));
    hubspot.on('POST', '/crm/v4/associations/deals/companies/batch/read').reply(200, buildBatch([]));
    hubspot.on('POST', `/crm/v4/associations/deals/${CONTRACT_OBJECT_TYPES.criterion}/batch/read`).reply(
      200,
      buildAssociations({
        '7': [
          ['9001', [defined(60)]],
          ['9002', [defined(60)]],
        ],
        '8': [['9003', [defined(60)]]],
      }),
    );
    const promise = {
      liftoff_key: 'handoff-7-c1',
      name: 'Weekly active users',
      metric: 'weekly_active_users',
      unit: 'users',
      baseline_value: '4',
      target_value: '40',
      due_date: '2026-06-01',
      source: 'sales_promise',
    };
    hubspot.on('POST', `/crm/v3/objects/${CONTRACT_OBJECT_TYPES.criterion}/batch/read`).reply(
      200,
      buildBatch([
        buildObject('9001', promise),
        buildObject('9002', { ...promise, liftoff_key: 'acme-c2', name: 'Fewer tickets', source: 'csm' }),
        buildObject('9003', {
          ...promise,
          liftoff_key: 'handoff-8-c1',
          name: 'Reports sent',
          metric: '',
          unit: '',
          baseline_value: '',
          target_value: '12',
          due_date: '',
        }),
      ]),
    );

    const read = await createContractGateway().readDealContacts(['7', '8'], { promises: true });

    expect(read.map((deal) => [deal.dealId, deal.promises])).toEqual([
      [
        '7',
        [
          {
            id: 'handoff-7-c1',
            name: 'Weekly active users',
            metric: 'weekly_active_users',
            unit: 'users',
            baseline: 4,
            target: 40,
            dueDate: Date.UTC(2026, 5, 1),
          },
        ],
      ],
      [
        '8',
        [
          {
            id: 'handoff-8-c1',
            name: 'Reports sent',
            metric: null,
            unit: null,
            baseline: null,
            target: 12,
            dueDate: null,
          },
        ],
      ],
    ]);
    const criteriaRead = hubspot
      .requests()
      .filter((request) => request.path === `/crm/v3/objects/${CONTRACT_OBJECT_TYPES.criterion}/batch/read`);
    expect(criteriaRead).toHaveLength(1);
    expect(criteriaRead[0]?.body).toMatchObject({
      inputs: [{ id: '9001' }, { id: '9002' }, { id: '9003' }],
      properties: expect.arrayContaining(['liftoff_key', 'name', 'target_value', 'due_date', 'source']),
    });
  });

  it('answers a deal with no contacts (or unknown to HubSpot) with none, after the deal and association reads only', async () => {
    hubspot.on('POST', '/crm/v3/objects/deals/batch/read').reply(200, buildBatch([]));
    hubspot.on('POST', '/crm/v4/associations/deals/contacts/batch/read').reply(200, buildBatch([]));
    hubspot.on('POST', '/crm/v4/associations/deals/companies/batch/read').reply(200, buildBatch([]));

    const read = await createContractGateway().readDealContacts(['9'], { promises: false });

    expect(read).toEqual([{ dealId: '9', dealName: null, primaryCompanyId: null, contacts: [], promises: [] }]);
    expect(hubspot.requests()).toHaveLength(3);
  });

  it('makes no call when asked for no deal', async () => {
    expect(await createContractGateway().readDealContacts([], { promises: true })).toEqual([]);
    expect(hubspot.requests()).toHaveLength(0);
  });
});
