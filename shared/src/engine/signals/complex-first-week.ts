/** Rule: the plan has more than 5 first-week steps → info (one recommended path of 3–5 steps). */
import type { SignalRule } from './signal-rule.ts';
import { toCrowdedPlanFinding } from './to-crowded-plan-finding.ts';

export const evaluateComplexFirstWeek: SignalRule = (onboarding, _facts, thresholds) =>
  toCrowdedPlanFinding({
    type: 'complex_first_week',
    count: onboarding.firstWeekSteps.length,
    max: thresholds.complexFirstWeek.maxSteps,
    items: 'first-week steps',
    action: 'Offer one recommended path of 3–5 steps.',
  });
