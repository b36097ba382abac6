import type { Assessment, Criterion } from '@liftoff/shared/domain/index';

/**
 * The criteria to keep after an assessment: one that reached its target keeps the instant it first did
 * (docs/PRODUCT.md §3: achievement is latched, so it stays achieved when the metric dips later).
 */
export function toLatchedCriteria(criteria: readonly Criterion[], assessment: Assessment): Criterion[] {
  const achievedAtById = new Map(assessment.criteria.map((judged) => [judged.id, judged.achievedAt]));
  return criteria.map((criterion) =>
    criterion.achievedAt === null ? { ...criterion, achievedAt: achievedAtById.get(criterion.id) ?? null } : criterion,
  );
}
