import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  HealthHistoryView,
  PortfolioTrendsView,
  SignalOutcomesView,
  HandoffView,
  OnboardingView,
} from '@liftoff/shared/contract/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createLogger } from '../../../server/src/logger.ts';
import { toUsageApiKeyHash } from '../../../server/src/onboarding/usage/create-usage-api-key.ts';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  buildStakeholderLabels,
  startSyncTestService,
  SYNC_PORTAL as PORTAL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const COMPANY = '42';
const DEAL = '7';
const USAGE_KEY = 'lk_lifecycle_test_key';
/** Day 0: the deal closes on Monday 5 January 2026. */
const DAY0 = Date.parse('2026-01-05T00:00:00.000Z');
const at = (day: number, hour = 9) => DAY0 + day * DAY_MS + hour * 3_600_000;
const isoDay = (day: number) => new Date(DAY0 + day * DAY_MS).toISOString().slice(0, 10);
const company = `/api/cards/companies/${COMPANY}`;

/** HubSpot's unlabelled company → contact (280) and deal → contact (3) association types. */
const contactOf = (from: 'companies' | 'deals', fromId: string, contactId: string) => ({
  from: { type: from, id: fromId },
  to: { type: 'contacts', id: contactId },
  types: [{ category: 'HUBSPOT_DEFINED' as const, typeId: from === 'companies' ? 280 : 3 }],
});

/**
 * The whole loop the way a customer's portal runs it, from an empty store: sales writes its promises on the deal's
 * Handoff card, the deal is won in HubSpot (a signed webhook), the product reports usage through the usage API, a
 * CSM works only through the card API, and time passes on the clock with the scheduler's sweeps. The worker writes
 * everything to the simulated HubSpot (a portal set up with Liftoff's objects), each exchange checked against
 * HubSpot's OpenAPI documents. Nothing is seeded in the store.
 */
describe('an onboarding’s life, from an empty store', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock(new Date(at(-10)).toISOString());
    service = await startSyncTestService({
      clock,
      mode: 'custom_objects',
      usageApiKeyHashes: [toUsageApiKeyHash(USAGE_KEY)],
      dataset: {
        objects: {
          companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }],
          deals: [
            {
              id: DEAL,
              properties: { dealname: 'Acme, annual', dealstage: 'contractsent', pipeline: 'default', closedate: '' },
            },
          ],
          contacts: ['501', '502', '503'].map((id, i) => ({
            id,
            properties: { firstname: ['Dana', 'Eli', 'Tess'][i] ?? '', lastname: 'Acme' },
          })),
        },
        associations: [
          buildPrimaryCompanyAssociation(DEAL, COMPANY),
          ...['501', '502', '503'].flatMap((id) => [contactOf('companies', COMPANY, id), contactOf('deals', DEAL, id)]),
        ],
        associationLabels: buildStakeholderLabels(),
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'contractsent', label: 'Contract sent', metadata: { isClosed: 'false', probability: '0.9' } },
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
    hubspot = service.hubspot;
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  const scheduler = () =>
    createScheduler({
      store: service.store,
      portalIds: [PORTAL],
      intervalMs: 3_600_000,
      clock,
      sleep: () => Promise.resolve(),
      logger: createLogger({ level: 'silent' }),
    });

  /** Time passes to that day: the scheduler's sweep enqueues the re-assessment, the worker runs it. */
  async function passTo(day: number, hour = 9) {
    clock.set(new Date(at(day, hour)).toISOString());
    await scheduler().sweepOnce();
    const report = await service.drain();
    expect(report).toMatchObject({ parked: 0 });
  }

  /** A card action a minute later (a signed request is accepted once); the worker writes it through. */
  async function act(method: string, path: string, body: unknown, status = 200): Promise<OnboardingView> {
    clock.advance(60_000);
    const response = await service.callCard(method, `${company}${path}`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(await service.drain()).toMatchObject({ parked: 0 });
    return response.body as OnboardingView;
  }

  /** The product reports usage now, through the usage API with the portal's key; the flush window then closes. */
  async function reportUsage(events: { type: 'login' | 'feature_used'; userId: string; feature?: string }[]) {
    const body = JSON.stringify({
      events: events.map((event, i) => ({
        eventId: `${clock.now()}-${i}`,
        companyId: COMPANY,
        timestamp: clock.now(),
        ...event,
      })),
    });
    const response = await fetch(`${service.server.url}/api/usage/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${USAGE_KEY}` },
      body,
    });
    expect(response.status).toBe(200);
    clock.advance(61_000);
    await service.drain();
  }

  async function winTheDeal() {
    clock.advance(60_000);
    const handoff = await service.callCard('PUT', `/api/cards/deals/${DEAL}/handoff`, {
      criteria: [
        {
          name: '3 weekly active users',
          metric: 'weekly_active_users',
          unit: 'users',
          baseline: 0,
          target: 3,
          dueDate: isoDay(60),
        },
        {
          name: '20 invoices a week',
          metric: 'invoices_per_week',
          unit: 'invoices',
          baseline: 0,
          target: 20,
          dueDate: isoDay(80),
        },
        {
          name: '10 reports shared',
          metric: 'reports_shared',
          unit: 'reports',
          baseline: 1,
          target: 10,
          dueDate: isoDay(85),
        },
      ],
      contacts: [
        { contactId: '501', roles: ['economic_decision_maker'] },
        { contactId: '502', roles: ['end_user'] },
        { contactId: '503', roles: ['technical_influencer'] },
      ],
      validationOwnerContactId: '501',
    });
    expect(handoff.status, JSON.stringify(handoff.body)).toBe(200);
    expect((handoff.body as HandoffView).readiness.score).toBe(100);
    await service.drain();

    clock.set(new Date(at(0, 8)).toISOString());
    hubspot.seed({
      objects: {
        deals: [{ id: DEAL, properties: { dealstage: 'closedwon', closedate: new Date(at(0, 8)).toISOString() } }],
      },
    });
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        occurredAt: at(0, 8),
        subscriptionType: 'deal.propertyChange',
        objectId: Number(DEAL),
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);
    expect(await service.drain()).toMatchObject({ parked: 0 });
  }

  const view = async () => {
    const response = await service.callCard('GET', `${company}/onboarding`);
    return (response.body as { onboarding: OnboardingView }).onboarding;
  };
  const companyProperties = () =>
    hubspot.records('companies').find((record) => record.id === COMPANY)?.properties ?? {};
  const dealProperties = () => hubspot.records('deals').find((record) => record.id === DEAL)?.properties ?? {};
  function records(objectName: string) {
    const schema = hubspot.objectSchemas().find((candidate) => candidate.name === objectName);
    return (schema === undefined ? [] : hubspot.records(schema.objectTypeId)).map((record) => record.properties);
  }

  it('activates on the day the data allows, is worked from the card, completes by itself and keeps the promises', async () => {
    await winTheDeal();
    const started = await view();
    expect(started.header).toMatchObject({ status: 'in_progress', startDate: isoDay(0), day: 0 });
    expect(started.criteria.map((c) => [c.source, c.measurable])).toEqual([
      ['sales_promise', true],
      ['sales_promise', true],
      ['sales_promise', true],
    ]);
    const [wau, invoices, reports] = started.criteria.map((criterion) => criterion.id);
    const milestone = (kind: string) => started.milestones.find((m) => m.kind === kind)?.id ?? '';
    const step = (name: string) => started.firstWeekSteps.find((s) => s.name === name)?.id ?? '';

    // Day 1: the kickoff, the three promises agreed with the customer, and three users log in.
    await passTo(1);
    await act('POST', `/milestones/${milestone('kickoff')}/complete`, { notes: 'Kickoff with Dana' });
    for (const [id, target, due] of [
      [wau, 3, 60],
      [invoices, 20, 80],
      [reports, 10, 85],
    ] as const) {
      await act('POST', `/criteria/${id}/agreement`, {
        target,
        baseline: id === reports ? 1 : 0,
        dueDate: isoDay(due),
      });
    }
    await reportUsage([
      { type: 'login', userId: 'u1' },
      { type: 'login', userId: 'u2' },
      { type: 'login', userId: 'u3' },
    ]);
    // Days 2 and 3: the data completes the import and the first report.
    await passTo(2);
    await reportUsage([{ type: 'feature_used', userId: 'u1', feature: 'imports' }]);
    await passTo(3);
    await reportUsage([{ type: 'feature_used', userId: 'u2', feature: 'reports' }]);
    // Day 5: the CSM ticks the automation step, set up on day 4.
    await passTo(5);
    const ticked = await act('POST', `/first-week-steps/${step('Set up one automation')}/mark`, {
      mark: 'done',
      doneOn: isoDay(4),
    });

    expect(ticked.firstWeekSteps.map((s) => [s.name, s.done, s.completedBy])).toEqual([
      ['Invite the team', true, 'data'],
      ['Import your data', true, 'data'],
      ['Build your first report', true, 'data'],
      ['Set up one automation', true, 'person'],
    ]);
    expect(companyProperties()).toMatchObject({ liftoff_activated: 'true', liftoff_activation_day: '4' });
    expect(ticked.milestones.find((m) => m.kind === 'first_login')).toMatchObject({
      status: 'done',
      completedBy: 'data',
    });
    expect(ticked.milestones.find((m) => m.kind === 'first_value')).toMatchObject({
      status: 'done',
      completedBy: 'data',
    });
    // Three users active in the week: the computed promise reached its target, latched.
    expect(ticked.criteria[0]).toMatchObject({ currentSource: 'data', current: 3 });
    expect(ticked.criteria[0]?.achievedAt).not.toBeNull();

    // Day 6: the day-7 check-in moves to day 10; it is held then, and the later checkpoints on their day.
    await passTo(6);
    await act('POST', `/milestones/${milestone('checkpoint_d7')}/replan`, {
      dueDate: isoDay(10),
      reason: 'The sponsor is away until the 15th',
    });
    await passTo(10);
    await act('POST', `/milestones/${milestone('checkpoint_d7')}/complete`, {});
    await passTo(30);
    await act('POST', `/milestones/${milestone('checkpoint_d30')}/complete`, {});
    await passTo(60);
    await act('POST', `/milestones/${milestone('checkpoint_d60')}/complete`, {});
    await act('POST', `/criteria/${invoices}/current-value`, { current: 22 });
    await passTo(75);
    await act('POST', `/criteria/${reports}/current-value`, { current: 10 });
    // Day 90: the value review is held; every measurable criterion is achieved, so the onboarding completes itself.
    await passTo(90);
    const reviewed = await act('POST', `/milestones/${milestone('review_d90')}/complete`, {});
    expect(reviewed.header.status).toBe('in_progress');
    const closed = await view();

    expect(closed.header.status).toBe('completed');
    expect(closed.outcome).toMatchObject({ outcome: 'completed', promisesKept: 3, promisesJudged: 3 });
    expect(closed.signals).toEqual([]);
    expect(closed.milestones.find((m) => m.kind === 'checkpoint_d7')?.replans).toEqual([
      expect.objectContaining({ previousDueDate: isoDay(7), reason: 'The sponsor is away until the 15th' }),
    ]);
    expect(companyProperties()).toMatchObject({
      liftoff_status: 'completed',
      liftoff_outcome: 'completed',
      liftoff_activated: 'true',
      liftoff_activation_day: '4',
      liftoff_criteria_met: '3',
      liftoff_criteria_total: '3',
      liftoff_open_signals: '0',
    });
    expect(companyProperties()['liftoff_closed_at']).toBeTruthy();
    expect(dealProperties()).toMatchObject({ liftoff_promises_kept: '3', liftoff_promises_total: '3' });
    const milestoneRecords = records('liftoff_milestone');
    expect(milestoneRecords.map((m) => m['status'])).toEqual(Array(7).fill('done'));
    expect(milestoneRecords.find((m) => m['kind'] === 'checkpoint_d7')?.['due_date']).toBe(isoDay(10));
    expect(records('liftoff_success_criterion').map((c) => c['status'])).toEqual(['achieved', 'achieved', 'achieved']);
    expect(records('liftoff_signal').every((signal) => signal['status'] === 'resolved')).toBe(true);
  });

  it('escalates a missing first login to level 3, a resolve does not reset it, and closes as churned with its reason', async () => {
    await winTheDeal();
    // Nobody logs in: from day 14 the signal is raised; it escalates to 2 after 3 days and to 3 after 7.
    await passTo(14);
    expect(companyProperties()['liftoff_open_signal_types']).toContain('no_first_login');
    const detectedAt = (await view()).signals.find((s) => s.type === 'no_first_login')?.detectedAt;
    await passTo(21);
    expect(companyProperties()).toMatchObject({ liftoff_escalation_level: '3' });

    // The CSM resolves it without a login: its condition still holds, so it is back with its level.
    await act('POST', '/signals/no_first_login/resolve', { note: 'Called Dana: IT will invite the team' });
    await passTo(22);
    const reopened = await view();
    expect(reopened.signals.find((s) => s.type === 'no_first_login')).toMatchObject({
      reopened: true,
      escalationLevel: 3,
      detectedAt,
    });
    expect(companyProperties()).toMatchObject({ liftoff_escalation_level: '3' });

    await passTo(30);
    const churned = await act('POST', '/onboarding/close', {
      outcome: 'churned',
      reason: 'no_adoption',
      note: 'Nobody ever logged in.',
    });

    expect(churned.header.status).toBe('churned');
    expect(churned.signals).toEqual([]);
    expect(companyProperties()).toMatchObject({
      liftoff_status: 'churned',
      liftoff_outcome: 'churned',
      liftoff_outcome_reason: 'no_adoption',
      liftoff_escalation_level: '0',
    });
    expect(dealProperties()).toMatchObject({ liftoff_promises_kept: '0', liftoff_promises_total: '3' });
    const signal = records('liftoff_signal').find((record) => record['signal_type'] === 'no_first_login');
    expect(signal?.['status']).toBe('resolved');
    expect(signal?.['history']).toContain('Resolved · user 77 · Called Dana: IT will invite the team');
    expect(signal?.['history']).toContain('Reopened · Liftoff');
  });

  it('keeps the history behind the card chart, the trends and which signal preceded the churn', async () => {
    await winTheDeal();
    for (const day of [7, 14, 21, 30]) await passTo(day);
    await act('POST', '/onboarding/close', { outcome: 'churned', reason: 'no_adoption', note: 'Nobody logged in.' });

    const chartResponse = await service.callCard('GET', `${company}/health-history`);
    expect(chartResponse.status, JSON.stringify(chartResponse.body)).toBe(200);
    const chart = chartResponse.body as HealthHistoryView;
    expect(chart.historySince?.slice(0, 10)).toBe(isoDay(0));
    expect(chart.points.map((point) => point.date)).toEqual([0, 7, 14, 21, 30].map(isoDay));
    expect(chart.points.find((point) => point.date === isoDay(21))?.riskLevel).toBe('critical');
    expect(chart.detections).toContainEqual({ date: isoDay(14), type: 'no_first_login' });

    const outcomes = (await service.callCard('GET', '/api/portfolio/signal-outcomes')).body as SignalOutcomesView;
    expect(outcomes).toMatchObject({ closed: 1, churned: 1, unwarned: { count: 0, share: 0 } });
    expect(outcomes.bySignal).toContainEqual({
      type: 'no_first_login',
      accounts: 1,
      churned: 1,
      churnRate: 1,
      medianLeadDays: 16,
    });

    const trends = (await service.callCard('GET', '/api/portfolio/trends')).body as PortfolioTrendsView;
    const week = (day: number) => trends.riskByWeek.find((entry) => entry.weekEnd === isoDay(day));
    // Day 0 is a Monday: its week ends on day 6; day 21's on day 27; the churn leaves this week's count empty.
    expect(week(6)).toMatchObject({ onboardings: 1 });
    expect(week(27)).toMatchObject({ onboardings: 1, byRisk: { critical: 1 } });
    expect(trends.riskByWeek.at(-1)).toMatchObject({ onboardings: 0 });
    expect(trends.riskByWeek).toHaveLength(12);
  });
});
