import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import type { Scheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createWorker } from '../../../server/src/jobs/create-worker.ts';
import type { Worker } from '../../../server/src/jobs/create-worker.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { JsonObject, Store } from '../../../server/src/onboarding/ports/index.ts';
import { atDay } from '../../support/build-onboarding.ts';
import { buildOnboardingRecord, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { startMappedUsagePortal } from '../../support/start-mapped-usage-portal.ts';
import type { MappedUsagePortal } from '../../support/start-mapped-usage-portal.ts';

const HOUR_MS = 3_600_000;
const COMPANY = '101';

const mapping = {
  lastLoginAt: 'product_last_login',
  logins7d: 'product_logins_7d',
  activeUsers7d: 'product_active_users_7d',
};

/**
 * The hourly sweep over the real HubSpot gateway and SDK against the simulated HubSpot (loopback only). A change
 * to a mapped usage property alone raises no webhook and no engagement change: the sweep's pull still reads it.
 */
describe('the sweep of a portal that maps usage to company properties', () => {
  let portal: MappedUsagePortal;
  let hubspot: SimulatedHubSpot;
  let store: Store;
  let clock: FixedClock;
  let scheduler: Scheduler;
  let worker: Worker;
  let companyReads: number;

  beforeEach(async () => {
    companyReads = 0;
    portal = await startMappedUsagePortal((exchange) => {
      if (exchange.path === '/crm/v3/objects/companies/batch/read') companyReads += 1;
    });
    const { crm } = portal;
    ({ store, clock, hubspot } = portal);
    clock.set(atDay(15));
    hubspot.seed({
      objects: { companies: [{ id: COMPANY, properties: { name: 'Acme SA', product_logins_7d: '0' } }] },
    });
    const logger = createLogger({ level: 'silent' });
    const sleep = () => Promise.resolve();
    scheduler = createScheduler({ store, portalIds: [PORTAL], intervalMs: HOUR_MS, clock, sleep, logger });
    worker = createWorker({ store, crmFor: () => crm, clock, sleep, logger });
    await store.onboardings.save(buildOnboardingRecord());
  });

  afterEach(() => portal.close());

  const mapUsage = (usagePropertyMapping: JsonObject) => portal.mapUsage(usagePropertyMapping);

  /** The customer's product writes its usage on the company in HubSpot (the record keeps Liftoff's own values). */
  function changeCompanyProperties(properties: Record<string, string>) {
    const company = hubspot.records('companies').find((record) => record.id === COMPANY);
    hubspot.seed({
      objects: { companies: [{ id: COMPANY, properties: { ...company?.properties, ...properties } }] },
    });
  }

  async function sweep() {
    await scheduler.sweepOnce();
    await worker.drainOnce();
  }

  const signalsOf = async () => (await store.onboardings.get(PORTAL, COMPANY))?.onboarding.signals ?? [];

  it('reads a changed mapped property at the next sweep and resolves no_first_login', async () => {
    await mapUsage(mapping);
    await sweep();
    expect(await signalsOf()).toContainEqual(expect.objectContaining({ type: 'no_first_login', status: 'open' }));

    clock.advance(HOUR_MS);
    changeCompanyProperties({
      product_last_login: new Date(clock.now() - 10 * 60_000).toISOString(),
      product_logins_7d: '3',
      product_active_users_7d: '2',
    });
    clock.advance(HOUR_MS);
    await sweep();

    const snapshot = await store.activity.getSnapshot(PORTAL, COMPANY);
    expect(snapshot.logins).toHaveLength(3);
    expect(new Set(snapshot.logins.map((login) => login.userId)).size).toBe(2);
    expect(await signalsOf()).toContainEqual(expect.objectContaining({ type: 'no_first_login', status: 'resolved' }));
  });

  it('reads the companies in progress once per sweep, in one batch read', async () => {
    await mapUsage(mapping);

    await sweep();

    expect(companyReads).toBe(1);
  });

  it('reads no company at a sweep when the portal maps no usage property and nothing changed', async () => {
    await mapUsage({});

    await sweep();

    expect(companyReads).toBe(0);
  });
});
