import type { Criterion, Milestone, Onboarding } from '@liftoff/shared/domain/index';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import { atDay, buildCriterion, buildMilestone, buildOnboarding, dateOfDay } from '../../support/build-onboarding.ts';

/**
 * docs/PRODUCT.md §2 step 8: an onboarding completes by itself when the day-90 review is done and at least 3
 * measurable criteria exist and all are achieved (latched) — never after a person reopened it.
 */

const NOW = atDay(92);
const review = (overrides: Partial<Milestone> = {}) =>
  buildMilestone({ id: 'd90', name: 'Day-90 review', kind: 'review_d90', dueDate: dateOfDay(90), ...overrides });
const achieved = (id: string, overrides: Partial<Criterion> = {}) =>
  buildCriterion({ id, status: 'achieved', achievedAt: atDay(60), ...overrides });
const threeAchieved = [achieved('c1'), achieved('c2'), achieved('c3')];

/** Every condition holds: in progress, the review done by a person, three measurable criteria achieved. */
const complete = (overrides: Partial<Onboarding> = {}): Onboarding =>
  buildOnboarding({ milestones: [review({ completedAt: atDay(90) })], criteria: threeAchieved, ...overrides });
const isDue = (onboarding: Onboarding, now = NOW) => evaluateOnboarding(onboarding, now).completion.due;

describe('automatic completion', () => {
  it('is due when the day-90 review is done and 3 measurable criteria are all achieved', () => {
    expect(isDue(complete())).toBe(true);
  });

  it.each([
    { overrides: { status: 'completed' as const }, why: 'already completed' },
    { overrides: { status: 'churned' as const }, why: 'churned' },
    { overrides: { status: 'abandoned' as const }, why: 'abandoned' },
    { overrides: { reopenedAt: atDay(91) }, why: 'a person reopened it' },
    { overrides: { milestones: [review()] }, why: 'the day-90 review is not done' },
    { overrides: { milestones: [review({ skipped: true })] }, why: 'the day-90 review is skipped' },
    {
      overrides: { milestones: [review({ completedAt: atDay(90), manual: 'not_done' as const })] },
      why: 'a person marked the day-90 review not done',
    },
    {
      overrides: { milestones: [buildMilestone({ kind: 'checkpoint_d60', completedAt: atDay(60) })] },
      why: 'the plan has no day-90 review',
    },
    { overrides: { criteria: threeAchieved.slice(0, 2) }, why: 'only 2 measurable criteria' },
    {
      overrides: { criteria: [...threeAchieved.slice(0, 2), achieved('c3', { target: null })] },
      why: 'the third criterion has no target (not measurable)',
    },
    {
      overrides: { criteria: [...threeAchieved.slice(0, 2), achieved('c3', { dueDate: null })] },
      why: 'the third criterion has no due date (not measurable)',
    },
    {
      overrides: { criteria: [...threeAchieved, buildCriterion({ id: 'c4', status: 'in_progress' })] },
      why: 'a fourth measurable criterion is not achieved',
    },
    {
      overrides: { criteria: [...threeAchieved.slice(0, 2), buildCriterion({ id: 'c3', status: 'missed' })] },
      why: 'a criterion is missed',
    },
    {
      overrides: { criteria: [...threeAchieved.slice(0, 2), achieved('c3', { status: 'retired' })] },
      why: 'a retired criterion does not count towards the 3',
    },
  ])('is not due when $why', ({ overrides }) => {
    expect(isDue(complete(overrides))).toBe(false);
  });

  it('leaves retired criteria out: an unachieved retired criterion does not hold it back', () => {
    const criteria = [...threeAchieved, buildCriterion({ id: 'c4', status: 'retired' })];
    expect(isDue(complete({ criteria }))).toBe(true);
  });

  it('counts a criterion whose achievement is latched (achievedAt) whatever its status says now', () => {
    const criteria = [
      ...threeAchieved.slice(0, 2),
      buildCriterion({ id: 'c3', status: 'in_progress', achievedAt: atDay(70) }),
    ];
    expect(isDue(complete({ criteria }))).toBe(true);
  });

  it('counts a criterion a person marked achieved without a date', () => {
    const criteria = [...threeAchieved.slice(0, 2), buildCriterion({ id: 'c3', status: 'achieved', achievedAt: null })];
    expect(isDue(complete({ criteria }))).toBe(true);
  });

  it('reads the day-90 review’s effective completion: done by its rule', () => {
    const milestones = [
      buildMilestone({ id: 'd60', kind: 'checkpoint_d60', dueDate: dateOfDay(60), completedAt: atDay(60) }),
      review({ completesWhen: { rule: 'milestone_done', milestoneKind: 'checkpoint_d60' } }),
    ];
    expect(isDue(complete({ milestones }))).toBe(true);
  });

  it('is not due before the review is done, when replaying', () => {
    expect(isDue(complete(), atDay(90) - 1)).toBe(false);
    expect(isDue(complete(), atDay(90))).toBe(true);
  });
});
