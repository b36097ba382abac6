import type {
  AddCriterionBody,
  AddMilestoneBody,
  EditCriterionBody,
  MarkFirstWeekStepBody,
  RemoveFirstWeekStepBody,
  ReopenMilestoneBody,
  ReplanMilestoneBody,
  RetireCriterionBody,
  SetMilestoneOwnerBody,
  SkipMilestoneBody,
  AgreeCriterionBody,
  CloseOnboardingBody,
  ReopenOnboardingBody,
  CompleteMilestoneBody,
  LogCheckpointNoteBody,
  AcknowledgeSignalBody,
  ResolveSignalBody,
  SaveStakeholderBody,
  SaveHandoffBody,
  SetCriterionStatusBody,
  SnoozeSignalBody,
  StartOnboardingBody,
  UpdateCriterionValueBody,
} from './action-bodies.ts';
import type { CardRouteName } from './card-routes.ts';
import type { HandoffView } from './handoff-view.ts';
import type { HealthHistoryView, PortfolioTrendsView, SignalOutcomesView } from './history-view.ts';
import type { OnboardingCardResponse, OnboardingView } from './onboarding-view.ts';
import type { RotateUsageKeyBody, RotateUsageKeyResponse, SaveSettingsBody, SettingsView } from './settings-view.ts';
import type { PortfolioAggregatesView, PortfolioPageView } from './portfolio-view.ts';
import type { OnboardingSummaryResponse } from './summary-view.ts';

/**
 * Each route's request body (null for reads) and its 2xx answer. Every company action answers with the
 * refreshed onboarding view, so the card shows the new state at once; errors answer with an ErrorBody.
 */
export interface CardApi {
  getOnboarding: { body: null; response: OnboardingCardResponse };
  startOnboarding: { body: StartOnboardingBody; response: OnboardingView };
  closeOnboarding: { body: CloseOnboardingBody; response: OnboardingView };
  reopenOnboarding: { body: ReopenOnboardingBody; response: OnboardingView };
  getOnboardingSummary: { body: null; response: OnboardingSummaryResponse };
  updateCriterionValue: { body: UpdateCriterionValueBody; response: OnboardingView };
  agreeCriterion: { body: AgreeCriterionBody; response: OnboardingView };
  setCriterionStatus: { body: SetCriterionStatusBody; response: OnboardingView };
  addCriterion: { body: AddCriterionBody; response: OnboardingView };
  editCriterion: { body: EditCriterionBody; response: OnboardingView };
  retireCriterion: { body: RetireCriterionBody; response: OnboardingView };
  markFirstWeekStep: { body: MarkFirstWeekStepBody; response: OnboardingView };
  removeFirstWeekStep: { body: RemoveFirstWeekStepBody; response: OnboardingView };
  completeMilestone: { body: CompleteMilestoneBody; response: OnboardingView };
  reopenMilestone: { body: ReopenMilestoneBody; response: OnboardingView };
  replanMilestone: { body: ReplanMilestoneBody; response: OnboardingView };
  skipMilestone: { body: SkipMilestoneBody; response: OnboardingView };
  setMilestoneOwner: { body: SetMilestoneOwnerBody; response: OnboardingView };
  addMilestone: { body: AddMilestoneBody; response: OnboardingView };
  logCheckpointNote: { body: LogCheckpointNoteBody; response: OnboardingView };
  acknowledgeSignal: { body: AcknowledgeSignalBody; response: OnboardingView };
  snoozeSignal: { body: SnoozeSignalBody; response: OnboardingView };
  resolveSignal: { body: ResolveSignalBody; response: OnboardingView };
  saveStakeholder: { body: SaveStakeholderBody; response: OnboardingView };
  getHandoff: { body: null; response: HandoffView };
  saveHandoff: { body: SaveHandoffBody; response: HandoffView };
  getSettings: { body: null; response: SettingsView };
  saveSettings: { body: SaveSettingsBody; response: SettingsView };
  rotateUsageKey: { body: RotateUsageKeyBody; response: RotateUsageKeyResponse };
  getPortfolio: { body: null; response: PortfolioPageView };
  getPortfolioAggregates: { body: null; response: PortfolioAggregatesView };
  getPortfolioTrends: { body: null; response: PortfolioTrendsView };
  getSignalOutcomes: { body: null; response: SignalOutcomesView };
  getHealthHistory: { body: null; response: HealthHistoryView };
}

export type CardRouteBody<N extends CardRouteName> = CardApi[N]['body'];
export type CardRouteResponse<N extends CardRouteName> = CardApi[N]['response'];
