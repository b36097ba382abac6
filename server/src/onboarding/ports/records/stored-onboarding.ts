import type {
  CalendarDate,
  ChecklistItem,
  CriterionDirection,
  CriterionStatus,
  Instant,
  Onboarding,
  OnboardingStatus,
  OutcomeReason,
  SignalStatus,
  SignalType,
  StakeholderRole,
} from '@liftoff/shared/domain/index';

/** What the service saves of an onboarding: the plan and its CSM-visible state. Activity is written by ActivityStore. */
export interface OnboardingRecord {
  portalId: string;
  /** The closed-won deal that started it, null when started by hand or by a workflow on the company. */
  dealId: string | null;
  templateId: string | null;
  createdAt: Instant;
  onboarding: Omit<Onboarding, 'activity'>;
}

/** One entry of the checkpoint log (docs/PRODUCT.md §1: the CSM logs each checkpoint). */
export interface CheckpointNote {
  id: number;
  /** The checkpoint milestone the note is about, null for a free note. */
  milestoneId: string | null;
  at: Instant;
  authorId: string | null;
  text: string;
}

export interface CheckpointNoteInput {
  milestoneId: string | null;
  at: Instant;
  authorId: string | null;
  text: string;
}

/**
 * What changed a signal's state: the status a person set, or the service seeing its condition clear, or still hold
 * after a person resolved it (`reopened`).
 */
export type SignalHistoryAction = SignalStatus | 'condition_cleared' | 'reopened';

/** One change of a signal's state (docs/PRODUCT.md §4 Lifecycle: every change is kept). */
export interface SignalHistoryEntry {
  at: Instant;
  /** The HubSpot user who made the change; null for the service. */
  authorId: string | null;
  action: SignalHistoryAction;
  note: string | null;
}

/** How the CSM handled a signal, beside the engine's PriorSignal (same type). */
export interface SignalHandling {
  type: SignalType;
  note: string | null;
  resolvedAt: Instant | null;
  /** Oldest first. */
  history: SignalHistoryEntry[];
}

/** One re-plan of a milestone: the due date it replaced, and why. */
export interface MilestoneReplan {
  milestoneId: string;
  at: Instant;
  authorId: string | null;
  previousDueDate: CalendarDate;
  reason: string | null;
}

/** Why the service stopped syncing an onboarding with the CRM: `company_not_found` = the CRM does not know its company. */
export type OnboardingParkReason = 'company_not_found';

/**
 * An onboarding the worker parked: it stays readable in the store (the card shows it parked), but is never refreshed,
 * re-assessed or written back again, since retrying cannot help; what to do with it is a person's decision.
 */
export interface ParkedOnboarding {
  reason: OnboardingParkReason;
  at: Instant;
}

/** The read model of one company's onboarding: the domain Onboarding (activity included) plus service metadata. */
export interface StoredOnboarding {
  portalId: string;
  dealId: string | null;
  templateId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  /** Null unless the worker parked it. */
  parked: ParkedOnboarding | null;
  onboarding: Onboarding;
  signalHandling: SignalHandling[];
  checkpointNotes: CheckpointNote[];
  /** Every milestone's re-plans, oldest first. */
  milestoneReplans: MilestoneReplan[];
  /** The HubSpot owner the company's owner property names (the CSM); null until a refresh reads one. */
  ownerId: string | null;
  /** That owner's name as the owners cache holds it; null while unknown there or when HubSpot has none. */
  ownerName: string | null;
}

/** The terms agreed with the customer, which make a criterion measurable (docs/PRODUCT.md §4 `no_criteria`). */
export interface CriterionTerms {
  baseline: number | null;
  target: number;
  dueDate: CalendarDate;
  /** The day of this agreement; a criterion agreed before keeps its first agreement day (its pace runs from there). */
  agreedAt: CalendarDate;
  /** undefined: the criterion keeps its direction. */
  direction?: CriterionDirection | undefined;
  /** The day the baseline was measured and where it can be checked; null = not recorded. */
  baselineDate: CalendarDate | null;
  baselineEvidence: string | null;
}

export interface CriterionProgress {
  current: number | null;
  /** When a person entered `current` now; absent, the time it was entered stays as it is. */
  currentAt?: Instant;
  status: CriterionStatus;
  /** Present when the CSM agrees (or renegotiates) the criterion; absent, its terms stay as they are. */
  terms?: CriterionTerms;
}

export interface MilestoneCompletion {
  completedAt: Instant;
  checklist: ChecklistItem[];
  notes: string | null;
}

/** A person's handling of a signal. */
export interface SignalStateChange {
  status: SignalStatus;
  /** Required meaning only for `snoozed`; cleared for any other status. */
  snoozedUntil: Instant | null;
  note: string | null;
  at: Instant;
  /** The HubSpot user who handled it. */
  authorId: string | null;
}

/** A person maps one of the company's contacts from the card: its whole set of roles and its KPI. */
export interface StakeholderEdit {
  roles: StakeholderRole[];
  kpi: string | null;
  /** The day its roles were set: kept as it was when the roles did not change. */
  taggedAt: CalendarDate | null;
  at: Instant;
  /** The HubSpot user who mapped it. */
  authorId: string | null;
}

/** A person moves a milestone's due date; a skipped milestone re-planned is back in the plan. */
export interface MilestoneReplanInput {
  dueDate: CalendarDate;
  reason: string | null;
  at: Instant;
  authorId: string | null;
}

/** A sales promise's verdict, given when the onboarding closes. */
export interface PromiseVerdict {
  criterionId: string;
  kept: boolean;
}

/**
 * A person closes or reopens an onboarding (docs/PRODUCT.md §2 step 8): its status and outcome fields as they become,
 * the promises judged at this close (a verdict given before is never replaced), and the checkpoint-log entry that
 * records who did it, when, and the note.
 */
export interface OutcomeChange {
  status: OnboardingStatus;
  closedAt: Instant | null;
  outcomeReason: OutcomeReason | null;
  reopenedAt: Instant | null;
  promiseVerdicts: PromiseVerdict[];
  logEntry: CheckpointNoteInput;
}
