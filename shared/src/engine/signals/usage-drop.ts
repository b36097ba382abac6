/** Rule: logins or active users in the last 7 days below 50 % of the 7 days before (which had at least 5) → warning. */
import type { SignalRule } from './signal-rule.ts';

export const evaluateUsageDrop: SignalRule = (onboarding, facts, thresholds) => {
  if (!onboarding.usageTracked) return null;
  const { maxRatio, minPriorWeek } = thresholds.usageDrop;
  const drops = [
    { label: 'Logins', now: facts.logins7d, before: facts.loginsPrior7d },
    { label: 'Active users', now: facts.activeUsers7d, before: facts.activeUsersPrior7d },
  ].filter((figure) => figure.before >= minPriorWeek && figure.now < maxRatio * figure.before);
  if (drops.length === 0) return null;
  const described = drops
    .map(
      (d) =>
        `${d.label}: ${d.now} in the last 7 days vs ${d.before} the 7 days before (−${percent(1 - d.now / d.before)} %)`,
    )
    .join('; ');
  return {
    type: 'usage_drop',
    severity: 'warning',
    evidence: `${described} (threshold: below ${percent(maxRatio)} % of a week with at least ${minPriorWeek}).`,
    action: 'Check with the end users what blocks them.',
  };
};

function percent(ratio: number): number {
  return Math.round(ratio * 100);
}
