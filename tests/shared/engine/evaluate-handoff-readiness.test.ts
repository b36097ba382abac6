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
  it.each<[string, Partial<HandoffFacts>, number, [HandoffGapCode, number][]]>([
    ['a complete handoff scores 100', {}, 100, []],
    [
      'nothing written scores 0',
      { criteria: [], contactRoles: [], validationOwnerContactId: null },
      0,
      [
        ['criteria_count', 40],
        ['criteria_baseline', 15],
        ['circles', 30],
        ['validation_owner', 15],
      ],
    ],
    // Measurable criteria: 40 × min(n, 3)/3, nothing above 5 criteria.
    ['1 measurable criterion earns 13 of 40', { criteria: [measurable] }, 73, [['criteria_count', 27]]],
    ['2 measurable criteria earn 27 of 40', { criteria: [measurable, measurable] }, 87, [['criteria_count', 13]]],
    ['5 measurable criteria are still in range', { criteria: Array(5).fill(measurable) }, 100, []],
    ['6 criteria are too many: 0 of 40', { criteria: Array(6).fill(measurable) }, 60, [['criteria_count', 40]]],
    [
      'a criterion without a target is not measurable',
      { criteria: [measurable, measurable, noTarget] },
      87,
      [['criteria_count', 13]],
    ],
    [
      'a criterion without a due date is not measurable',
      { criteria: [measurable, measurable, noDueDate] },
      87,
      [['criteria_count', 13]],
    ],
    [
      'a sixth criterion costs the 40 even when it is not measurable',
      { criteria: [...Array(5).fill(measurable), noTarget] },
      60,
      [['criteria_count', 40]],
    ],
    // Baselines: 15 × the share of criteria with one.
    [
      '2 of 3 with a baseline earn 10 of 15',
      { criteria: [measurable, measurable, noBaseline] },
      95,
      [['criteria_baseline', 5]],
    ],
    [
      '1 of 3 with a baseline earns 5 of 15',
      { criteria: [measurable, noBaseline, noBaseline] },
      90,
      [['criteria_baseline', 10]],
    ],
    [
      '1 of 2 with a baseline earns 8 of 15 (half up)',
      { criteria: [measurable, noBaseline] },
      80,
      [
        ['criteria_count', 13],
        ['criteria_baseline', 7],
      ],
    ],
    [
      '3 of 4 with a baseline earn 11 of 15',
      { criteria: [measurable, measurable, measurable, noBaseline] },
      96,
      [['criteria_baseline', 4]],
    ],
    [
      'no baseline at all earns 0 of 15',
      { criteria: [noBaseline, noBaseline, noBaseline] },
      85,
      [['criteria_baseline', 15]],
    ],
    // Circles: 10 each.
    [
      'two circles tagged earn 20 of 30',
      { contactRoles: [['economic_decision_maker'], ['end_user', 'sponsor']] },
      90,
      [['circles', 10]],
    ],
    ['one circle tagged earns 10 of 30', { contactRoles: [['end_user'], ['end_user']] }, 80, [['circles', 20]]],
    ['a sponsor is not a circle', { contactRoles: [['sponsor']] }, 70, [['circles', 30]]],
    [
      'one contact may cover several circles',
      { contactRoles: [['economic_decision_maker', 'end_user', 'technical_influencer']] },
      100,
      [],
    ],
    // Validation owner: 15.
    ['no validation owner loses 15', { validationOwnerContactId: null }, 85, [['validation_owner', 15]]],
  ])('%s', (_label, overrides, score, gaps) => {
    const readiness = evaluateHandoffReadiness(buildHandoffFacts(overrides));

    expect(readiness.score).toBe(score);
    expect(readiness.missing.map((gap) => [gap.code, gap.points])).toEqual(gaps);
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

  it('counts 3 measurable criteria of 4 as full credit, with the fourth still listed for its baseline', () => {
    const readiness = evaluateHandoffReadiness(
      buildHandoffFacts({ criteria: [measurable, measurable, measurable, { ...noTarget, baseline: null }] }),
    );

    expect(readiness.missing.map((gap) => gap.message)).toEqual(['1 of 4 criteria have no baseline.']);
  });
});
