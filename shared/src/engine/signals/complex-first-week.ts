/** Rule: the plan has more than 5 first-week steps → info (one recommended path of 3–5 steps). */
import type { SignalRule } from './signal-rule.ts';

export const evaluateComplexFirstWeek: SignalRule = (onboarding, _facts, thresholds) => {
  const { maxSteps } = thresholds.complexFirstWeek;
  const count = onboarding.firstWeekSteps.length;
  if (count <= maxSteps) return null;
  return {
    type: 'complex_first_week',
    severity: 'info',
    evidence: `${count} first-week steps in the plan (threshold: at most ${maxSteps}).`,
    action: 'Offer one recommended path of 3–5 steps.',
  };
};
