import type { OnboardingStatus, Phase, Signal } from '../domain/index.ts';

/** What the CSM should do when no signal is open: the method's step for the phase. */
const phaseActions: Record<Phase, string> = {
  kickoff: 'Run the kickoff, capture each stakeholder’s KPI and walk the customer through the first-week steps.',
  activation: 'Drive first value: check key-feature use with the end users and hold the day-30 checkpoint.',
  adoption: 'Broaden adoption to more users and prepare the day-60 checkpoint.',
  value_review: 'Prepare the day-90 value review against the agreed success criteria.',
  overdue: 'Close the onboarding: hold the day-90 review and confirm the criteria with the validation owner.',
  completed: 'Onboarding complete: hand over to account management with the achieved criteria.',
};

/**
 * Next action = the action of the most severe open signal (signals arrive sorted), else the phase's default;
 * a churned or abandoned onboarding only asks for its lessons to be recorded.
 */
export function decideNextAction(status: OnboardingStatus, phase: Phase, sortedSignals: readonly Signal[]): string {
  if (status === 'churned' || status === 'abandoned') {
    return `Onboarding ${status}: record the reasons for the cohort review.`;
  }
  const open = sortedSignals.find((s) => s.status === 'open');
  return open?.action ?? phaseActions[phase];
}
