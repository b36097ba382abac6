import { defaultThresholds, mergeThresholds } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';

describe('thresholds', () => {
  it('documents the defaults of docs/PRODUCT.md', () => {
    expect(defaultThresholds).toMatchObject({
      noCriteria: { fromDay: 7, minMeasurable: 3 },
      noFirstLogin: { fromDay: 14 },
      lowActivation: { fromDay: 30 },
      usageDrop: { maxRatio: 0.5, minPriorWeek: 5 },
      escalation: { level2FromDays: 3, level3FromDays: 7 },
      signalHandling: { reescalateAfterAcknowledgedDays: 7, maxSnoozeDays: 14 },
      health: {
        weights: { usage: 30, engagement: 20, milestones: 20, criteria: 20, support: 10 },
        penaltyPerOpenHigh: 10,
        penaltyPerOpenCritical: 20,
      },
      risk: { criticalBelow: 30, highBelow: 50, mediumBelow: 70 },
    });
  });

  it('returns the defaults without overrides', () => {
    expect(mergeThresholds()).toEqual(defaultThresholds);
  });

  it('overrides a nested value and keeps its siblings', () => {
    const merged = mergeThresholds({ noFirstLogin: { fromDay: 10 }, health: { weights: { usage: 50 } } });
    expect(merged.noFirstLogin.fromDay).toBe(10);
    expect(merged.health.weights).toEqual({ usage: 50, engagement: 20, milestones: 20, criteria: 20, support: 10 });
    expect(merged.health.penaltyPerOpenHigh).toBe(10);
  });

  it('never mutates the defaults', () => {
    mergeThresholds({ health: { weights: { usage: 0 } } });
    expect(defaultThresholds.health.weights.usage).toBe(30);
  });

  it('ignores keys that are explicitly undefined', () => {
    expect(mergeThresholds({ noBaseline: { fromDay: undefined } }).noBaseline.fromDay).toBe(14);
  });
});
