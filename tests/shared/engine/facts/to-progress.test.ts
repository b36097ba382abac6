import { isTargetReached, toProgress } from '../../../../shared/src/engine/facts/to-progress.ts';
import type { ProgressFigures } from '../../../../shared/src/engine/facts/to-progress.ts';
import { describe, expect, it } from 'vitest';

const increase = (baseline: number | null, target: number | null, current: number | null): ProgressFigures => ({
  direction: 'increase',
  baseline,
  target,
  current,
});
const decrease = (baseline: number | null, target: number | null, current: number | null): ProgressFigures => ({
  direction: 'decrease',
  baseline,
  target,
  current,
});

describe('toProgress', () => {
  it.each([
    { figures: increase(0, 10, 5), progress: 0.5, why: 'half way up' },
    { figures: increase(0, 10, 10), progress: 1, why: 'at the target' },
    { figures: increase(0, 10, 15), progress: 1, why: 'past the target: clamped to 1' },
    { figures: increase(4, 10, 2), progress: 0, why: 'below the baseline: clamped to 0' },
    { figures: increase(null, 10, 4), progress: 0.4, why: 'no baseline: from nothing' },
    { figures: increase(0, 10, null), progress: 0, why: 'no current value: no progress' },
    { figures: increase(0, null, 5), progress: null, why: 'no target' },
    { figures: increase(10, 10, 10), progress: 1, why: 'baseline at the target, reached' },
    { figures: increase(10, 10, 9), progress: 0, why: 'baseline at the target, not reached' },
    { figures: increase(12, 10, 12), progress: 1, why: 'baseline past the target, reached' },
    { figures: decrease(48, 24, 48), progress: 0, why: 'cycle time 48 → 24, still 48' },
    { figures: decrease(48, 24, 36), progress: 0.5, why: 'cycle time falls to 36: half way' },
    { figures: decrease(48, 24, 24), progress: 1, why: 'cycle time at 24' },
    { figures: decrease(48, 24, 12), progress: 1, why: 'below the target: clamped to 1' },
    { figures: decrease(48, 24, 60), progress: 0, why: 'worse than the baseline: clamped to 0' },
    { figures: decrease(null, 24, 30), progress: 0, why: 'no baseline, not reached' },
    { figures: decrease(null, 24, 20), progress: 1, why: 'no baseline, reached' },
    { figures: decrease(48, 24, null), progress: 0, why: 'no current value' },
    { figures: decrease(20, 24, 22), progress: 1, why: 'baseline already at or under the target, reached' },
  ])('$why → $progress', ({ figures, progress }) => {
    expect(toProgress(figures)).toBe(progress);
  });
});

describe('isTargetReached', () => {
  it.each([
    { figures: increase(0, 10, 10), reached: true },
    { figures: increase(0, 10, 9.99), reached: false },
    { figures: decrease(48, 24, 24), reached: true },
    { figures: decrease(48, 24, 24.01), reached: false },
    { figures: increase(0, 10, null), reached: false },
    { figures: increase(0, null, 10), reached: false },
  ])('$figures.direction to $figures.target at $figures.current → $reached', ({ figures, reached }) => {
    expect(isTargetReached(figures)).toBe(reached);
  });
});
