import type { Criterion, CriterionDirection } from '../../domain/index.ts';

/**
 * Which way progress goes: the one a given baseline and target show when they differ (a target below the baseline
 * is a decrease: HubSpot's criterion object does not carry the direction, so readers default it to `increase`),
 * else the criterion's own.
 */
export function toDirection({
  direction,
  baseline,
  target,
}: Pick<Criterion, 'direction' | 'baseline' | 'target'>): CriterionDirection {
  if (baseline === null || target === null || baseline === target) return direction;
  return target < baseline ? 'decrease' : 'increase';
}
