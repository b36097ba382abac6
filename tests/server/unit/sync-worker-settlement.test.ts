import { succeed } from '../../../server/src/result.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createWorker } from '../../../server/src/jobs/create-worker.ts';
import type { WorkerOptions } from '../../../server/src/jobs/create-worker.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { CrmGateway, WritePlan, WriteResult } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { buildCompanyContext } from '../../support/build-company-context.ts';
import { PORTAL, buildInboxEvent, buildOnboardingRecord, createTestStore } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';

const logger = createLogger({ level: 'silent' });
const COMPANY = '101';
const never = () => new Promise<void>(() => undefined);

/** A CRM in memory that knows one company; `onWrite` runs inside each write-back, e.g. to hold it open. */
function buildCrm(overrides: Partial<CrmGateway> = {}): CrmGateway {
  return {
    readDeals: () => Promise.resolve([]),
    readCompanyDeals: () => Promise.resolve([]),
    readDealContacts: () => Promise.resolve([]),
    readCompanyContexts: (ids) =>
      Promise.resolve(ids.includes(COMPANY) ? [buildCompanyContext({ companyId: COMPANY })] : []),
    readOwners: () => Promise.resolve(succeed([])),
    findChangedCompanies: () => Promise.resolve({ companyIds: [COMPANY], watermark: 0 }),
    applyWritePlan: (plan) => Promise.resolve(toResults(plan, true)),
    addStakeholderLabels: () => Promise.resolve([]),
    ...overrides,
  };
}

function toResults(plan: WritePlan, ok: boolean): WriteResult[] {
  return plan.companies.map((write) =>
    ok
      ? { target: 'company', id: write.id, ok: true }
      : { target: 'company', id: write.id, ok: false, error: { code: 'unavailable', message: 'HubSpot is down' } },
  );
}

/** The worker's guarantees beyond the happy path: every claimed event ends done, retried, parked or released. */
describe('the sync worker settles every claimed event', () => {
  let store: Store;
  let clock: FixedClock;

  beforeEach(async () => {
    ({ store, clock } = await createTestStore());
    await store.onboardings.save(buildOnboardingRecord());
  });

  afterEach(() => store.close());

  function createTestWorker(crm: CrmGateway | null, overrides: Partial<WorkerOptions> = {}) {
    return createWorker({ store, crmFor: () => crm, clock, sleep: never, logger, ...overrides });
  }

  const reassessEvent = (eventId: string, companyId = COMPANY) =>
    buildInboxEvent({ source: 'card', eventId, kind: 'card.acknowledge_signal', companyId, payload: {} });

  it('retries a group HubSpot refused with backoff, then parks it with its error after the last attempt', async () => {
    await store.inbox.append([reassessEvent('c1')], clock.now());
    const worker = createTestWorker(buildCrm({ applyWritePlan: (plan) => Promise.resolve(toResults(plan, false)) }), {
      retryPolicy: { maxAttempts: 2, baseDelayMs: 60_000, maxDelayMs: 60_000 },
    });

    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, retried: 1, parked: 0 });
    expect(await worker.drainOnce()).toMatchObject({ claimed: 0 });
    clock.advance(60_000);
    expect(await worker.drainOnce()).toMatchObject({ claimed: 1, retried: 0, parked: 1 });

    const [parked] = await store.inbox.listParked(PORTAL);
    expect(parked?.lastError).toMatch(/^crm_write_failed: HubSpot refused 1 write\(s\): company 101: unavailable/);
  });

  it('parks at once, without retrying, the events of a portal it has no CRM for', async () => {
    await store.inbox.append([reassessEvent('c1')], clock.now());

    expect(await createTestWorker(null).drainOnce()).toMatchObject({ claimed: 1, parked: 1, retried: 0 });
    expect((await store.inbox.listParked(PORTAL))[0]?.lastError).toMatch(/^unknown_portal/);
  });

  it('releases the claimed groups it has not started when stopped, their attempt not counted', async () => {
    const { onboarding } = buildOnboardingRecord();
    await store.onboardings.save(
      buildOnboardingRecord({ dealId: '502', onboarding: { ...onboarding, companyId: '102' } }),
    );
    await store.inbox.append([reassessEvent('c1'), reassessEvent('c2', '102')], clock.now());
    let unblock: () => void = () => undefined;
    let onWriting: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => (onWriting = resolve));
    const crm = buildCrm({
      applyWritePlan: async (plan) => {
        onWriting();
        await new Promise<void>((resolve) => (unblock = resolve));
        return toResults(plan, true);
      },
    });
    const worker = createTestWorker(crm, { concurrencyPerPortal: 1 });

    const draining = worker.drainOnce();
    await writing;
    const stopped = worker.stop();
    unblock();
    await stopped;

    expect(await draining).toMatchObject({ claimed: 2, completed: 1, released: 1 });
    expect(await store.inbox.counts(PORTAL)).toMatchObject({ done: 1, pending: 1, processing: 0 });
    const [released] = await store.inbox.claim(10, clock.now(), 60_000);
    expect(released?.attempts).toBe(1);
  });

  it('never writes one company back from two groups at once (a pull and the company own events)', async () => {
    await store.inbox.append(
      [
        reassessEvent('c1'),
        buildInboxEvent({ source: 'scheduler', eventId: 'p1', kind: 'sweep.pull', companyId: null }),
      ],
      clock.now(),
    );
    let inFlight = 0;
    let mostInFlight = 0;
    const crm = buildCrm({
      applyWritePlan: async (plan) => {
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight -= 1;
        return toResults(plan, true);
      },
    });

    expect(await createTestWorker(crm).drainOnce()).toMatchObject({ claimed: 2, completed: 2 });
    expect(mostInFlight).toBe(1);
  });

  it('stops a scheduler in the middle of a sweep without waiting out the interval', async () => {
    let finishSweep: () => void = () => undefined;
    let onSweeping: () => void = () => undefined;
    const sweeping = new Promise<void>((resolve) => (onSweeping = resolve));
    const scheduler = createScheduler({
      store: {
        ...store,
        onboardings: {
          ...store.onboardings,
          listDueForReassessment: async () => {
            onSweeping();
            await new Promise<void>((resolve) => (finishSweep = resolve));
            return [];
          },
        },
      },
      portalIds: [PORTAL],
      intervalMs: 3_600_000,
      clock,
      sleep: never,
      logger,
    });

    scheduler.start();
    await sweeping;
    const stopped = scheduler.stop();
    finishSweep();
    await expect(stopped).resolves.toBeUndefined();
  });
});
