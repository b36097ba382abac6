/**
 * Rule: from day 7, stakeholders engaged in the last 30 days cover fewer than 2 of the 3 circles
 * (economic decision maker, end user, technical influencer), or fewer than 2 contacts were engaged → warning.
 */
import { stakeholderCircles } from '../../domain/index.ts';
import type { StakeholderCircle } from '../../domain/index.ts';
import { toEngagedCoverage } from '../facts/to-engaged-coverage.ts';
import type { SignalRule } from './signal-rule.ts';

export const evaluateSingleThreaded: SignalRule = (onboarding, facts, thresholds) => {
  const { fromDay, minCircles, minEngagedContacts, engagedWithinDays } = thresholds.singleThreaded;
  if (facts.day < fromDay) return null;
  const { contacts, circles } = toEngagedCoverage(onboarding, facts.now, engagedWithinDays);
  if (circles.length >= minCircles && contacts >= minEngagedContacts) return null;
  const missing = stakeholderCircles.filter((c) => !circles.includes(c)).map(toLabel);
  return {
    type: 'single_threaded',
    severity: 'warning',
    evidence:
      `${contacts} ${contacts === 1 ? 'contact' : 'contacts'} engaged in the last ${engagedWithinDays} days covering ` +
      `${circles.length} of ${stakeholderCircles.length} circles${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''} ` +
      `(threshold: ${minCircles} circles, ${minEngagedContacts} contacts).`,
    action: 'Map and meet the missing circles (economic decision maker, end users, technical influencer).',
  };
};

function toLabel(circle: StakeholderCircle): string {
  return circle.replaceAll('_', ' ');
}
