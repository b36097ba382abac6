import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import type { CrmGateway } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import type { JsonObject, Store } from '../../../server/src/onboarding/ports/index.ts';
import { refreshCompanies } from '../../../server/src/onboarding/sync/refresh-companies.ts';
import { buildOnboarding } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { startMappedUsagePortal } from '../../support/start-mapped-usage-portal.ts';
import type { MappedUsagePortal } from '../../support/start-mapped-usage-portal.ts';

const DAY_MS = 86_400_000;

const mapping = {
  lastLoginAt: 'product_last_login',
  logins7d: 'product_logins_7d',
  activeUsers7d: 'product_active_users_7d',
  featureLastUsedAt: { reports: 'product_reports_last_used' },
};

/**
 * The worker's refresh over the real HubSpot gateway and SDK against the simulated HubSpot (loopback only):
 * a portal that maps usage to company properties gets its usage from them, with no usage API.
 */
describe('refreshing a company whose portal maps usage properties', () => {
  let portal: MappedUsagePortal;
  let hubspot: SimulatedHubSpot;
  let store: Store;
  let clock: FixedClock;
  let crm: CrmGateway;
  let companyReads: unknown[];

  beforeEach(async () => {
    companyReads = [];
    portal = await startMappedUsagePortal((exchange) => {
      if (exchange.path === '/crm/v3/objects/companies/batch/read') companyReads.push(exchange.requestBody);
    });
    ({ store, clock, hubspot, crm } = portal);
    hubspot.seed({
      objects: {
        companies: [
          {
            id: '42',
            properties: {
              name: 'Acme',
              product_last_login: '2026-03-01T16:00:00.000Z',
              product_logins_7d: '6',
              product_active_users_7d: '2',
              product_reports_last_used: '2026-02-27',
            },
          },
        ],
      },
    });
    const { activity: _activity, ...onboarding } = buildOnboarding({ companyId: '42', usageTracked: false });
    await store.onboardings.save(buildOnboardingRecord({ onboarding }));
  });

  afterEach(() => portal.close());

  const mapUsage = (usagePropertyMapping: JsonObject) => portal.mapUsage(usagePropertyMapping);

  const refresh = () => refreshCompanies({ store, crm, clock }, PORTAL, ['42']);

  it('reads the mapped properties in the same company batch read', async () => {
    await mapUsage(mapping);

    expect(await refresh()).toEqual({ refreshed: ['42'], parked: [] });

    expect(companyReads).toHaveLength(1);
    expect(companyReads[0]).toMatchObject({
      properties: expect.arrayContaining([
        'product_last_login',
        'product_logins_7d',
        'product_active_users_7d',
        'product_reports_last_used',
      ]),
    });
  });

  it("turns them into the company's logins, active users and key-feature use, and marks usage tracked", async () => {
    await mapUsage(mapping);

    await refresh();

    const snapshot = await store.activity.getSnapshot(PORTAL, '42');
    const lastWeek = snapshot.logins.filter((login) => login.at > clock.now() - 7 * DAY_MS);
    expect(lastWeek).toHaveLength(6);
    expect(new Set(lastWeek.map((login) => login.userId)).size).toBe(2);
    expect(snapshot.logins).toContainEqual(expect.objectContaining({ at: Date.parse('2026-03-01T16:00:00.000Z') }));
    expect(snapshot.featureUses).toEqual([
      expect.objectContaining({ feature: 'reports', at: Date.parse('2026-02-27') }),
    ]);
    expect((await store.onboardings.get(PORTAL, '42'))?.onboarding.usageTracked).toBe(true);
  });

  it('records nothing more when the next refresh reads the same values', async () => {
    await mapUsage(mapping);
    await refresh();
    clock.advance(3_600_000);

    await refresh();

    const snapshot = await store.activity.getSnapshot(PORTAL, '42');
    expect(snapshot.logins).toHaveLength(6);
    expect(snapshot.featureUses).toHaveLength(1);
  });

  it('reads no extra property and records no usage when the portal maps none', async () => {
    await mapUsage({});

    await refresh();

    expect(companyReads[0]).not.toMatchObject({ properties: expect.arrayContaining(['product_logins_7d']) });
    expect((await store.activity.getSnapshot(PORTAL, '42')).logins).toEqual([]);
    expect((await store.onboardings.get(PORTAL, '42'))?.onboarding.usageTracked).toBe(false);
  });
});
