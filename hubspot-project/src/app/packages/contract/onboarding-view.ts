import type {
  ContractCompletedBy,
  ContractCriterionDirection,
  ContractCurrentSource,
  ContractManualMark,
  ContractSignalHistoryAction,
  ContractCriterionSource,
  ContractCriterionStatus,
  ContractEscalationLevel,
  ContractMilestoneKind,
  ContractMilestoneStatus,
  ContractOnboardingOutcome,
  ContractOnboardingStatus,
  ContractOutcomeReason,
  ContractOpenSignalStatus,
  ContractParkReason,
  ContractPhase,
  ContractRiskLevel,
  ContractSeverity,
  ContractSignalType,
  ContractStakeholderCircle,
  ContractStakeholderRole,
  IsoDate,
  IsoInstant,
} from './wire-values.ts';

/** One health component: its 0–100 score (null = no data, left out) and its weight after rescaling, in %. */
export interface HealthComponentView {
  score: number | null;
  weightPercent: number;
}

/** Health = usage 30 %, engagement 20 %, milestones 20 %, criteria 20 %, support 10 % (docs/PRODUCT.md §5). */
export interface HealthComponentsView {
  usage: HealthComponentView;
  engagement: HealthComponentView;
  milestones: HealthComponentView;
  criteria: HealthComponentView;
  support: HealthComponentView;
}

export interface OnboardingHeaderView {
  status: ContractOnboardingStatus;
  phase: ContractPhase;
  startDate: IsoDate;
  /** Whole UTC days since the start date (day 0). */
  day: number;
  /** The plan's length: "day N of 90". */
  planDays: number;
  healthScore: number;
  components: HealthComponentsView;
  riskLevel: ContractRiskLevel;
  /** What sets the risk level: the most severe signal's type, or `score` (the health score's band). */
  riskReason: ContractSignalType | 'score';
  escalationLevel: ContractEscalationLevel;
  nextCheckpointDate: IsoDate | null;
  nextAction: string;
  /** When the engine last assessed this onboarding. */
  assessedAt: IsoInstant;
}

/** The playbook's proposal for a criterion still to agree with the customer: the card pre-fills its form with it. */
export interface CriterionSuggestionView {
  target: number;
  baseline: number | null;
  dueDate: IsoDate;
}

export interface CriterionView {
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  direction: ContractCriterionDirection;
  /** For a computed metric without an agreed baseline, its value on the agreement day. */
  baseline: number | null;
  /** The day the agreed baseline was measured, and where it can be checked; null when not recorded. */
  baselineDate: IsoDate | null;
  baselineEvidence: string | null;
  /** As judged now: computed from the activity (`data`) or the value a person entered (`manual`). */
  current: number | null;
  currentSource: ContractCurrentSource;
  /** When a person entered the current value (its age); null when computed from usage or never entered. */
  currentEnteredAt: IsoInstant | null;
  target: number | null;
  /** Progress from baseline to target, direction-aware, 0–100; null when it cannot be measured yet. */
  progressPercent: number | null;
  /** Where progress should be by today (linear from agreement to due date), 0–100; null without a due date. */
  expectedProgressPercent: number | null;
  /** When it first reached its target: it stays achieved (latched). */
  achievedAt: IsoInstant | null;
  dueDate: IsoDate | null;
  status: ContractCriterionStatus;
  source: ContractCriterionSource;
  /** Measurable = has a target and a due date; until then it is a proposal to agree with the customer. */
  measurable: boolean;
  /** The template's proposal while the criterion is not measurable; null once agreed or when there is none. */
  suggestion: CriterionSuggestionView | null;
}

export interface ChecklistItemView {
  label: string;
  done: boolean;
}

/** One move of a milestone's due date. */
export interface MilestoneReplanView {
  replannedAt: IsoInstant;
  /** The HubSpot user who moved it; null when unknown. */
  byUserId: string | null;
  previousDueDate: IsoDate;
  reason: string | null;
}

export interface MilestoneView {
  id: string;
  name: string;
  kind: ContractMilestoneKind;
  dueDate: IsoDate;
  /** When it was done, by a person or by its rule. */
  completedAt: IsoInstant | null;
  /** Effective: done (by a person or its rule; a person's "not done" wins), skipped, late when past due, else pending. */
  status: ContractMilestoneStatus;
  completedBy: ContractCompletedBy | null;
  /** A person's word over the rule, when given. */
  mark: ContractManualMark | null;
  /** What completes it by itself, in words ("Completes on the first login"); null when only a person does. */
  rule: string | null;
  owner: string | null;
  skipReason: string | null;
  /** Its re-plans, oldest first. */
  replans: MilestoneReplanView[];
  checklist: ChecklistItemView[];
  notes: string | null;
}

export interface FirstWeekStepView {
  id: string;
  name: string;
  /** Effective: done by a person or by its rule (a person's "not done" wins). */
  done: boolean;
  doneAt: IsoInstant | null;
  completedBy: ContractCompletedBy | null;
  mark: ContractManualMark | null;
  rule: string | null;
}

export interface StakeholderView {
  contactId: string;
  name: string | null;
  roles: ContractStakeholderRole[];
  lastEngagedAt: IsoInstant | null;
  kpi: string | null;
}

export interface StakeholderCircleView {
  circle: ContractStakeholderCircle;
  contacts: StakeholderView[];
}

/** A contact associated with the company in HubSpot that carries no role yet: the CSM can map it. */
export interface StakeholderCandidateView {
  contactId: string;
  name: string | null;
  kpi: string | null;
}

export interface StakeholderMapView {
  /** Always the three circles, in the order economic decision maker, end user, technical influencer. */
  circles: StakeholderCircleView[];
  /** Sponsors and validation owners outside the three circles. */
  others: StakeholderView[];
  /** The company's other contacts, without any role: whom the CSM can add to the map. */
  candidates: StakeholderCandidateView[];
  validationOwner: StakeholderView | null;
  /** True when engaged stakeholders cover fewer than 2 circles or only one contact engaged in 30 days. */
  singleThreaded: boolean;
  missingCircles: ContractStakeholderCircle[];
}

export interface SignalView {
  type: ContractSignalType;
  severity: ContractSeverity;
  status: ContractOpenSignalStatus;
  detectedAt: IsoInstant;
  snoozedUntil: IsoInstant | null;
  escalationLevel: ContractEscalationLevel;
  /** A person resolved it while its condition still held: it is back, with its first detection time. */
  reopened: boolean;
  /** A human sentence with the numbers. */
  evidence: string;
  action: string;
}

/** One change of a signal's handling, for the card's handling log. */
export interface SignalHistoryEntryView {
  type: ContractSignalType;
  at: IsoInstant;
  action: ContractSignalHistoryAction;
  /** The HubSpot user; null for Liftoff itself (a condition that cleared or still held). */
  byUserId: string | null;
  note: string | null;
}

/** A metric Liftoff computes from the product's usage, offered when adding a criterion. */
export interface MetricOptionView {
  metric: string;
  label: string;
}

export interface ActivitySummaryView {
  /** false when the portal has no usage source: usage figures are unknown, not zero. */
  usageTracked: boolean;
  logins7d: number;
  activeUsers7d: number;
  keyFeatures: string[];
  keyFeaturesUsed: string[];
  lastLoginAt: IsoInstant | null;
  lastInboundReplyAt: IsoInstant | null;
  openTickets: number;
}

export interface CheckpointNoteView {
  id: string;
  milestoneId: string | null;
  note: string;
  loggedAt: IsoInstant;
  loggedByUserId: string;
}

/**
 * An onboarding Liftoff parked: still shown and editable from the store, but no longer refreshed from HubSpot,
 * re-assessed by the sweep or written back, since retrying cannot help.
 */
export interface ParkedOnboardingView {
  reason: ContractParkReason;
  parkedAt: IsoInstant;
  /** What happened and what to check, for the CSM. */
  message: string;
}

/** How a closed onboarding ended (docs/PRODUCT.md §2 step 8), and what came of sales' promises. */
export interface OutcomeView {
  outcome: ContractOnboardingOutcome;
  reason: ContractOutcomeReason | null;
  closedAt: IsoInstant;
  /** Sales promises kept, out of those judged at the close (judged against the target sales promised). */
  promisesKept: number;
  promisesJudged: number;
}

/** The company record tab "Onboarding". */
/** The onboarding's CSM: the HubSpot owner the company's owner property names. */
export interface OwnerView {
  /** The HubSpot owner id. */
  id: string;
  /** As HubSpot's owners list last named them; null until Liftoff has read it, or for a deactivated owner. */
  name: string | null;
}

export interface OnboardingView {
  companyId: string;
  companyName: string | null;
  /** Null when the company's owner property names nobody (or no refresh has read it yet). */
  owner: OwnerView | null;
  /** Null while the onboarding is synced with HubSpot. */
  parked: ParkedOnboardingView | null;
  /** Null while it is in progress. */
  outcome: OutcomeView | null;
  /** When a person last reopened it: from then on it never completes by itself. Null if never reopened. */
  reopenedAt: IsoInstant | null;
  header: OnboardingHeaderView;
  criteria: CriterionView[];
  milestones: MilestoneView[];
  firstWeekSteps: FirstWeekStepView[];
  stakeholders: StakeholderMapView;
  /** Signals whose condition holds, most severe first (critical → info), then by type. */
  signals: SignalView[];
  activity: ActivitySummaryView;
  /** The checkpoint log, newest first. */
  checkpointNotes: CheckpointNoteView[];
  /** Every handling of every signal (resolved ones included), newest first: who did what, when, with the note. */
  signalHistory: SignalHistoryEntryView[];
  /** The computed metrics a criterion can follow; any other metric is entered by hand. */
  metricOptions: MetricOptionView[];
}

export interface TemplateOptionView {
  id: string;
  name: string;
  description: string;
  milestoneCount: number;
  firstWeekStepCount: number;
}

/** No onboarding yet on this company: the CSM starts one from a template. */
export interface OnboardingEmptyView {
  companyId: string;
  templates: TemplateOptionView[];
  /** The template chosen by pipeline / segment, when one matches. */
  suggestedTemplateId: string | null;
  /** The closed-won deal's close date when known, else null (the CSM picks the kickoff date). */
  suggestedStartDate: IsoDate | null;
}

/** GET onboarding: either a running (or finished) onboarding, or the empty state. */
export type OnboardingCardResponse =
  { kind: 'onboarding'; onboarding: OnboardingView } | { kind: 'empty'; empty: OnboardingEmptyView };
