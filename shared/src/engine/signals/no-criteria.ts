/** Rule: from day 7, fewer than 3 measurable criteria (a target and a due date; retired ones aside) → high. */
import { isMeasurable } from '../facts/is-measurable.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateNoCriteria: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay, minMeasurable } = thresholds.noCriteria;
  if (facts.day < fromDay) return null;
  const measurable = onboarding.criteria.filter((c) => c.status !== 'retired' && isMeasurable(c)).length;
  if (measurable >= minMeasurable) return null;
  return {
    type: 'no_criteria',
    severity: 'high',
    evidence: `${measurable} measurable success ${measurable === 1 ? 'criterion' : 'criteria'} at day ${facts.day} (threshold: ${minMeasurable} from day ${fromDay}).`,
    action: 'Agree 3–5 measurable success criteria with the customer (baseline, target, due date).',
  };
};
