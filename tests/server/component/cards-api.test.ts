import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Onboarding } from '@liftoff/shared/domain/index';
import {
  atDay,
  buildCriterion,
  buildMilestone,
  buildOnboarding,
  buildStakeholder,
  dateOfDay,
} from '../../support/build-onboarding.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CallOptions, CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

/** Day 28 at the test clock (2026-03-02): no login yet, the day-7 check-in missed, one measurable criterion. */
function buildRunningOnboarding(overrides: Partial<Onboarding> = {}): Omit<Onboarding, 'activity'> {
  const { activity: _activity, ...onboarding } = buildOnboarding({
    criteria: [buildCriterion({ id: 'c1', baseline: 0, current: 4, target: 10 })],
    milestones: [
      buildMilestone({ id: 'm1' }),
      buildMilestone({ id: 'm2', name: 'Day-30 checkpoint', kind: 'checkpoint_d30', dueDate: dateOfDay(30) }),
    ],
    stakeholders: [
      buildStakeholder({
        contactId: '9',
        roles: ['economic_decision_maker', 'validation_owner'],
        lastEngagedAt: atDay(20),
      }),
      buildStakeholder({ contactId: '10', name: 'Sam Poe', roles: ['sponsor'] }),
    ],
    ...overrides,
  });
  return onboarding;
}

const onboardingPath = '/api/cards/companies/101/onboarding';
const summaryPath = '/api/cards/companies/101/summary';

describe('card API authentication', () => {
  it.each<[string, CallOptions]>([
    ['carries no signature', { sign: 'none' }],
    ['was signed with another secret', { sign: 'other-secret' }],
    ['is more than 5 minutes old', { timestamp: Date.parse('2026-03-02T08:54:59.999Z') }],
    ['had its portalId changed after signing', { sign: 'tampered-portal' }],
  ])('answers 401 invalid_signature to a read that %s', async (_label, options) => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('GET', onboardingPath, options);

    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: { code: 'invalid_signature', message: expect.any(String) } });
  });

  it('answers 401 and changes nothing when an action body was tampered with after signing', async () => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('POST', '/api/cards/companies/101/criteria/c1/current-value', {
      body: { current: 5 },
      sign: 'tampered-body',
    });

    expect(response.status).toBe(401);
    expect((await app.store.onboardings.get(PORTAL, '101'))?.onboarding.criteria[0]?.current).toBe(4);
  });

  it('answers 400 with issues when the company id in the path is not a HubSpot id', async () => {
    const response = await app.call('GET', '/api/cards/companies/acme/onboarding');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'invalid_request',
        message: expect.any(String),
        issues: [{ path: 'companyId', message: expect.any(String) }],
      },
    });
  });
});

describe('portal isolation', () => {
  it('never shows portal B the onboarding of the same company id in portal A: B is not served here', async () => {
    await app.seed(buildRunningOnboarding({ companyName: 'Portal A company' }), PORTAL);

    const fromOther = await app.call('GET', onboardingPath, { portalId: OTHER_PORTAL });
    const fromOwner = await app.call('GET', onboardingPath, { portalId: PORTAL });

    expect(fromOther).toMatchObject({ status: 403, body: { error: { code: 'portal_not_served' } } });
    expect(JSON.stringify(fromOther.body)).not.toContain('Portal A company');
    expect(fromOwner.body).toMatchObject({ kind: 'onboarding', onboarding: { companyName: 'Portal A company' } });
  });

  it('refuses portal B an action on portal A onboarding and leaves it untouched', async () => {
    await app.seed(buildRunningOnboarding(), PORTAL);

    const response = await app.call('POST', '/api/cards/companies/101/criteria/c1/current-value', {
      body: { current: 9 },
      portalId: OTHER_PORTAL,
    });

    expect(response).toMatchObject({ status: 403, body: { error: { code: 'portal_not_served' } } });
    expect((await app.store.onboardings.get(PORTAL, '101'))?.onboarding.criteria[0]?.current).toBe(4);
    expect(await app.store.inbox.counts(OTHER_PORTAL)).toMatchObject({ pending: 0 });
  });
});

describe('GET onboarding', () => {
  it('answers the empty state with every template, the catch-all suggested and today as day 0 when the company has none', async () => {
    const response = await app.call('GET', onboardingPath);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      kind: 'empty',
      empty: {
        companyId: '101',
        templates: ['smb', 'enterprise', 'standard'].map((id) =>
          expect.objectContaining({
            id,
            name: expect.any(String),
            description: expect.any(String),
            milestoneCount: 7,
            firstWeekStepCount: expect.any(Number),
          }),
        ),
        suggestedTemplateId: 'standard',
        suggestedStartDate: '2026-03-02',
      },
    });
  });

  it('answers the running onboarding assessed now, in the contract shape', async () => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('GET', onboardingPath);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      kind: 'onboarding',
      onboarding: {
        companyId: '101',
        companyName: 'Acme SA',
        owner: null,
        parked: null,
        outcome: null,
        reopenedAt: null,
        header: {
          status: 'in_progress',
          phase: 'activation',
          startDate: '2026-02-02',
          day: 28,
          planDays: 90,
          healthScore: expect.any(Number),
          components: {
            usage: { score: expect.any(Number), weightPercent: 30 },
            engagement: { score: expect.any(Number), weightPercent: 20 },
            milestones: { score: expect.any(Number), weightPercent: 20 },
            criteria: { score: expect.any(Number), weightPercent: 20 },
            support: { score: expect.any(Number), weightPercent: 10 },
          },
          riskLevel: 'critical',
          riskReason: 'no_first_login',
          escalationLevel: expect.any(Number),
          nextCheckpointDate: '2026-02-09',
          nextAction: expect.any(String),
          assessedAt: '2026-03-02T09:00:00.000Z',
        },
        criteria: [
          {
            id: 'c1',
            name: '5 weekly active users',
            metric: 'weekly_active_users',
            unit: 'users',
            direction: 'increase',
            baseline: 0,
            baselineDate: null,
            baselineEvidence: null,
            current: 4,
            currentSource: 'manual',
            currentEnteredAt: null,
            target: 10,
            progressPercent: 40,
            expectedProgressPercent: 47,
            achievedAt: null,
            dueDate: '2026-04-03',
            status: 'in_progress',
            source: 'sales_promise',
            measurable: true,
            suggestion: null,
          },
        ],
        milestones: [
          expect.objectContaining({ id: 'm1', dueDate: '2026-02-09', status: 'late', completedAt: null }),
          expect.objectContaining({ id: 'm2', dueDate: '2026-03-04', status: 'pending' }),
        ],
        firstWeekSteps: [],
        stakeholders: {
          circles: [
            { circle: 'economic_decision_maker', contacts: [expect.objectContaining({ contactId: '9' })] },
            { circle: 'end_user', contacts: [] },
            { circle: 'technical_influencer', contacts: [] },
          ],
          others: [expect.objectContaining({ contactId: '10', roles: ['sponsor'] })],
          candidates: [],
          validationOwner: expect.objectContaining({ contactId: '9', lastEngagedAt: '2026-02-22T12:00:00.000Z' }),
          singleThreaded: true,
          missingCircles: ['end_user', 'technical_influencer'],
        },
        signals: expect.arrayContaining([
          {
            type: 'no_first_login',
            severity: 'critical',
            status: 'open',
            detectedAt: '2026-03-02T09:00:00.000Z',
            snoozedUntil: null,
            escalationLevel: 1,
            reopened: false,
            evidence: expect.any(String),
            action: expect.any(String),
          },
        ]),
        activity: {
          usageTracked: true,
          logins7d: 0,
          activeUsers7d: 0,
          keyFeatures: ['reports'],
          keyFeaturesUsed: [],
          lastLoginAt: null,
          lastInboundReplyAt: null,
          openTickets: 0,
        },
        checkpointNotes: [],
        signalHistory: [],
        metricOptions: [
          { metric: 'weekly_active_users', label: 'Weekly active users' },
          { metric: 'logins_7d', label: 'Logins in the last 7 days' },
          { metric: 'active_users_30d', label: 'Active users in the last 30 days' },
          { metric: 'feature_uses_30d:reports', label: 'reports: Uses in the last 30 days' },
          { metric: 'days_to_first_value', label: 'Days to first value' },
        ],
      },
    });
  });

  it('lists signals most severe first, as the engine sorts them', async () => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('GET', onboardingPath);
    const signals = (response.body as { onboarding: { signals: { severity: string }[] } }).onboarding.signals;

    const rank = ['critical', 'high', 'warning', 'info'];
    expect(signals.map((s) => rank.indexOf(s.severity))).toEqual(
      [...signals.map((s) => rank.indexOf(s.severity))].sort((a, b) => a - b),
    );
  });
});

describe('GET summary', () => {
  it('answers the sidebar figures with the most severe signal on top', async () => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('GET', summaryPath);

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      kind: 'summary',
      summary: {
        companyId: '101',
        status: 'in_progress',
        closedAt: null,
        phase: 'activation',
        day: 28,
        planDays: 90,
        healthScore: expect.any(Number),
        riskLevel: 'critical',
        escalationLevel: 1,
        openSignalCount: expect.any(Number),
        topSignal: expect.objectContaining({ type: 'no_first_login', severity: 'critical' }),
        nextCheckpointDate: '2026-02-09',
      },
    });
  });

  it('answers the empty state for a company without an onboarding', async () => {
    const response = await app.call('GET', summaryPath);

    expect(response.body).toEqual({ kind: 'empty', companyId: '101' });
  });
});

describe('read latency', () => {
  it('answers 50 sequential reads from the store (timing reported by npm run bench -- cards)', async () => {
    await app.seed(buildRunningOnboarding());

    const responses = [];
    for (let i = 0; i < 50; i += 1) responses.push(await app.call('GET', onboardingPath));

    expect(responses.every((response) => response.status === 200)).toBe(true);
  });
});
