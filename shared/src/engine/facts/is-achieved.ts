import type { Criterion } from '../../domain/index.ts';

/**
 * Achieved = a person said so (`status: achieved`) or it reached its target once (`achievedAt`, latched: it stays
 * achieved when the metric dips). A retired criterion counts nowhere, so it is never achieved.
 */
export function isAchieved(criterion: Pick<Criterion, 'status' | 'achievedAt'>): boolean {
  if (criterion.status === 'retired') return false;
  return criterion.status === 'achieved' || criterion.achievedAt !== null;
}
