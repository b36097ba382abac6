/**
 * Rule: from day 7, stakeholders engaged in the last 30 days cover fewer than 2 of the 3 circles
 * (economic decision maker, end user, technical influencer), or fewer than 2 contacts were engaged → warning.
 * The action names the circles not engaged, only those; when one contact covers all three, it asks for a second one.
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
  const missingCircles = stakeholderCircles.filter((c) => !circles.includes(c));
  const missing = missingCircles.map(toLabel);
  return {
    type: 'single_threaded',
    severity: 'warning',
    evidence:
      `${contacts} ${contacts === 1 ? 'contact' : 'contacts'} engaged in the last ${engagedWithinDays} days covering ` +
      `${circles.length} of ${stakeholderCircles.length} circles${missing.length > 0 ? `; missing: ${missing.join(', ')}` : ''} ` +
      `(threshold: ${minCircles} circles, ${minEngagedContacts} contacts).`,
    action:
      missingCircles.length > 0
        ? `Meet ${toSentenceList(missingCircles.map((c) => circleInAction[c]))}.`
        : 'Bring in a second contact: one person carries the whole onboarding.',
  };
};

/** How the action names a circle to meet. */
const circleInAction: Record<StakeholderCircle, string> = {
  economic_decision_maker: 'the economic decision maker',
  end_user: 'the end users',
  technical_influencer: 'the technical influencer',
};

/** "a", "a and b", "a, b and c". */
function toSentenceList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function toLabel(circle: StakeholderCircle): string {
  return circle.replaceAll('_', ' ');
}
