import {
  criterionDirections,
  criterionStatuses,
  manualMarks,
  signalResolvers,
  milestoneKinds,
  severities,
  signalStatuses,
  signalTypes,
  stakeholderRoles,
  ticketPriorities,
} from '@liftoff/shared/domain/index';
import type { HealthComponents, Onboarding, Signal } from '@liftoff/shared/domain/index';
import { evaluateOnboarding, compareSignals, defaultThresholds } from '@liftoff/shared/engine/index';
import { evaluateHealthScore } from '../../../shared/src/engine/health/health-score.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { START } from '../../support/build-onboarding.ts';

/** Instants from 20 days before the start to 120 days after: covers every phase and every window. */
const instantArb = fc.integer({ min: START - 20 * DAY_MS, max: START + 120 * DAY_MS });
const dateArb = fc.integer({ min: -20, max: 120 }).map((d) => START + d * DAY_MS);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });
const userArb = fc.constantFrom('u1', 'u2', 'u3', 'u4', 'u5', 'u6');
const featureArb = fc.constantFrom('reports', 'automations', 'settings');

const onboardingArb: fc.Arbitrary<Onboarding> = fc.record({
  companyId: fc.constant('101'),
  companyName: maybe(fc.string()),
  startDate: fc.constant(START),
  status: fc.constantFrom('in_progress', 'in_progress', 'in_progress', 'completed', 'churned', 'abandoned'),
  usageTracked: fc.boolean(),
  keyFeatures: fc.subarray(['reports', 'automations']),
  criteria: fc.array(
    fc.record({
      id: fc.string(),
      name: fc.string(),
      metric: maybe(fc.string()),
      unit: maybe(fc.string()),
      direction: fc.constantFrom(...criterionDirections),
      baseline: maybe(fc.integer({ min: -100, max: 100 })),
      target: maybe(fc.integer({ min: -100, max: 100 })),
      current: maybe(fc.double({ min: -200, max: 200, noNaN: true })),
      agreedAt: maybe(dateArb),
      dueDate: maybe(dateArb),
      status: fc.constantFrom(...criterionStatuses),
      achievedAt: maybe(instantArb),
      source: fc.constant('csm' as const),
      ownerContactId: fc.constant(null),
      handedOffTarget: fc.constant(null),
      baselineDate: fc.constant(null),
      baselineEvidence: fc.constant(null),
      currentAt: fc.constant(null),
      promiseKept: fc.constant(null),
    }),
    { maxLength: 7 },
  ),
  milestones: fc.array(
    fc.record({
      id: fc.string(),
      name: fc.string(),
      kind: fc.constantFrom(...milestoneKinds),
      dueDate: dateArb,
      completedAt: maybe(instantArb),
      skipped: fc.boolean(),
      skipReason: fc.constant(null),
      owner: fc.constant(null),
      completesWhen: fc.constant(null),
      manual: maybe(fc.constantFrom(...manualMarks)),
      checklist: fc.constant([]),
      notes: fc.constant(null),
    }),
    { maxLength: 7 },
  ),
  firstWeekSteps: fc.array(
    fc.record({
      id: fc.string(),
      name: fc.string(),
      doneAt: maybe(instantArb),
      completesWhen: fc.constant(null),
      manual: maybe(fc.constantFrom(...manualMarks)),
    }),
    { maxLength: 7 },
  ),
  stakeholders: fc.array(
    fc.record({
      contactId: fc.string(),
      name: maybe(fc.string()),
      roles: fc.subarray([...stakeholderRoles]),
      lastEngagedAt: maybe(instantArb),
      taggedAt: fc.constant(null),
      kpi: fc.constant(null),
    }),
    { maxLength: 5 },
  ),
  activity: fc.record({
    logins: fc.array(fc.record({ at: instantArb, userId: userArb }), { maxLength: 60 }),
    featureUses: fc.array(fc.record({ at: instantArb, userId: userArb, feature: featureArb }), { maxLength: 30 }),
    engagements: fc.array(
      fc.record({
        at: instantArb,
        type: fc.constantFrom('email', 'call', 'meeting'),
        direction: fc.constantFrom('inbound', 'outbound'),
        connected: fc.boolean(),
        contactId: fc.constant(null),
      }),
      { maxLength: 20 },
    ),
    tickets: fc.array(
      fc.record({
        id: fc.string(),
        openedAt: instantArb,
        closedAt: maybe(instantArb),
        priority: maybe(fc.constantFrom(...ticketPriorities)),
        category: maybe(fc.constantFrom('sso', 'billing')),
      }),
      { maxLength: 8 },
    ),
  }),
  signals: fc.array(
    fc.record({
      type: fc.constantFrom(...signalTypes),
      status: fc.constantFrom(...signalStatuses),
      detectedAt: instantArb,
      snoozedUntil: maybe(instantArb),
      acknowledgedAt: maybe(instantArb),
      snoozedAt: maybe(instantArb),
      resolvedAt: maybe(instantArb),
      resolvedBy: maybe(fc.constantFrom(...signalResolvers)),
    }),
    { maxLength: 6 },
  ),
  closedAt: fc.constant(null),
  outcomeReason: fc.constant(null),
  reopenedAt: fc.constant(null),
});

const componentArb: fc.Arbitrary<HealthComponents> = fc.record({
  usage: maybe(fc.integer({ min: 0, max: 100 })),
  engagement: maybe(fc.integer({ min: 0, max: 100 })),
  milestones: maybe(fc.integer({ min: 0, max: 100 })),
  criteria: maybe(fc.integer({ min: 0, max: 100 })),
  support: maybe(fc.integer({ min: 0, max: 100 })),
});
const scoredSignalArb = fc.record({
  severity: fc.constantFrom(...severities),
  status: fc.constantFrom('open', 'acknowledged', 'snoozed') as fc.Arbitrary<Signal['status']>,
});

const isScore = (n: number | null) => n === null || (Number.isInteger(n) && n >= 0 && n <= 100);

describe('engine invariants over generated onboardings', () => {
  it('keeps the health score an integer 0–100 and every component an integer 0–100 or null', () => {
    fc.assert(
      fc.property(onboardingArb, instantArb, (onboarding, now) => {
        const assessment = evaluateOnboarding(onboarding, now);
        expect(isScore(assessment.healthScore)).toBe(true);
        expect(Object.values(assessment.components).every(isScore)).toBe(true);
      }),
    );
  });

  it('never raises the score with an extra open critical signal', () => {
    fc.assert(
      fc.property(componentArb, fc.array(scoredSignalArb, { maxLength: 6 }), (components, signals) => {
        const without = evaluateHealthScore(components, signals, defaultThresholds);
        const withCritical = [...signals, { severity: 'critical' as const, status: 'open' as const }];
        expect(evaluateHealthScore(components, withCritical, defaultThresholds)).toBeLessThanOrEqual(without);
      }),
    );
    fc.assert(
      fc.property(onboardingArb, instantArb, (onboarding, now) => {
        const { components, signals, healthScore } = evaluateOnboarding(onboarding, now);
        const withCritical = [...signals, { severity: 'critical' as const, status: 'open' as const }];
        expect(evaluateHealthScore(components, withCritical, defaultThresholds)).toBeLessThanOrEqual(healthScore);
      }),
    );
  });

  it('is deterministic for the same now, whatever the order of the activity lists', () => {
    fc.assert(
      fc.property(onboardingArb, instantArb, (onboarding, now) => {
        const first = evaluateOnboarding(onboarding, now);
        const reversed: Onboarding = {
          ...structuredClone(onboarding),
          activity: {
            logins: [...onboarding.activity.logins].reverse(),
            featureUses: [...onboarding.activity.featureUses].reverse(),
            engagements: [...onboarding.activity.engagements].reverse(),
            tickets: [...onboarding.activity.tickets].reverse(),
          },
        };
        expect(evaluateOnboarding(onboarding, now)).toEqual(first);
        expect(evaluateOnboarding(reversed, now)).toEqual(first);
      }),
    );
  });

  it('lists each holding signal once, sorted, never resolved, with a consistent escalation and risk', () => {
    fc.assert(
      fc.property(onboardingArb, instantArb, (onboarding, now) => {
        const assessment = evaluateOnboarding(onboarding, now);
        const { signals } = assessment;
        expect(new Set(signals.map((s) => s.type)).size).toBe(signals.length);
        expect([...signals].sort(compareSignals)).toEqual(signals);
        expect(
          signals.every((s) => ['open', 'acknowledged', 'snoozed'].includes(s.status) && s.evidence.length > 0),
        ).toBe(true);
        if (onboarding.status !== 'in_progress') expect(signals).toEqual([]);
        expect(assessment.escalationLevel).toBe(Math.max(0, ...signals.map((s) => s.escalationLevel)));
        if (signals.some((s) => s.status === 'open' && s.severity === 'critical')) {
          expect(assessment.riskLevel).toBe('critical');
        }
        expect(assessment.nextAction.length).toBeGreaterThan(0);
        if (assessment.activation.day !== null) expect(assessment.activation.day).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
