/**
 * Rule: from day 14, a criterion has no baseline → info (progress cannot be proven without one). Retired criteria
 * count nowhere; a criterion bound to a metric Liftoff computes always has one: the data gives its value at agreement.
 */
import type { SignalRule } from './signal-rule.ts';

export const evaluateNoBaseline: SignalRule = (_onboarding, facts, thresholds) => {
  const { fromDay } = thresholds.noBaseline;
  if (facts.day < fromDay) return null;
  const counted = facts.criteria.filter((c) => c.counts);
  const missing = counted.filter((c) => !c.computed && c.criterion.baseline === null).map((c) => c.criterion);
  if (missing.length === 0) return null;
  return {
    type: 'no_baseline',
    severity: 'info',
    evidence: `${missing.length} of ${counted.length} criteria have no baseline at day ${facts.day} (threshold: day ${fromDay}): ${missing.map((c) => `"${c.name}"`).join(', ')}.`,
    action: 'Capture the baseline now (export, screenshot).',
  };
};
