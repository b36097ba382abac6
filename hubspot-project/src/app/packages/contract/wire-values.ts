/**
 * Values as they travel between the service and the cards (JSON). The domain keeps epoch milliseconds;
 * the wire carries ISO strings so a card can show them without a clock or a time zone guess, and the
 * service parses them once at its edge.
 */

/** A UTC calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** An instant, ISO 8601 in UTC, e.g. `2026-03-14T09:30:00.000Z`. */
export type IsoInstant = string;

export const contractPhases = ['kickoff', 'activation', 'adoption', 'value_review', 'completed', 'overdue'] as const;
export type ContractPhase = (typeof contractPhases)[number];

export const contractRiskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type ContractRiskLevel = (typeof contractRiskLevels)[number];

export type ContractEscalationLevel = 0 | 1 | 2 | 3;

export const contractOnboardingStatuses = ['in_progress', 'completed', 'churned', 'abandoned'] as const;
export type ContractOnboardingStatus = (typeof contractOnboardingStatuses)[number];

/** How an onboarding ended: the status of a closed one. */
export const contractOnboardingOutcomes = ['completed', 'churned', 'abandoned'] as const;
export type ContractOnboardingOutcome = (typeof contractOnboardingOutcomes)[number];

/** Why an onboarding closed, as the person who closed it said. */
export const contractOutcomeReasons = [
  'no_adoption',
  'champion_left',
  'budget',
  'product_gap',
  'poor_fit',
  'merged_or_acquired',
  'other',
] as const;
export type ContractOutcomeReason = (typeof contractOutcomeReasons)[number];

/** Why Liftoff stopped syncing an onboarding with HubSpot: `company_not_found` = HubSpot does not know the company. */
export const contractParkReasons = ['company_not_found'] as const;
export type ContractParkReason = (typeof contractParkReasons)[number];

export const contractCriterionStatuses = ['not_started', 'in_progress', 'achieved', 'missed', 'retired'] as const;
export type ContractCriterionStatus = (typeof contractCriterionStatuses)[number];

export const contractCriterionSources = ['sales_promise', 'csm', 'customer'] as const;
export type ContractCriterionSource = (typeof contractCriterionSources)[number];

export const contractMilestoneKinds = [
  'kickoff',
  'first_login',
  'first_value',
  'checkpoint_d7',
  'checkpoint_d30',
  'checkpoint_d60',
  'review_d90',
  'custom',
] as const;
export type ContractMilestoneKind = (typeof contractMilestoneKinds)[number];

/** Which way is progress: more users, or fewer tickets and fewer days. */
export const contractCriterionDirections = ['increase', 'decrease'] as const;
export type ContractCriterionDirection = (typeof contractCriterionDirections)[number];

/** Who completed a step or a milestone: its rule, proven by the data, or a person. */
export const contractCompletedBy = ['data', 'person'] as const;
export type ContractCompletedBy = (typeof contractCompletedBy)[number];

/** A person's word over an item's rule: done (on the date given) or not done although the rule holds. */
export const contractManualMarks = ['done', 'not_done'] as const;
export type ContractManualMark = (typeof contractManualMarks)[number];

/** Where a criterion's current value comes from: computed from the activity, or entered by a person. */
export const contractCurrentSources = ['data', 'manual'] as const;
export type ContractCurrentSource = (typeof contractCurrentSources)[number];

/**
 * A change in a signal's handling: a person's acknowledge, snooze or resolve (or a re-open the card shows as open),
 * the service seeing its condition clear, or still hold after a person resolved it.
 */
export const contractSignalHistoryActions = [
  'open',
  'acknowledged',
  'snoozed',
  'resolved',
  'condition_cleared',
  'reopened',
] as const;
export type ContractSignalHistoryAction = (typeof contractSignalHistoryActions)[number];

export const contractMilestoneStatuses = ['pending', 'done', 'late', 'skipped'] as const;
export type ContractMilestoneStatus = (typeof contractMilestoneStatuses)[number];

export const contractSignalTypes = [
  'no_criteria',
  'too_many_criteria',
  'complex_first_week',
  'no_first_login',
  'low_activation',
  'usage_drop',
  'unanswered_outreach',
  'unresolved_tickets',
  'milestone_overdue',
  'criterion_at_risk',
  'single_threaded',
  'no_validation_owner',
  'no_baseline',
] as const;
export type ContractSignalType = (typeof contractSignalTypes)[number];

/** Ordered from least to most severe. */
export const contractSeverities = ['info', 'warning', 'high', 'critical'] as const;
export type ContractSeverity = (typeof contractSeverities)[number];

/** A signal shown on a card is never resolved: resolved signals leave the card. */
export const contractOpenSignalStatuses = ['open', 'acknowledged', 'snoozed'] as const;
export type ContractOpenSignalStatus = (typeof contractOpenSignalStatuses)[number];

export const contractStakeholderRoles = [
  'economic_decision_maker',
  'end_user',
  'technical_influencer',
  'sponsor',
  'validation_owner',
] as const;
export type ContractStakeholderRole = (typeof contractStakeholderRoles)[number];

/** The three circles of power the method asks to cover. */
export const contractStakeholderCircles = ['economic_decision_maker', 'end_user', 'technical_influencer'] as const;
export type ContractStakeholderCircle = (typeof contractStakeholderCircles)[number];
