/** Rule: more than 5 success criteria → info (focus dilutes; the method asks for 3–5). */
import type { SignalRule } from './signal-rule.ts';

export const evaluateTooManyCriteria: SignalRule = (onboarding, _facts, thresholds) => {
  const { max } = thresholds.tooManyCriteria;
  const count = onboarding.criteria.length;
  if (count <= max) return null;
  return {
    type: 'too_many_criteria',
    severity: 'info',
    evidence: `${count} success criteria in the plan (threshold: at most ${max}).`,
    action: 'Keep 3–5 criteria; move the rest to phase 2.',
  };
};
