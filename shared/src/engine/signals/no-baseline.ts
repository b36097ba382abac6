/** Rule: from day 14, a criterion has no baseline → info (progress cannot be proven without one). */
import type { SignalRule } from './signal-rule.ts';

export const evaluateNoBaseline: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay } = thresholds.noBaseline;
  if (facts.day < fromDay) return null;
  const missing = onboarding.criteria.filter((c) => c.baseline === null);
  if (missing.length === 0) return null;
  return {
    type: 'no_baseline',
    severity: 'info',
    evidence: `${missing.length} of ${onboarding.criteria.length} criteria have no baseline at day ${facts.day} (threshold: day ${fromDay}): ${missing.map((c) => `"${c.name}"`).join(', ')}.`,
    action: 'Capture the baseline now (export, screenshot).',
  };
};
