/**
 * Rule: from day 30, fewer than 1 login in the last 7 days or no key feature used since start → high;
 * not raised while no_first_login holds (that signal already says it louder).
 */
import { evaluateNoFirstLogin } from './no-first-login.ts';
import type { SignalRule } from './signal-rule.ts';
import { toReasonList } from './to-reason-list.ts';

export const evaluateLowActivation: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay, minLogins7d } = thresholds.lowActivation;
  if (!onboarding.usageTracked || facts.day < fromDay) return null;
  if (evaluateNoFirstLogin(onboarding, facts, thresholds) !== null) return null;
  const reasons: string[] = [];
  if (facts.logins7d < minLogins7d) {
    reasons.push(`${facts.logins7d} logins in the last 7 days (threshold: ${minLogins7d})`);
  }
  if (facts.keyFeaturesUsed.length === 0) {
    const named = onboarding.keyFeatures.length > 0 ? ` (${onboarding.keyFeatures.join(', ')})` : '';
    reasons.push(`no key feature${named} used in ${facts.day} days since start`);
  }
  if (reasons.length === 0) return null;
  return {
    type: 'low_activation',
    severity: 'high',
    evidence: `${toReasonList(reasons)} at day ${facts.day} (threshold: day ${fromDay}).`,
    action: 'Intervene proactively: book a working session on the key features with the end users.',
  };
};
