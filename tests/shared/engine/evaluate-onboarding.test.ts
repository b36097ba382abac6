import { evaluateOnboarding, evaluatePortfolio } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildCriterion,
  buildFeatureUse,
  buildHealthyOnboarding,
  buildLogin,
  buildMilestone,
  buildOnboarding,
  buildPriorSignal,
  buildTicket,
  date,
  dateOfDay,
  instant,
} from '../../support/build-onboarding.ts';

describe('evaluateOnboarding', () => {
  it('sorts signals by severity, critical first, then by type', () => {
    const onboarding = buildOnboarding({ milestones: [buildMilestone({ kind: 'custom' })] });
    const types = evaluateOnboarding(onboarding, atDay(29)).signals.map((s) => `${s.severity}:${s.type}`);
    expect(types).toEqual([
      'critical:no_first_login',
      'high:no_criteria',
      'warning:milestone_overdue',
      'warning:single_threaded',
      'info:no_validation_owner',
    ]);
  });

  it('recommends the action of the most severe open signal', () => {
    const assessment = evaluateOnboarding(buildOnboarding(), atDay(29));
    expect(assessment.nextAction).toBe('Send a reminder to the end users to log in.');
  });

  it('skips acknowledged signals when recommending the next action', () => {
    const onboarding = buildOnboarding({ signals: [buildPriorSignal({ status: 'acknowledged' })] });
    expect(evaluateOnboarding(onboarding, atDay(29)).nextAction).toBe(
      'Agree 3–5 measurable success criteria with the customer (baseline, target, due date).',
    );
  });

  it('follows up an acknowledged signal rather than give the phase default to a company that never logged in', () => {
    // Day 40, no login ever: no_first_login (critical) is the only signal, acknowledged two days ago.
    const acknowledged = buildPriorSignal({ status: 'acknowledged', acknowledgedAt: atDay(38) });
    const onboarding = buildHealthyOnboarding(40, { activity: buildOnboarding().activity, signals: [acknowledged] });
    const assessment = evaluateOnboarding(onboarding, atDay(40));
    expect(assessment.nextAction).toBe('Follow up: Send a reminder to the end users to log in.');
    expect(assessment.signals).toMatchObject([
      { type: 'no_first_login', status: 'acknowledged', action: 'Send a reminder to the end users to log in.' },
    ]);
  });

  it('says when a snoozed signal comes back, on the next action only', () => {
    const snoozed = buildPriorSignal({ status: 'snoozed', snoozedAt: atDay(38), snoozedUntil: atDay(45) });
    const onboarding = buildHealthyOnboarding(40, { activity: buildOnboarding().activity, signals: [snoozed] });
    const assessment = evaluateOnboarding(onboarding, atDay(40));
    expect(assessment.nextAction).toBe('After 19 Mar: Send a reminder to the end users to log in.');
    expect(assessment.signals[0]?.action).toBe('Send a reminder to the end users to log in.');
  });

  it('names the next milestone once the kickoff is done, not "Run the kickoff"', () => {
    const milestones = [
      buildMilestone({ id: 'k', name: 'Kickoff', kind: 'kickoff', dueDate: dateOfDay(1), completedAt: atDay(1) }),
      buildMilestone({ id: 'd7', kind: 'checkpoint_d7', dueDate: dateOfDay(7) }),
    ];
    const assessment = evaluateOnboarding(buildHealthyOnboarding(3, { milestones }), atDay(3));
    expect(assessment).toMatchObject({ phase: 'kickoff', signals: [] });
    expect(assessment.nextAction).toBe('Hold the day-7 checkpoint by 9 Feb.');
  });

  it('recommends the phase default when no signal is open', () => {
    expect(evaluateOnboarding(buildHealthyOnboarding(40), atDay(40)).nextAction).toBe(
      'Broaden adoption to more users and prepare the day-60 checkpoint.',
    );
  });

  it.each(['completed', 'churned', 'abandoned'] as const)('raises no signal for a %s onboarding', (status) => {
    const assessment = evaluateOnboarding(buildOnboarding({ status }), atDay(29));
    expect(assessment.signals).toEqual([]);
    expect(assessment.escalationLevel).toBe(0);
  });

  it('takes the risk of a completed onboarding from its score only', () => {
    // Never logged in: in progress this would be critical (no_first_login); completed, only the score of 58 counts.
    const onboarding = buildHealthyOnboarding(100, { status: 'completed', activity: buildOnboarding().activity });
    const assessment = evaluateOnboarding(onboarding, atDay(100));
    expect(assessment).toMatchObject({ phase: 'completed', healthScore: 58, riskLevel: 'medium', signals: [] });
    expect(assessment.nextAction).toBe(
      'Onboarding complete: hand over to account management with the achieved criteria.',
    );
  });

  it('raises no usage signal and leaves usage out without a usage source', () => {
    const assessment = evaluateOnboarding(buildOnboarding({ usageTracked: false }), atDay(40));
    const usageTypes = ['no_first_login', 'low_activation', 'usage_drop'];
    expect(assessment.signals.filter((s) => usageTypes.includes(s.type))).toEqual([]);
    expect(assessment.components.usage).toBeNull();
  });

  it('reports day, criteria counts, next checkpoint and usage figures', () => {
    const onboarding = buildOnboarding({
      keyFeatures: ['reports', 'automations'],
      criteria: [buildCriterion({ id: 'a', status: 'achieved' }), buildCriterion({ id: 'b' })],
      milestones: [
        buildMilestone({ id: 'k', kind: 'kickoff', dueDate: dateOfDay(1) }),
        buildMilestone({ id: 'd7', kind: 'checkpoint_d7', completedAt: atDay(7) }),
        buildMilestone({ id: 'd30', kind: 'checkpoint_d30', dueDate: dateOfDay(30), skipped: true }),
        buildMilestone({ id: 'd60', kind: 'checkpoint_d60', dueDate: dateOfDay(60) }),
        buildMilestone({ id: 'd90', kind: 'review_d90', dueDate: dateOfDay(90) }),
      ],
      activity: {
        ...buildOnboarding().activity,
        logins: [
          buildLogin({ at: atDay(33), userId: 'u1' }),
          buildLogin({ at: atDay(34), userId: 'u1' }),
          buildLogin({ at: atDay(35), userId: 'u2' }),
          buildLogin({ at: atDay(20), userId: 'u3' }),
        ],
        featureUses: [buildFeatureUse({ feature: 'automations' }), buildFeatureUse({ feature: 'settings' })],
      },
    });
    const assessment = evaluateOnboarding(onboarding, atDay(35));
    expect(assessment).toMatchObject({
      companyId: '101',
      asOf: atDay(35),
      day: 35,
      phase: 'adoption',
      criteriaMet: 1,
      criteriaTotal: 2,
      nextCheckpointDate: dateOfDay(60),
      usage: { lastLoginAt: atDay(35), logins7d: 3, activeUsers7d: 2, keyFeaturesUsed: ['automations'] },
    });
  });

  it('counts day N in whole UTC days from the start date', () => {
    const onboarding = buildOnboarding({ startDate: date('2026-02-01') });
    expect(evaluateOnboarding(onboarding, instant('2026-03-02T12:00:00Z')).day).toBe(29);
    expect(evaluateOnboarding(onboarding, instant('2026-03-02T23:59:59.999Z')).day).toBe(29);
    expect(evaluateOnboarding(onboarding, instant('2026-03-03T00:00:00Z')).day).toBe(30);
  });
});

describe('evaluatePortfolio', () => {
  it('keeps the input order and adds cohorts sorted by month', () => {
    const now = instant('2026-05-15T12:00:00Z');
    const onboardings = [
      buildOnboarding({ companyId: 'b', startDate: date('2026-04-01') }),
      buildOnboarding({ companyId: 'a', startDate: date('2026-02-01') }),
      buildOnboarding({
        companyId: 'c',
        startDate: date('2026-02-10'),
        activity: {
          ...buildOnboarding().activity,
          logins: [buildLogin({ at: instant('2026-02-12T10:00:00Z') })],
          featureUses: [buildFeatureUse({ at: instant('2026-02-13T10:00:00Z') })],
          tickets: [buildTicket()],
        },
      }),
    ];
    const portfolio = evaluatePortfolio(onboardings, now);
    expect(portfolio.asOf).toBe(now);
    expect(portfolio.companies.map((c) => c.companyId)).toEqual(['b', 'a', 'c']);
    const count = (activated: number, eligible: number) => ({ activated, eligible });
    expect(portfolio.cohorts).toEqual([
      {
        cohort: '2026-02',
        size: 2,
        activationRate: { d30: 0.5, d60: 0.5, d90: 0.5 },
        counts: { d30: count(1, 2), d60: count(1, 2), d90: count(1, 2) },
      },
      {
        cohort: '2026-04',
        size: 1,
        activationRate: { d30: 0, d60: null, d90: null },
        counts: { d30: count(0, 1), d60: count(0, 0), d90: count(0, 0) },
      },
    ]);
  });
});
