import type { HealthComponents, Signal } from '@liftoff/shared/domain/index';
import { evaluateOnboarding, defaultThresholds, mergeThresholds } from '@liftoff/shared/engine/index';
import { evaluateHealthScore } from '../../../shared/src/engine/health/health-score.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import { describe, expect, it } from 'vitest';
import {
  atDay,
  buildCriterion,
  buildEngagement,
  buildFeatureUse,
  buildHealthyOnboarding,
  buildLogins,
  buildMilestone,
  buildOnboarding,
  buildStakeholder,
  buildTicket,
  dateOfDay,
} from '../../support/build-onboarding.ts';

const all = (value: number): HealthComponents => ({
  usage: value,
  engagement: value,
  milestones: value,
  criteria: value,
  support: value,
});
const open = (severity: Signal['severity']) => ({ severity, status: 'open' as const });

describe('evaluateHealthScore', () => {
  it.each([
    { components: all(80), signals: [], score: 80, why: 'equal components' },
    {
      components: { usage: 100, engagement: 0, milestones: 0, criteria: 0, support: 0 },
      signals: [],
      score: 30,
      why: 'usage weighs 30 %',
    },
    {
      components: { usage: 0, engagement: 100, milestones: 100, criteria: 100, support: 100 },
      signals: [],
      score: 70,
      why: 'the others weigh 70 %',
    },
    {
      components: { usage: null, engagement: 100, milestones: 0, criteria: 0, support: 0 },
      signals: [],
      score: 29,
      why: 'without usage, engagement weighs 20/70',
    },
    { components: all(80), signals: [open('high')], score: 70, why: 'an open high costs 10' },
    { components: all(80), signals: [open('critical')], score: 60, why: 'an open critical costs 20' },
    {
      components: all(80),
      signals: [open('warning'), open('info')],
      score: 80,
      why: 'warnings and infos cost nothing',
    },
    {
      components: all(80),
      signals: [{ severity: 'critical' as const, status: 'acknowledged' as const }],
      score: 60,
      why: 'an acknowledged critical still costs 20: handled is not fixed',
    },
    {
      components: all(10),
      signals: [open('critical'), open('critical')],
      score: 0,
      why: 'clamped at 0',
    },
    {
      components: { usage: null, engagement: null, milestones: null, criteria: null, support: null },
      signals: [],
      score: 100,
      why: 'no known component: missing data is not bad data',
    },
  ])('$why → $score', ({ components, signals, score }) => {
    expect(evaluateHealthScore(components, signals, defaultThresholds)).toBe(score);
  });

  it('follows portal weights', () => {
    const thresholds = mergeThresholds({ health: { weights: { usage: 0 } } });
    expect(evaluateHealthScore({ ...all(50), usage: 100 }, [], thresholds)).toBe(50);
  });
});

describe('health components of an assessed onboarding', () => {
  const components = (onboarding = buildOnboarding(), day = 30) =>
    evaluateOnboarding(onboarding, atDay(day)).components;

  describe('usage', () => {
    const withUsage = (logins: number, features: string[]) =>
      buildOnboarding({
        keyFeatures: ['reports', 'automations'],
        activity: {
          ...buildOnboarding().activity,
          logins: buildLogins(logins, atDay(30)),
          featureUses: features.map((feature) => buildFeatureUse({ feature, at: atDay(20) })),
        },
      });

    // Day 30: the expected weekly logins have grown from 0 at day 14 to 5 × 16/46 ≈ 1.74; one key feature is due.
    it.each([
      { logins: 5, features: ['reports', 'automations'], usage: 100 },
      { logins: 10, features: ['reports'], usage: 100 },
      { logins: 1, features: [], usage: 35 },
      { logins: 0, features: ['reports'], usage: 40 },
    ])('$logins logins this week and key features $features → $usage', ({ logins, features, usage }) => {
      expect(components(withUsage(logins, features)).usage).toBe(usage);
    });

    it('is null when the portal has no usage source', () => {
      expect(components(buildOnboarding({ usageTracked: false })).usage).toBeNull();
      expect(components(buildOnboarding({ usageTracked: false }), 0).usage).toBeNull();
    });

    it('is on pace before day 14 while nobody has logged in yet, and loses its login part from day 14', () => {
      expect(components(buildOnboarding(), -3).usage).toBe(100);
      expect(components(buildOnboarding(), 0).usage).toBe(100);
      expect(components(buildOnboarding(), 13).usage).toBe(100);
      expect(components(buildOnboarding(), 14).usage).toBe(40);
      expect(components(buildOnboarding(), 30).usage).toBe(0);
    });
  });

  describe('engagement', () => {
    it('is full with the three circles engaged this month and no unanswered outreach', () => {
      const stakeholders = (['economic_decision_maker', 'end_user', 'technical_influencer'] as const).map((role) =>
        buildStakeholder({ contactId: role, roles: [role], lastEngagedAt: atDay(25) }),
      );
      expect(components(buildOnboarding({ stakeholders })).engagement).toBe(100);
    });

    it('gives half credit to a circle only tagged, and loses 25 per unanswered touch', () => {
      const stakeholders = [
        buildStakeholder({ contactId: 'a', roles: ['economic_decision_maker'], lastEngagedAt: atDay(25) }),
        buildStakeholder({ contactId: 'b', roles: ['end_user'] }),
      ];
      const engagements = [buildEngagement({ at: atDay(26) }), buildEngagement({ at: atDay(27), type: 'call' })];
      const onboarding = buildOnboarding({ stakeholders, activity: { ...buildOnboarding().activity, engagements } });
      // responsiveness 50, coverage (1 + ½) / 3 = 50 → 50.
      expect(components(onboarding).engagement).toBe(50);
    });
  });

  describe('milestones', () => {
    it.each([
      { milestones: [], value: null, why: 'nothing due yet' },
      { milestones: [buildMilestone({ dueDate: dateOfDay(40) })], value: null, why: 'only future milestones' },
      { milestones: [buildMilestone({ completedAt: atDay(7) })], value: 100, why: 'done on its due day' },
      { milestones: [buildMilestone({ completedAt: atDay(9) })], value: 50, why: 'done late' },
      { milestones: [buildMilestone()], value: 0, why: 'overdue' },
      { milestones: [buildMilestone({ skipped: true })], value: null, why: 'skipped' },
      {
        milestones: [buildMilestone({ id: 'a', completedAt: atDay(6) }), buildMilestone({ id: 'b' })],
        value: 50,
        why: 'one on time, one overdue',
      },
    ])('$why → $value', ({ milestones, value }) => {
      expect(components(buildOnboarding({ milestones })).milestones).toBe(value);
    });
  });

  describe('criteria', () => {
    // Evaluated at day 30; a criterion due at day 60 is expected half-way.
    it.each([
      { criteria: [], value: null, why: 'no criterion' },
      { criteria: [buildCriterion({ target: null })], value: null, why: 'no target' },
      { criteria: [buildCriterion({ current: 5 })], value: 100, why: 'half-way at half time' },
      { criteria: [buildCriterion({ current: 2 })], value: 40, why: '20 % at half time' },
      { criteria: [buildCriterion({ status: 'achieved', current: 0 })], value: 100, why: 'achieved' },
      { criteria: [buildCriterion({ status: 'missed', current: 9 })], value: 0, why: 'missed' },
      { criteria: [buildCriterion({ current: 3, dueDate: null })], value: null, why: 'no due date: no pace to judge' },
      { criteria: [buildCriterion({ current: 5, dueDate: dateOfDay(20) })], value: 50, why: 'past due at 50 %' },
    ])('$why → $value', ({ criteria, value }) => {
      expect(components(buildOnboarding({ criteria })).criteria).toBe(value);
    });
  });

  describe('support', () => {
    it.each([
      { tickets: [], value: 100 },
      { tickets: [buildTicket()], value: 85 },
      { tickets: [buildTicket({ priority: 'urgent' })], value: 70 },
      { tickets: [buildTicket({ closedAt: atDay(2) })], value: 100 },
      { tickets: Array.from({ length: 8 }, (_, i) => buildTicket({ id: `t${i}` })), value: 0 },
    ])('$tickets.length tickets → $value', ({ tickets, value }) => {
      expect(components(buildOnboarding({ activity: { ...buildOnboarding().activity, tickets } })).support).toBe(value);
    });
  });

  it('gives a healthy onboarding a low risk and a high score', () => {
    const assessment = evaluateOnboarding(buildHealthyOnboarding(30), atDay(30));
    expect(assessment.signals).toEqual([]);
    expect(assessment.riskLevel).toBe('low');
    expect(assessment.healthScore).toBeGreaterThanOrEqual(70);
  });

  it('ignores activity after now when replaying an earlier instant', () => {
    const onboarding = buildHealthyOnboarding(30);
    const later = {
      ...onboarding,
      activity: { ...onboarding.activity, tickets: [buildTicket({ openedAt: atDay(30) + DAY_MS })] },
    };
    expect(evaluateOnboarding(later, atDay(30))).toEqual(evaluateOnboarding(onboarding, atDay(30)));
  });
});
