import { describe, expect, it } from 'vitest';
import { evaluateOnboarding } from '@liftoff/shared/engine/index';
import { toLatchedCriteria } from '../../../server/src/onboarding/model/to-latched-criteria.ts';
import { atDay, buildCriterion, buildOnboarding, dateOfDay } from '../../support/build-onboarding.ts';

describe('latched achievements kept after an assessment', () => {
  it('keeps the instant a criterion first reached its target, and an earlier one once latched', () => {
    const terms = { baseline: 0, target: 5, dueDate: dateOfDay(60), status: 'in_progress' } as const;
    const criteria = [
      buildCriterion({ id: 'reached', ...terms, current: 5 }),
      buildCriterion({ id: 'latched', ...terms, current: 1, achievedAt: atDay(10) }),
      buildCriterion({ id: 'short', ...terms, current: 2 }),
    ];
    const assessment = evaluateOnboarding(buildOnboarding({ criteria }), atDay(30));

    expect(toLatchedCriteria(criteria, assessment).map((criterion) => criterion.achievedAt)).toEqual([
      atDay(30),
      atDay(10),
      null,
    ]);
  });
});
