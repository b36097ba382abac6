import type { Criterion } from '../../domain/index.ts';

/**
 * Achieved = a person marked it achieved, or it reached its target once (`achievedAt`, latched: it stays achieved
 * even if the metric dips). Read by the completion rule (docs/PRODUCT.md §2 step 8); when the engine computes the
 * achievement of a data metric it records it in `achievedAt`, so this stays the one reading.
 */
export function isAchieved(criterion: Pick<Criterion, 'status' | 'achievedAt'>): boolean {
  return criterion.status === 'achieved' || criterion.achievedAt !== null;
}
