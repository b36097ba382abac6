import { describe, expect, it } from 'vitest';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';
const ownersPath = /^\/crm\/v3\/owners\/?$/;

function buildOwner(id: string, details: Record<string, unknown>) {
  return { id, type: 'PERSON', archived: false, createdAt: stamp, updatedAt: stamp, ...details };
}

describe('HubSpot CrmGateway reading the owners, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('pages GET /crm/v3/owners 500 at a time, active owners only, and names each owner', async () => {
    hubspot
      .on('GET', ownersPath)
      .times(2)
      .reply((_body, uri) =>
        new URL(uri, 'https://api.hubapi.com').searchParams.get('after') === null
          ? [
              200,
              {
                results: [
                  buildOwner('9001', {
                    firstName: 'Casey',
                    lastName: 'Morgan',
                    email: 'casey@vendor.test',
                    userId: 77,
                    teams: [{ id: '12', name: 'Customer Success', primary: true }],
                  }),
                ],
                paging: { next: { after: '9001' } },
              },
            ]
          : [200, { results: [buildOwner('9002', { email: 'robin@vendor.test' }), buildOwner('9003', {})] }],
      );

    const owners = await createContractGateway(stamp).readOwners();

    expect(owners.ok && owners.value).toEqual([
      {
        id: '9001',
        name: 'Casey Morgan',
        email: 'casey@vendor.test',
        teams: [{ id: '12', name: 'Customer Success', primary: true }],
      },
      { id: '9002', name: 'robin@vendor.test', email: 'robin@vendor.test', teams: [] },
      { id: '9003', name: null, email: null, teams: [] },
    ]);
    expect(hubspot.requests().map((request) => request.query)).toEqual([
      { limit: '500', archived: 'false' },
      { after: '9001', limit: '500', archived: 'false' },
    ]);
  });

  it('answers no owner for a portal without any', async () => {
    hubspot.on('GET', ownersPath).reply(200, { results: [] });

    await expect(createContractGateway(stamp).readOwners()).resolves.toEqual({ ok: true, value: [] });
    expect(hubspot.requests()).toHaveLength(1);
  });

  it("answers HubSpot's refusal as an error when the portal has not granted the owners scope", async () => {
    hubspot.on('GET', ownersPath).reply(403, {
      category: 'MISSING_SCOPES',
      correlationId: '4f8a7c1e-0000-4000-8000-000000000000',
      message: 'This app has not been granted all required scopes to make this call.',
    });

    const owners = await createContractGateway(stamp).readOwners();

    expect(owners).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
