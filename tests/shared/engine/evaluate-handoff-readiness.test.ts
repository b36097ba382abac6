import { describe, expect, it } from 'vitest';
import type { StakeholderRole } from '@liftoff/shared/domain/index';
import { evaluateHandoffReadiness } from '@liftoff/shared/engine/index';
import type { HandoffFacts, HandoffGapCode } from '@liftoff/shared/engine/index';
import { dateOfDay } from '../../support/build-onboarding.ts';

const measurable = { baseline: 0, target: 10, dueDate: dateOfDay(60) };
const noBaseline = { ...measurable, baseline: null };
const noTarget = { ...measurable, target: null };
const noDueDate = { ...measurable, dueDate: null };
const allCircles: StakeholderRole[][] = [['economic_decision_maker'], ['end_user'], ['technical_influencer']];

function buildHandoffFacts(overrides: Partial<HandoffFacts> = {}): HandoffFacts {
  return {
    criteria: [measurable, measurable, measurable],
    contactRoles: allCircles,
    validationOwnerContactId: '9',
    ...overrides,
  };
}

describe('evaluateHandoffReadiness (docs/PRODUCT.md §5)', () => {
  it.each<[string, Partial<HandoffFacts>, number, HandoffGapCode[]]>([
    ['a complete handoff scores 100', {}, 100, []],
    ['5 measurable criteria are still in range', { criteria: Array(5).fill(measurable) }, 100, []],
    [
      'nothing written scores 0',
      { criteria: [], contactRoles: [], validationOwnerContactId: null },
      0,
      ['criteria_count', 'criteria_baseline', 'circles', 'validation_owner'],
    ],
    ['2 measurable criteria lose 40', { criteria: [measurable, measurable] }, 60, ['criteria_count']],
    [
      'a criterion without a target is not measurable',
      { criteria: [measurable, measurable, noTarget] },
      60,
      ['criteria_count'],
    ],
    [
      'a criterion without a due date is not measurable',
      { criteria: [measurable, measurable, noDueDate] },
      60,
      ['criteria_count'],
    ],
    ['6 criteria are too many', { criteria: Array(6).fill(measurable) }, 60, ['criteria_count']],
    [
      'one criterion without a baseline loses 15',
      { criteria: [measurable, measurable, noBaseline] },
      85,
      ['criteria_baseline'],
    ],
    [
      'a missing circle loses 30',
      { contactRoles: [['economic_decision_maker'], ['end_user', 'sponsor']] },
      70,
      ['circles'],
    ],
    [
      'one contact may cover several circles',
      { contactRoles: [['economic_decision_maker', 'end_user', 'technical_influencer']] },
      100,
      [],
    ],
    ['no validation owner loses 15', { validationOwnerContactId: null }, 85, ['validation_owner']],
  ])('%s', (_label, overrides, score, codes) => {
    const readiness = evaluateHandoffReadiness(buildHandoffFacts(overrides));

    expect(readiness.score).toBe(score);
    expect(readiness.missing.map((gap) => gap.code)).toEqual(codes);
    expect(100 - readiness.missing.reduce((sum, gap) => sum + gap.points, 0)).toBe(score);
  });

  it('names the missing circles and how many measurable criteria to add', () => {
    const readiness = evaluateHandoffReadiness(
      buildHandoffFacts({ criteria: [measurable], contactRoles: [['end_user']] }),
    );

    expect(readiness.missing.map((gap) => gap.message)).toEqual([
      '1 measurable criteria: add 2 with a target and a due date.',
      'No contact tagged as economic decision maker, technical influencer.',
    ]);
  });
});
