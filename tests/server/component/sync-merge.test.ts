import { buildWebhookInboxEvent } from '../../support/build-webhook-inbox-event.ts';
import { isDeepStrictEqual } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { decideJob } from '../../../server/src/jobs/decide-job.ts';
import { runJobs } from '../../../server/src/jobs/run-jobs.ts';
import { applyCompanyMerge } from '../../../server/src/onboarding/sync/apply-company-merge.ts';
import type {
  CompanyOnboardingFields,
  CrmGateway,
  RecordWrite,
  StoredSignal,
  WritePlan,
  WriteResult,
} from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { knownObjectTypes } from '../../../server/src/onboarding/sync/known-values.ts';
import { toCompanySignalKeys } from '../../../server/src/onboarding/sync/plan-company-merge.ts';
import type { InboxEventInput, PortalMode, Store } from '../../../server/src/onboarding/ports/index.ts';
import { createPortfolioReader } from '../../../server/src/onboarding/views/create-portfolio-reader.ts';
import { createSandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import type { SandboxCrm } from '../../../server/src/sandbox/create-sandbox-crm.ts';
import { createSandboxRecords } from '../../../server/src/sandbox/create-sandbox-records.ts';
import type { SandboxRecords } from '../../../server/src/sandbox/sandbox-records.ts';
import { atDay, buildCriterion, buildMilestone, buildOnboarding } from '../../support/build-onboarding.ts';
import { buildInboxEvent, buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';

const SURVIVOR = '101';
const MERGED = '202';

/** The survivor's Liftoff values from an onboarding long gone: HubSpot's merge keeps them over the merged company's. */
const staleSurvivorFields: Partial<CompanyOnboardingFields> = { status: 'churned', healthScore: 3, openSignals: 0 };

/** Like the HubSpot adapter, which sends a record or company only the properties that differ from the known ones. */
function toChangedPlan(plan: WritePlan): WritePlan {
  const changed = <T>(writes: RecordWrite<T>[]) =>
    writes.filter((write) => !isDeepStrictEqual(write.known, write.desired));
  return {
    companies: plan.companies.filter((write) =>
      Object.entries(write.desired).some(
        ([name, value]) => !isDeepStrictEqual(value, write.known[name as keyof CompanyOnboardingFields]),
      ),
    ),
    deals: plan.deals,
    criteria: changed(plan.criteria),
    milestones: changed(plan.milestones),
    signals: changed(plan.signals),
    stakeholders: plan.stakeholders,
  };
}

/**
 * HubSpot as the sandbox portal holds it, plus what a HubSpot user does in its UI: merging two companies (the
 * survivor keeps its own property values and takes the merged company's where it has none; every association of
 * the merged company moves to the survivor) and deleting one. Counts the writes that reached it, and can refuse
 * signal writes for a while.
 */
function createHubSpot(clock: FixedClock) {
  const empty = createSandboxRecords({
    companies: [
      { id: SURVIVOR, name: 'Acme', domain: null, fields: staleSurvivorFields },
      { id: MERGED, name: 'Acme (duplicate)', domain: null, fields: {} },
    ],
  });
  let portal: SandboxCrm = createSandboxCrm(empty, clock);
  const writes: WriteResult[] = [];
  let refusingSignals = false;
  const crm: CrmGateway = {
    readDeals: (ids) => portal.readDeals(ids),
    readCompanyDeals: (id) => portal.readCompanyDeals(id),
    readDealContacts: (ids, options) => portal.readDealContacts(ids, options),
    readCompanyContexts: (ids, options) => portal.readCompanyContexts(ids, options),
    readOwners: () => portal.readOwners(),
    findChangedCompanies: (since) => portal.findChangedCompanies(since),
    applyWritePlan: async (planned) => {
      const plan = toChangedPlan(planned);
      const refused = refusingSignals ? plan.signals : [];
      const results = [
        ...(await portal.applyWritePlan({ ...plan, signals: refusingSignals ? [] : plan.signals })),
        ...refused.map((write): WriteResult => ({
          target: 'signal',
          id: write.desired.key,
          ok: false,
          error: { code: 'unavailable', message: 'HubSpot is down' },
        })),
      ];
      writes.push(...results);
      return results;
    },
    addStakeholderLabels: (labels) => portal.addStakeholderLabels(labels),
  };
  const rebuild = (change: (records: SandboxRecords) => SandboxRecords) => {
    portal = createSandboxCrm(change(portal.readRecords()), clock);
  };
  return {
    crm,
    writes,
    refuseSignals: (refusing: boolean) => {
      refusingSignals = refusing;
    },
    signals: (): StoredSignal[] => portal.readRecords().signals.map((entry) => entry.record),
    signalsOf: (companyId: string): StoredSignal[] =>
      portal
        .readRecords()
        .signals.filter((entry) => entry.companyId === companyId)
        .map((entry) => entry.record),
    merge: (from: string, into: string) =>
      rebuild((records) => {
        const follow = <T extends { companyId: string }>(entries: T[]) =>
          entries.map((entry) => (entry.companyId === from ? { ...entry, companyId: into } : entry));
        const merged = records.companies.find((company) => company.id === from);
        return {
          ...records,
          companies: records.companies
            .filter((company) => company.id !== from)
            .map((company) =>
              company.id === into ? { ...company, fields: { ...merged?.fields, ...company.fields } } : company,
            ),
          criteria: follow(records.criteria),
          milestones: follow(records.milestones),
          signals: follow(records.signals),
        };
      }),
    delete: (companyId: string) =>
      rebuild((records) => ({
        ...records,
        companies: records.companies.filter((company) => company.id !== companyId),
        signals: records.signals.filter((entry) => entry.companyId !== companyId),
      })),
  };
}

type HubSpot = ReturnType<typeof createHubSpot>;

const mergeEvent = buildWebhookInboxEvent(
  'object.merge',
  { objectId: Number(SURVIVOR), objectTypeId: '0-2', primaryObjectId: Number(SURVIVOR), mergedObjectIds: [202] },
  { eventId: 'merge-1', portalId: PORTAL },
);
const deletionEvent = buildWebhookInboxEvent(
  'object.deletion',
  { objectId: Number(MERGED), objectTypeId: '0-2' },
  { eventId: 'delete-1', portalId: PORTAL },
);
const usageEvent = (companyId: string) =>
  buildInboxEvent({ source: 'usage', eventId: `usage-${companyId}`, kind: 'usage.recorded', companyId, payload: {} });

let store: Store;
let clock: FixedClock;
let hubspot: HubSpot;

function run(events: readonly InboxEventInput[]) {
  return runJobs({ store, crm: hubspot.crm, clock }, PORTAL, events.map(decideJob));
}

async function knownSignals(companyId: string): Promise<Map<string, StoredSignal['status'] | undefined>> {
  const known = await store.syncState.getKnownValues(PORTAL, knownObjectTypes.signal, toCompanySignalKeys(companyId));
  return new Map(
    [...known].map(([key, values]) => [key, JSON.parse(values.status ?? 'null') as StoredSignal['status']]),
  );
}

/** An onboarding on `companyId` at day 15 with no login and no agreed criteria: its signals are open in HubSpot. */
async function startOnboardingWithOpenSignals(companyId: string, mode: PortalMode): Promise<void> {
  const { activity: _activity, ...onboarding } = buildOnboarding({
    companyId,
    criteria: [buildCriterion({ id: `${companyId}-c1` })],
    milestones: [buildMilestone({ id: `${companyId}-m1` })],
  });
  await store.portalSettings.setMode(PORTAL, mode);
  await store.onboardings.save(buildOnboardingRecord({ onboarding }));
  const started = await run([usageEvent(companyId)]);
  expect(started.ok).toBe(true);
}

beforeEach(async () => {
  ({ store, clock } = await createTestStore());
  clock.set(atDay(15));
  hubspot = createHubSpot(clock);
});

describe('a company merge into a company without an onboarding (custom objects)', () => {
  beforeEach(async () => {
    await startOnboardingWithOpenSignals(MERGED, 'custom_objects');
    clock.advance(60_000);
    hubspot.merge(MERGED, SURVIVOR);
  });

  it('moves the onboarding to the surviving id', async () => {
    expect((await run([mergeEvent])).ok).toBe(true);
    expect(await store.onboardings.get(PORTAL, MERGED)).toBeNull();
    expect((await store.onboardings.get(PORTAL, SURVIVOR))?.onboarding.companyId).toBe(SURVIVOR);
  });

  it('resolves the merged-away company’s open signal records, noting the company they went to', async () => {
    const before = hubspot.signalsOf(SURVIVOR).filter((signal) => signal.key.startsWith(`${MERGED}:`));
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((signal) => signal.status === 'open')).toBe(true);

    await run([mergeEvent]);

    const after = hubspot.signals().filter((signal) => signal.key.startsWith(`${MERGED}:`));
    expect(after).toEqual(
      before.map((signal) => ({
        ...signal,
        status: 'resolved',
        resolvedAt: clock.now(),
        escalationLevel: 0,
        action: `Merged into ${SURVIVOR}: this signal continues on that company.`,
      })),
    );
  });

  it('raises the same signals on the surviving company, one open record per type, detected when they were', async () => {
    const before = hubspot.signalsOf(SURVIVOR);
    await run([mergeEvent]);
    const open = hubspot.signalsOf(SURVIVOR).filter((signal) => signal.status !== 'resolved');
    expect(open.map((signal) => signal.key)).toEqual(before.map((signal) => `${SURVIVOR}:${signal.type}`));
    expect(open.map((signal) => signal.detectedAt)).toEqual(before.map((signal) => signal.detectedAt));
  });

  it('corrects the Liftoff fields HubSpot’s merge kept on the survivor', async () => {
    const [merged] = await hubspot.crm.readCompanyContexts([SURVIVOR]);
    expect(merged?.fields).toMatchObject(staleSurvivorFields);
    await run([mergeEvent]);
    const [survivor] = await hubspot.crm.readCompanyContexts([SURVIVOR]);
    expect(survivor?.fields).toMatchObject({ status: 'in_progress', lastEvaluatedAt: clock.now() });
    expect(survivor?.fields.openSignals).toBe(hubspot.signalsOf(SURVIVOR).filter((s) => s.status === 'open').length);
  });

  it('leaves no known value stale: the merged-away company is forgotten, every record known as HubSpot holds it', async () => {
    await run([mergeEvent]);
    const company = await store.syncState.getKnownValues(PORTAL, knownObjectTypes.company, [MERGED]);
    expect(company.size).toBe(0);
    const known = new Map([...(await knownSignals(MERGED)), ...(await knownSignals(SURVIVOR))]);
    expect(known).toEqual(new Map(hubspot.signals().map((signal) => [signal.key, signal.status])));
  });

  it('a redelivered merge writes nothing to HubSpot', async () => {
    await run([mergeEvent]);
    hubspot.writes.splice(0);
    clock.advance(60_000);
    expect((await run([mergeEvent])).ok).toBe(true);
    expect(hubspot.writes).toEqual([]);
  });

  it('a resolution HubSpot refused fails the event, and its retry resolves the record', async () => {
    hubspot.refuseSignals(true);
    const failed = await run([mergeEvent]);
    expect(failed).toEqual({
      ok: false,
      error: { code: 'crm_write_failed', message: expect.stringContaining(MERGED) },
    });
    expect((await store.onboardings.get(PORTAL, SURVIVOR))?.onboarding.companyId).toBe(SURVIVOR);

    hubspot.refuseSignals(false);
    expect((await run([mergeEvent])).ok).toBe(true);
    const merged = hubspot.signals().filter((signal) => signal.key.startsWith(`${MERGED}:`));
    expect(merged.every((signal) => signal.status === 'resolved')).toBe(true);
  });
});

describe('a company merge in store-only mode', () => {
  it('makes no HubSpot call to apply the merge', async () => {
    await startOnboardingWithOpenSignals(MERGED, 'store_only');
    hubspot.merge(MERGED, SURVIVOR);
    hubspot.writes.splice(0);
    const untouched: CrmGateway = {
      readDeals: () => Promise.reject(new Error('no HubSpot call expected')),
      readCompanyDeals: () => Promise.reject(new Error('no HubSpot call expected')),
      readDealContacts: () => Promise.reject(new Error('no HubSpot call expected')),
      readCompanyContexts: () => Promise.reject(new Error('no HubSpot call expected')),
      readOwners: () => Promise.reject(new Error('no HubSpot call expected')),
      findChangedCompanies: () => Promise.reject(new Error('no HubSpot call expected')),
      applyWritePlan: () => Promise.reject(new Error('no HubSpot call expected')),
      addStakeholderLabels: () => Promise.reject(new Error('no HubSpot call expected')),
    };

    const merged = await applyCompanyMerge({ store, crm: untouched, clock }, PORTAL, [MERGED], SURVIVOR);

    expect(merged).toEqual({ ok: true, value: SURVIVOR });
    expect((await store.onboardings.get(PORTAL, SURVIVOR))?.onboarding.companyId).toBe(SURVIVOR);
  });

  it('writes only the survivor’s company fields afterwards, never a signal record', async () => {
    await startOnboardingWithOpenSignals(MERGED, 'store_only');
    hubspot.merge(MERGED, SURVIVOR);
    hubspot.writes.splice(0);
    await run([mergeEvent]);
    expect(hubspot.writes).toEqual([{ target: 'company', id: SURVIVOR, ok: true }]);
  });
});

describe('a company merge into a company that has its own onboarding', () => {
  it('is refused with what a person must do, changing nothing in the store or in HubSpot', async () => {
    await startOnboardingWithOpenSignals(SURVIVOR, 'custom_objects');
    await startOnboardingWithOpenSignals(MERGED, 'custom_objects');
    hubspot.merge(MERGED, SURVIVOR);
    hubspot.writes.splice(0);
    const knownBefore = await knownSignals(MERGED);

    const refused = await run([mergeEvent]);

    expect(refused.ok).toBe(false);
    const error = refused.ok ? null : refused.error;
    expect(error?.code).toBe('merge_refused');
    expect(error?.message).toContain(`companies ${MERGED}, ${SURVIVOR} each have a Liftoff onboarding`);
    expect(error?.message).toContain('Nothing was moved and nothing was written to HubSpot');
    expect(error?.message).toContain('then retry this event');
    expect((await store.onboardings.get(PORTAL, MERGED))?.onboarding.companyId).toBe(MERGED);
    expect((await store.onboardings.get(PORTAL, SURVIVOR))?.onboarding.companyId).toBe(SURVIVOR);
    expect(hubspot.writes).toEqual([]);
    expect(await knownSignals(MERGED)).toEqual(knownBefore);
  });
});

describe('a company deletion', () => {
  beforeEach(async () => {
    await startOnboardingWithOpenSignals(MERGED, 'custom_objects');
    hubspot.delete(MERGED);
    hubspot.writes.splice(0);
    clock.advance(60_000);
  });

  it('closes the onboarding as abandoned and keeps it for cohort history', async () => {
    expect((await run([deletionEvent])).ok).toBe(true);
    const stored = await store.onboardings.get(PORTAL, MERGED);
    expect(stored?.onboarding.status).toBe('abandoned');
    expect(stored?.onboarding.signals.every((signal) => signal.status === 'resolved')).toBe(true);
    const query = { filters: {}, sort: 'risk', order: 'asc', limit: 50, offset: 0 } as const;
    const reader = createPortfolioReader({ store, clock });
    const portfolio = await reader.page(PORTAL, query);
    expect(portfolio.onboardings).toEqual([expect.objectContaining({ companyId: MERGED, status: 'abandoned' })]);
    const aggregates = await reader.aggregates(PORTAL, {});
    expect(aggregates.cohorts.reduce((size, cohort) => size + cohort.size, 0)).toBe(1);
  });

  it('forgets every known value of the company and its records', async () => {
    await run([deletionEvent]);
    const { syncState } = store;
    const known = await Promise.all([
      syncState.getKnownValues(PORTAL, knownObjectTypes.company, [MERGED]),
      syncState.getKnownValues(PORTAL, knownObjectTypes.signal, toCompanySignalKeys(MERGED)),
      syncState.getKnownValues(PORTAL, knownObjectTypes.criterion, [`${MERGED}-c1`]),
      syncState.getKnownValues(PORTAL, knownObjectTypes.milestone, [`${MERGED}-m1`]),
    ]);
    expect(known.map((values) => values.size)).toEqual([0, 0, 0, 0]);
  });

  it('makes no HubSpot write, even when another event of the group asks to re-assess the company', async () => {
    expect((await run([deletionEvent, usageEvent(MERGED)])).ok).toBe(true);
    expect(hubspot.writes).toEqual([]);
  });

  it('a redelivered deletion changes nothing', async () => {
    await run([deletionEvent]);
    const closed = await store.onboardings.get(PORTAL, MERGED);
    clock.advance(60_000);
    expect((await run([deletionEvent])).ok).toBe(true);
    expect(await store.onboardings.get(PORTAL, MERGED)).toEqual(closed);
    expect(hubspot.writes).toEqual([]);
  });
});
