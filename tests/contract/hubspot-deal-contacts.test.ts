import { describe, expect, it } from 'vitest';
import { createContractGateway } from '../support/create-contract-gateway.ts';
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

  it('reads each deal’s contacts with name, email and the Liftoff labels they carry on the deal’s primary company', async () => {
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

    const read = await createContractGateway().readDealContacts(['7', '8']);

    expect(read).toEqual([
      {
        dealId: '7',
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
      },
      {
        dealId: '8',
        primaryCompanyId: null,
        contacts: [{ contactId: '501', name: 'Ana Ruiz', email: 'ana@acme.test', roles: [] }],
      },
    ]);
    const bodies = Object.fromEntries(hubspot.requests().map((request) => [request.path, request.body]));
    expect(bodies['/crm/v4/associations/deals/contacts/batch/read']).toEqual({ inputs: [{ id: '7' }, { id: '8' }] });
    expect(bodies['/crm/v3/objects/contacts/batch/read']).toMatchObject({
      inputs: [{ id: '501' }, { id: '502' }, { id: '503' }],
      properties: ['firstname', 'lastname', 'email'],
    });
    expect(bodies['/crm/v4/associations/companies/contacts/batch/read']).toEqual({ inputs: [{ id: '42' }] });
  });

  it('answers a deal with no contacts (or unknown to HubSpot) with none, after the two association reads only', async () => {
    hubspot.on('POST', '/crm/v4/associations/deals/contacts/batch/read').reply(200, buildBatch([]));
    hubspot.on('POST', '/crm/v4/associations/deals/companies/batch/read').reply(200, buildBatch([]));

    const read = await createContractGateway().readDealContacts(['9']);

    expect(read).toEqual([{ dealId: '9', primaryCompanyId: null, contacts: [] }]);
    expect(hubspot.requests()).toHaveLength(2);
  });

  it('makes no call when asked for no deal', async () => {
    expect(await createContractGateway().readDealContacts([])).toEqual([]);
    expect(hubspot.requests()).toHaveLength(0);
  });
});
