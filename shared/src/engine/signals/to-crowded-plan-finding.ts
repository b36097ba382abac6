import type { SignalType } from '../../domain/index.ts';
import type { SignalFinding } from './signal-rule.ts';

/**
 * The finding of a plan that lists more items than the method recommends (criteria, first-week steps): info only,
 * since a crowded plan dilutes focus without putting the onboarding at risk yet. Null at or below the threshold.
 */
export function toCrowdedPlanFinding(crowded: {
  type: SignalType;
  count: number;
  max: number;
  items: string;
  action: string;
}): SignalFinding | null {
  const { type, count, max, items, action } = crowded;
  if (count <= max) return null;
  return { type, severity: 'info', evidence: `${count} ${items} in the plan (threshold: at most ${max}).`, action };
}
