import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnboardingCardResponse } from '@liftoff/shared/contract/index';
import type { SimulatedOwnerInput } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { refreshCompanies } from '../../../server/src/onboarding/sync/refresh-companies.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  startSyncTestService,
  SYNC_PORTAL as PORTAL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const CLOSE_DATE = '2026-03-02T08:00:00.000Z';
const DAY_MS = 86_400_000;

/** The account executive owns the company in HubSpot; the CSM is in the portal's own owner property. */
const accountExecutive: SimulatedOwnerInput = {
  id: '9001',
  firstName: 'Alex',
  lastName: 'Seller',
  email: 'alex@vendor.test',
  teams: [{ id: '11', name: 'Sales', primary: true }],
};
const successManager: SimulatedOwnerInput = {
  id: '9002',
  firstName: 'Casey',
  lastName: 'Morgan',
  email: 'casey@vendor.test',
  teams: [{ id: '12', name: 'Customer Success', primary: true }],
};

const company = (properties: Record<string, string>) => ({
  id: '42',
  properties: { name: 'Acme', domain: 'acme.test', ...properties },
});

/**
 * Each onboarding knows its CSM, end to end: the real service on its SQLite store, the HubSpot gateway through the
 * real SDK against the simulated HubSpot (every exchange checked against HubSpot's OpenAPI documents). The company
 * read takes the portal's owner property; the owners list names them once a day; the card answers from the store.
 */
describe("an onboarding's CSM owner", () => {
  let service: SyncTestService;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: {
        objects: {
          companies: [company({ hubspot_owner_id: '9001', csm_owner: '9002' })],
          deals: [{ id: '7', properties: { dealstage: 'closedwon', pipeline: 'default', closedate: CLOSE_DATE } }],
        },
        associations: [buildPrimaryCompanyAssociation('7', '42')],
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
        owners: [accountExecutive, successManager],
      },
    });
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        appId: 9,
        occurredAt: Date.parse(CLOSE_DATE),
        subscriptionType: 'deal.propertyChange',
        attemptNumber: 0,
        objectId: 7,
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);
    await service.drain();
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  const refresh = () => refreshCompanies({ store: service.store, crm: service.crm, clock }, PORTAL, ['42']);

  async function readCardOwner() {
    clock.advance(1_000);
    const response = await service.callCard('GET', '/api/cards/companies/42/onboarding');
    expect(response.status).toBe(200);
    const card = response.body as OnboardingCardResponse;
    return card.kind === 'onboarding' ? card.onboarding.owner : 'no onboarding';
  }

  const ownersListCalls = () => service.requests.filter((request) => /^GET \/crm\/v3\/owners\/?$/.test(request)).length;

  it('names the company owner (hubspot_owner_id) as the CSM from the start, in the card, from the store', async () => {
    expect((await service.store.onboardings.get(PORTAL, '42'))?.ownerId).toBe('9001');
    expect(await readCardOwner()).toEqual({ id: '9001', name: 'Alex Seller' });
    expect(await service.store.owners.list(PORTAL, ['9001'])).toEqual([
      {
        id: '9001',
        name: 'Alex Seller',
        email: 'alex@vendor.test',
        teams: [{ id: '11', name: 'Sales', primary: true }],
        refreshedAt: clock.now() - 1_000,
      },
    ]);
  });

  it('reads the owner property the settings name instead, at the next refresh', async () => {
    clock.advance(1_000);
    const saved = await service.callCard('PUT', '/api/cards/settings', { ownerProperty: 'csm_owner' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ownerProperty: 'csm_owner' });

    await refresh();

    expect((await service.store.onboardings.get(PORTAL, '42'))?.ownerId).toBe('9002');
    expect(await readCardOwner()).toEqual({ id: '9002', name: 'Casey Morgan' });
  });

  it('goes back to the company owner when the setting is cleared', async () => {
    clock.advance(1_000);
    await service.callCard('PUT', '/api/cards/settings', { ownerProperty: 'csm_owner' });
    await refresh();
    clock.advance(1_000);
    await service.callCard('PUT', '/api/cards/settings', { ownerProperty: null });

    await refresh();

    expect(await readCardOwner()).toEqual({ id: '9001', name: 'Alex Seller' });
  });

  it('follows a change of owner in HubSpot, and reads the owners list again only once the cache is a day old', async () => {
    expect(ownersListCalls()).toBe(1);
    await refresh();
    expect(ownersListCalls()).toBe(1);

    service.hubspot.seed({
      objects: { companies: [company({ hubspot_owner_id: '9003' })] },
      owners: [{ id: '9003', firstName: 'Robin', lastName: 'Vale', email: 'robin@vendor.test' }],
    });
    await refresh();
    expect(await readCardOwner()).toEqual({ id: '9003', name: 'Robin Vale' });
    expect(ownersListCalls()).toBe(2);

    service.hubspot.seed({ owners: [{ ...accountExecutive, firstName: 'Alexandra' }] });
    service.hubspot.seed({ objects: { companies: [company({ hubspot_owner_id: '9001' })] } });
    await refresh();
    expect(await readCardOwner()).toEqual({ id: '9001', name: 'Alex Seller' });

    clock.advance(DAY_MS);
    await refresh();
    expect(await readCardOwner()).toEqual({ id: '9001', name: 'Alexandra Seller' });
    expect(ownersListCalls()).toBe(3);
  });

  it('shows no owner for a company whose owner property is empty, and a deactivated owner by id only', async () => {
    service.hubspot.seed({ objects: { companies: [company({ hubspot_owner_id: '' })] } });
    await refresh();
    expect(await readCardOwner()).toBeNull();

    // A deactivated user: HubSpot lists it only when asked for archived owners.
    service.hubspot.seed({
      objects: { companies: [company({ hubspot_owner_id: '9999' })] },
      owners: [{ id: '9999', firstName: 'Former', lastName: 'Colleague', archived: true }],
    });
    await refresh();
    expect(await readCardOwner()).toEqual({ id: '9999', name: null });
  });

  it('refuses an owner property that is no internal property name', async () => {
    clock.advance(1_000);
    const refused = await service.callCard('PUT', '/api/cards/settings', { ownerProperty: 'CSM Owner' });

    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: { code: 'invalid_request', issues: [expect.objectContaining({ path: 'ownerProperty' })] },
    });
  });
});
