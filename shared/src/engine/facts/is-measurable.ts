import type { Criterion } from '../../domain/index.ts';

/**
 * Measurable = it has a target and a due date (docs/PRODUCT.md §4 no_criteria, §5 handoff readiness): without both,
 * nobody can say at the day-90 review whether it was met. Read by the no_criteria rule and handoff readiness.
 */
export function isMeasurable(criterion: Pick<Criterion, 'target' | 'dueDate'>): boolean {
  return criterion.target !== null && criterion.dueDate !== null;
}
