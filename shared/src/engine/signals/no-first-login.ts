/**
 * Rule: from day 14, no login ever (usage tracked) → critical. The action climbs with the escalation level:
 * 1 a reminder to the end users, 2 a call to the sponsor, 3 a change of modality, with the manager told.
 */
import type { SignalRule } from './signal-rule.ts';

const noFirstLoginActions = {
  1: 'Send a reminder to the end users to log in.',
  2: 'Call the sponsor: nobody has logged in yet.',
  3: 'Change modality: offer an on-site or guided session, and tell the manager.',
} as const;

export const evaluateNoFirstLogin: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay } = thresholds.noFirstLogin;
  if (!onboarding.usageTracked || facts.day < fromDay || facts.firstLoginAt !== null) return null;
  return {
    type: 'no_first_login',
    severity: 'critical',
    evidence: `No login in ${facts.day} days since start (threshold: day ${fromDay}).`,
    // Acknowledged or snoozed (level 0), handling resumes with the first rung.
    action: noFirstLoginActions[1],
    actionsByLevel: noFirstLoginActions,
  };
};
