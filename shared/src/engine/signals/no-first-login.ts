/** Rule: from day 14, no login ever (usage tracked) → critical. */
import type { SignalRule } from './signal-rule.ts';

export const evaluateNoFirstLogin: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay } = thresholds.noFirstLogin;
  if (!onboarding.usageTracked || facts.day < fromDay || facts.firstLoginAt !== null) return null;
  return {
    type: 'no_first_login',
    severity: 'critical',
    evidence: `No login in ${facts.day} days since start (threshold: day ${fromDay}).`,
    action: 'Escalate: reminder, then call, then change of modality.',
  };
};
