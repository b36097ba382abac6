import type { Criterion } from '../../domain/index.ts';

/**
 * Share of the way from baseline to target, clamped to 0–1 (works for decreasing targets too);
 * a missing baseline counts as 0, a missing current value as no progress; null without a target.
 * Read by the criterion_at_risk rule and the criteria health component.
 */
export function toProgress(criterion: Criterion): number | null {
  if (criterion.target === null) return null;
  const baseline = criterion.baseline ?? 0;
  const current = criterion.current ?? baseline;
  const span = criterion.target - baseline;
  if (span === 0) return current === criterion.target ? 1 : 0;
  return Math.min(1, Math.max(0, (current - baseline) / span));
}
