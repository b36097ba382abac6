import { describe, expect, it } from 'vitest';
import { phases, signalTypes } from '@liftoff/shared/domain/index';
import { evaluatePortfolio } from '@liftoff/shared/engine/index';
import { standardTemplate } from '@liftoff/shared/playbook/default-templates';
import {
  generatePortfolio,
  portfolioProfiles,
  toPortfolioProfile,
} from '../../../server/src/sandbox/generate-portfolio.ts';

const now = Date.UTC(2026, 2, 2, 12);
const size = portfolioProfiles.length * 4;
const portfolio = generatePortfolio({ seed: 7, size, now });
const assessment = evaluatePortfolio(portfolio, now);

const countEvents = (o: (typeof portfolio)[number]): number =>
  o.activity.logins.length + o.activity.featureUses.length + o.activity.engagements.length + o.activity.tickets.length;

const allTimes = (o: (typeof portfolio)[number]): number[] => [
  ...o.activity.logins.map((e) => e.at),
  ...o.activity.featureUses.map((e) => e.at),
  ...o.activity.engagements.map((e) => e.at),
  ...o.activity.tickets.flatMap((t) => [t.openedAt, t.closedAt ?? t.openedAt]),
  ...o.milestones.flatMap((m) => (m.completedAt === null ? [] : [m.completedAt])),
  ...o.signals.map((s) => s.detectedAt),
];

describe('generatePortfolio (the sandbox portfolio)', () => {
  it('is deterministic per seed, and a smaller portfolio is a prefix of a larger one', () => {
    expect(generatePortfolio({ seed: 7, size, now })).toEqual(portfolio);
    expect(generatePortfolio({ seed: 7, size: 5, now })).toEqual(portfolio.slice(0, 5));
    expect(generatePortfolio({ seed: 8, size: 5, now })).not.toEqual(portfolio.slice(0, 5));
  });

  it('follows one playbook when given one, the rest of each onboarding unchanged', () => {
    const single = generatePortfolio({ seed: 7, size, now, template: standardTemplate });
    expect(new Set(single.map((o) => o.milestones.length))).toEqual(new Set([standardTemplate.milestones.length]));
    expect(single.every((o) => o.keyFeatures.join() === standardTemplate.keyFeatures.join())).toBe(true);
    expect(single.map((o) => [o.companyId, o.companyName, o.startDate, o.status])).toEqual(
      portfolio.map((o) => [o.companyId, o.companyName, o.startDate, o.status]),
    );
  });

  it('gives unique company ids and never dates activity after now or before the start date', () => {
    expect(new Set(portfolio.map((o) => o.companyId)).size).toBe(size);
    const outOfRange = portfolio.flatMap((o) =>
      allTimes(o)
        .filter((at) => at < o.startDate || at > now)
        .map((at) => `${o.companyId} ${new Date(at).toISOString()}`),
    );
    expect(outOfRange).toEqual([]);
  });

  it('holds about 200 activity events per tracked, active onboarding by default, and honours eventsPerOnboarding', () => {
    const healthy = portfolio.filter((_, i) => toPortfolioProfile(i) === 'healthy');
    expect(healthy.map(countEvents).every((n) => n === 200)).toBe(true);
    const mean = portfolio.map(countEvents).reduce((a, b) => a + b, 0) / size;
    expect(mean).toBeGreaterThan(150);
    const small = generatePortfolio({ seed: 7, size: 3, now, eventsPerOnboarding: 50 });
    expect(countEvents(small[0] as (typeof small)[number])).toBe(50);
  });

  it('raises every signal type of docs/PRODUCT.md §4 and covers every phase', () => {
    const raised = new Set(assessment.companies.flatMap((a) => a.signals.map((s) => s.type)));
    expect([...raised].sort()).toEqual([...signalTypes].sort());
    expect(new Set(assessment.companies.map((a) => a.phase))).toEqual(new Set(phases));
  });

  it.each(signalTypes.map((type) => [type]))('has a profile whose onboardings raise %s', (type) => {
    const raisers = assessment.companies.filter(
      (a, i) => toPortfolioProfile(i) === type && a.signals.some((s) => s.type === type),
    );
    expect(raisers).toHaveLength(4);
  });

  it('keeps healthy onboardings free of signals and activated once past the first week', () => {
    const healthy = assessment.companies.filter((_, i) => toPortfolioProfile(i) === 'healthy');
    expect(healthy.flatMap((a) => a.signals.map((s) => `${a.companyId} ${s.type}: ${s.evidence}`))).toEqual([]);
    expect(healthy.filter((a) => a.day >= 7).every((a) => a.activation.activated && a.riskLevel === 'low')).toBe(true);
  });

  it('includes completed, churned, abandoned, untracked and prior-signal onboardings over several monthly cohorts', () => {
    expect(new Set(portfolio.map((o) => o.status))).toEqual(
      new Set(['in_progress', 'completed', 'churned', 'abandoned']),
    );
    expect(portfolio.some((o) => !o.usageTracked)).toBe(true);
    expect(new Set(portfolio.flatMap((o) => o.signals.map((s) => s.status)))).toEqual(
      new Set(['open', 'acknowledged', 'snoozed']),
    );
    expect(assessment.cohorts.length).toBeGreaterThanOrEqual(5);
  });
});
