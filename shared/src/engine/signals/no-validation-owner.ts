/** Rule: from day 7, no contact labelled validation owner → info (someone must sign off the criteria). */
import type { SignalRule } from './signal-rule.ts';

export const evaluateNoValidationOwner: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay } = thresholds.noValidationOwner;
  if (facts.day < fromDay) return null;
  if (onboarding.stakeholders.some((s) => s.roles.includes('validation_owner'))) return null;
  return {
    type: 'no_validation_owner',
    severity: 'info',
    evidence: `No validation owner among ${onboarding.stakeholders.length} ${onboarding.stakeholders.length === 1 ? 'stakeholder' : 'stakeholders'} at day ${facts.day} (threshold: day ${fromDay}).`,
    action: 'Name one validation owner on the customer side.',
  };
};
