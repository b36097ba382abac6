import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { recomputeOnboarding } from '../../../server/src/onboarding/sync/recompute-onboarding.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  startSyncTestService,
  SYNC_PORTAL as PORTAL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const DAY_MS = 86_400_000;
const CLOSE_DATE = '2026-03-02T08:00:00.000Z';
const logger = createLogger({ level: 'silent' });

/**
 * The sync flow end to end: the real app on port 0 takes signed webhooks into the SQLite inbox; the worker drains
 * it through the real SDK and portal client against the simulated HubSpot (loopback, every exchange checked
 * against HubSpot's OpenAPI documents, network otherwise disabled); the clock only moves when a test moves it.
 */
describe('the sync worker', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;
  let dir: string;

  beforeEach(async () => {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    dir = await mkdtemp(join(tmpdir(), 'liftoff-sync-'));
    service = await startSyncTestService({
      clock,
      storePath: join(dir, 'liftoff.db'),
      usageApiKeyHashes: ['a-usage-key-hash'],
      dataset: {
        objects: {
          companies: [{ id: '42', properties: { name: 'Acme', domain: 'acme.test' } }],
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
      },
    });
    ({ hubspot } = service);
  });

  afterEach(async () => {
    await service.stop();
    await rm(dir, { recursive: true, force: true });
    expect(service.violations).toEqual([]);
  });

  const closedWon = {
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
  };

  function companyProperties() {
    return hubspot.records('companies').find((record) => record.id === '42')?.properties ?? {};
  }

  function openSignalTypes(): string[] {
    return (companyProperties()['liftoff_open_signal_types'] ?? '').split(';').filter((type) => type !== '');
  }

  async function seedOpenTickets(count: number) {
    const at = clock.now() - DAY_MS;
    hubspot.seed({
      objects: {
        tickets: Array.from({ length: count }, (_, i) => ({
          id: `90${i}`,
          properties: {
            subject: `Broken ${i}`,
            hs_pipeline: '0',
            hs_pipeline_stage: '1',
            createdate: new Date(at).toISOString(),
          },
          createdAt: at,
          updatedAt: clock.now(),
        })),
      },
      associations: Array.from({ length: count }, (_, i) => ({
        from: { type: 'tickets', id: `90${i}` },
        to: { type: 'companies', id: '42' },
        types: [{ category: 'HUBSPOT_DEFINED' as const, typeId: 339 }],
      })),
    });
  }

  async function startAcme() {
    await service.postWebhooks([closedWon]);
    return service.drain();
  }

  it('keeps the contact each engagement was with, read from its HubSpot associations', async () => {
    const sentAt = clock.now() - DAY_MS;
    const defined = (typeId: number) => [{ category: 'HUBSPOT_DEFINED' as const, typeId }];
    hubspot.seed({
      objects: {
        contacts: [{ id: '55', properties: { firstname: 'Ana' } }],
        emails: [
          { id: '81', properties: { hs_timestamp: new Date(sentAt).toISOString(), hs_email_direction: 'EMAIL' } },
          { id: '82', properties: { hs_timestamp: new Date(sentAt).toISOString(), hs_email_direction: 'EMAIL' } },
        ],
      },
      associations: [
        { from: { type: 'contacts', id: '55' }, to: { type: 'companies', id: '42' }, types: defined(279) },
        { from: { type: 'emails', id: '81' }, to: { type: 'companies', id: '42' }, types: defined(186) },
        { from: { type: 'emails', id: '82' }, to: { type: 'companies', id: '42' }, types: defined(186) },
        { from: { type: 'emails', id: '81' }, to: { type: 'contacts', id: '55' }, types: defined(198) },
      ],
    });

    await startAcme();

    const stored = await service.store.onboardings.get(PORTAL, '42');
    expect(stored?.onboarding.activity.engagements.map((engagement) => engagement.contactId).sort()).toEqual([
      '55',
      null,
    ]);
  });

  it('starts the onboarding on a signed closed-won webhook and writes its company properties', async () => {
    const report = await startAcme();
    expect(report).toMatchObject({ claimed: 1, completed: 1, parked: 0 });
    const stored = await service.store.onboardings.get(PORTAL, '42');
    expect(stored?.onboarding).toMatchObject({
      companyName: 'Acme',
      startDate: Date.parse('2026-03-02'),
      status: 'in_progress',
    });
    expect(stored?.onboarding.milestones.length).toBeGreaterThan(0);
    expect(stored?.onboarding.firstWeekSteps.length).toBeGreaterThan(0);
    expect(stored?.onboarding.criteria.map((criterion) => criterion.source)).toEqual(['csm', 'csm', 'csm']);
    expect(companyProperties()).toMatchObject({
      liftoff_status: 'in_progress',
      liftoff_phase: 'kickoff',
      liftoff_start_date: '2026-03-02',
      liftoff_day: '0',
    });
    expect(hubspot.stats().byRoute['POST /crm/v3/objects/{type}/batch/update']).toBe(1);
  });

  it('changes nothing on a duplicate delivery', async () => {
    await startAcme();
    const calls = hubspot.stats().calls;
    expect(await service.postWebhooks([{ ...closedWon, attemptNumber: 1 }])).toEqual({ accepted: 0, duplicates: 1 });
    expect(await service.drain()).toMatchObject({ claimed: 0 });
    expect(hubspot.stats().calls).toBe(calls);
  });

  it('keeps the portfolio row beside each assessment it saves, and moves it with the next one', async () => {
    await startAcme();
    const assessment = await service.store.assessments.get(PORTAL, '42');
    const query = { filters: {}, sort: 'risk', order: 'asc', limit: 50, offset: 0 } as const;
    const [row] = (await service.store.portfolioRows.page(PORTAL, query)).rows;
    expect(row).toMatchObject({
      companyId: '42',
      companyName: 'Acme',
      cohort: '2026-03',
      status: 'in_progress',
      phase: assessment?.phase,
      healthScore: assessment?.healthScore,
      riskLevel: assessment?.riskLevel,
      assessedAt: assessment?.asOf,
    });

    clock.advance(DAY_MS);
    await seedOpenTickets(3);
    await service.postWebhooks(
      [0, 1, 2].map((i) => ({
        ...closedWon,
        eventId: 300 + i,
        subscriptionType: 'ticket.creation',
        objectId: 900 + i,
        occurredAt: clock.now(),
      })),
    );
    await service.drain();

    const [after] = (await service.store.portfolioRows.page(PORTAL, query)).rows;
    expect(after?.openSignalTypes).toContain('unresolved_tickets');
    expect(after?.openSevereSignals).toBeGreaterThan(0);
    expect(after?.assessedAt).toBe(clock.now());
  });

  it('makes zero HubSpot calls to write back an unchanged onboarding', async () => {
    await startAcme();
    const calls = hubspot.stats().calls;
    const result = await recomputeOnboarding({ store: service.store, crm: service.crm, clock }, PORTAL, '42');
    expect(result).toMatchObject({ ok: true, value: { status: 'assessed', writes: 0 } });
    expect(hubspot.stats().calls).toBe(calls);
  });

  it('raises unresolved_tickets after a ticket burst and sets liftoff_risk_level, then resolves it', async () => {
    await startAcme();
    const riskBefore = companyProperties()['liftoff_risk_level'];
    clock.advance(DAY_MS);
    await seedOpenTickets(3);
    const ticketEvents = [0, 1, 2].map((i) => ({
      ...closedWon,
      eventId: 200 + i,
      subscriptionType: 'ticket.creation',
      objectId: 900 + i,
      occurredAt: clock.now(),
    }));
    await service.postWebhooks(ticketEvents);
    const report = await service.drain();
    expect(report).toMatchObject({ claimed: 3, completed: 3 });
    expect(openSignalTypes()).toContain('unresolved_tickets');
    expect(companyProperties()['liftoff_risk_level']).not.toBe(riskBefore);
    expect(['high', 'critical']).toContain(companyProperties()['liftoff_risk_level']);

    clock.advance(DAY_MS);
    hubspot.seed({
      objects: {
        tickets: [0, 1, 2].map((i) => ({
          id: `90${i}`,
          properties: {
            hs_pipeline: '0',
            hs_pipeline_stage: '4',
            closed_date: new Date(clock.now()).toISOString(),
            createdate: new Date(clock.now() - 2 * DAY_MS).toISOString(),
          },
          createdAt: clock.now() - 2 * DAY_MS,
          updatedAt: clock.now(),
        })),
      },
    });
    await service.postWebhooks([
      { ...ticketEvents[0], eventId: 300, subscriptionType: 'ticket.propertyChange', occurredAt: clock.now() },
    ]);
    await service.drain();
    expect(openSignalTypes()).not.toContain('unresolved_tickets');
    const stored = await service.store.onboardings.get(PORTAL, '42');
    expect(stored?.onboarding.signals.find((signal) => signal.type === 'unresolved_tickets')?.status).toBe('resolved');
  });

  it('raises no_first_login through the sweep once the clock passes day 14 without a login', async () => {
    await startAcme();
    expect(openSignalTypes()).not.toContain('no_first_login');
    const scheduler = createScheduler({
      store: service.store,
      portalIds: [PORTAL],
      intervalMs: 3_600_000,
      clock,
      sleep: () => Promise.resolve(),
      logger,
    });
    clock.set('2026-03-16T10:00:00.000Z');
    expect((await scheduler.sweepOnce()).accepted).toBe(2);
    expect(await scheduler.sweepOnce()).toMatchObject({ accepted: 0, duplicates: 2 });
    await service.drain();
    expect(openSignalTypes()).toContain('no_first_login');
    expect(companyProperties()).toMatchObject({ liftoff_risk_level: 'critical', liftoff_day: '14' });
  });

  it('processes events still in the inbox after a restart, once', async () => {
    await service.postWebhooks([closedWon]);
    await service.restart();
    expect(await service.drain()).toMatchObject({ claimed: 1, completed: 1 });
    expect(await service.drain()).toMatchObject({ claimed: 0 });
    expect(hubspot.stats().byRoute['POST /crm/v3/objects/{type}/batch/update']).toBe(1);
    expect(await service.store.inbox.counts(PORTAL)).toMatchObject({ done: 1, pending: 0, processing: 0, parked: 0 });
  });
});
