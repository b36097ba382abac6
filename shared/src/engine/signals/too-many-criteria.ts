/** Rule: more than 5 active success criteria (retired ones aside) → info (focus dilutes; the method asks for 3–5). */
import type { SignalRule } from './signal-rule.ts';
import { toCrowdedPlanFinding } from './to-crowded-plan-finding.ts';

export const evaluateTooManyCriteria: SignalRule = (onboarding, _facts, thresholds) =>
  toCrowdedPlanFinding({
    type: 'too_many_criteria',
    count: onboarding.criteria.filter((c) => c.status !== 'retired').length,
    max: thresholds.tooManyCriteria.max,
    items: 'success criteria',
    action: 'Keep 3–5 criteria; move the rest to phase 2.',
  });
