import type { Assessment, Criterion } from '@liftoff/shared/domain/index';

/**
 * The criteria to keep after an assessment: one that reached its target keeps the instant it first did
 * (docs/PRODUCT.md §3: achievement is latched, so it stays achieved when the metric dips later), and reads
 * `achieved` from then on, in the store and in HubSpot, unless a person closed it as missed or retired it.
 */
export function toLatchedCriteria(criteria: readonly Criterion[], assessment: Assessment): Criterion[] {
  const achievedAtById = new Map(assessment.criteria.map((judged) => [judged.id, judged.achievedAt]));
  return criteria.map((criterion) => {
    const achievedAt = criterion.achievedAt ?? achievedAtById.get(criterion.id) ?? null;
    if (achievedAt === null) return criterion;
    const settled = criterion.status === 'missed' || criterion.status === 'retired';
    return { ...criterion, achievedAt, status: settled ? criterion.status : 'achieved' };
  });
}
