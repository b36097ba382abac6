import type { Criterion } from '../../domain/index.ts';

/** The figures progress is read from: the criterion's own, or the effective ones (computed current and baseline). */
export type ProgressFigures = Pick<Criterion, 'direction' | 'baseline' | 'target' | 'current'>;

/**
 * Share of the way from baseline to target, direction-aware, clamped to 0–1; null without a target.
 * `increase`: (current − baseline) ÷ (target − baseline); `decrease` (fewer tickets, fewer days): (baseline − current)
 * ÷ (baseline − target), so 48 → 24 hours at 36 is half way. A missing current value is no progress. A missing
 * baseline counts as 0 for an increase (from nothing); a decrease has no natural zero, so without a baseline (or
 * when the baseline already is at or past the target) progress is 1 once the target is reached, else 0.
 * Read by the criterion_at_risk rule and the criteria health component.
 */
export function toProgress(figures: ProgressFigures): number | null {
  const { direction, target, current } = figures;
  if (target === null) return null;
  if (current === null) return 0;
  const baseline = figures.baseline ?? (direction === 'increase' ? 0 : null);
  if (baseline === null) return isTargetReached(figures) ? 1 : 0;
  const span = direction === 'increase' ? target - baseline : baseline - target;
  if (span <= 0) return isTargetReached(figures) ? 1 : 0;
  const gained = direction === 'increase' ? current - baseline : baseline - current;
  return Math.min(1, Math.max(0, gained / span));
}

/** The current value is at or past the target in the criterion's direction (at least it, or at most it). */
export function isTargetReached({ direction, target, current }: ProgressFigures): boolean {
  if (target === null || current === null) return false;
  return direction === 'increase' ? current >= target : current <= target;
}
