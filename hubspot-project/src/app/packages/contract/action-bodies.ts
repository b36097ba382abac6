import type { HandoffCriterionView } from './handoff-view.ts';
import type {
  ContractCriterionDirection,
  ContractManualMark,
  ContractOnboardingOutcome,
  ContractOutcomeReason,
  ContractStakeholderRole,
  IsoDate,
} from './wire-values.ts';

/** POST criteria/:criterionId/current-value — the CSM records the latest measured value. */
export interface UpdateCriterionValueBody {
  current: number;
}

/**
 * POST criteria/:criterionId/agreement — the terms the CSM agreed with the customer; the criterion becomes
 * measurable. `current` records a measured value at the same time; left out, a criterion not measured yet
 * starts from the agreed baseline and a measured one keeps its value.
 */
export interface AgreeCriterionBody {
  target: number;
  baseline: number | null;
  dueDate: IsoDate;
  current?: number;
  /** Absent: the criterion keeps its direction. */
  direction?: ContractCriterionDirection;
  /** The day the baseline was measured; absent: today for a new baseline value, else the date it has. */
  baselineDate?: IsoDate;
  /** Where the baseline can be checked (an export, a screenshot link); absent: kept; null clears it. */
  baselineEvidence?: string | null;
}

/**
 * POST criteria — the CSM adds a criterion agreed with the customer (source `csm`). `metric` names one Liftoff
 * computes (`OnboardingView.metricOptions`) or is null for a value a person enters. With `target` and `dueDate`
 * it is agreed (measurable) today; without, it is a proposal still to agree.
 */
export interface AddCriterionBody {
  name: string;
  metric: string | null;
  unit: string | null;
  direction: ContractCriterionDirection;
  baseline?: number | null;
  target?: number;
  dueDate?: IsoDate;
}

/** PATCH criteria/:criterionId — corrects what the criterion measures; absent fields stay as they are. */
export interface EditCriterionBody {
  name?: string;
  metric?: string | null;
  unit?: string | null;
  direction?: ContractCriterionDirection;
}

/** POST criteria/:criterionId/retire — moved out of the plan: it counts nowhere from now on. */
export type RetireCriterionBody = Record<string, never>;

/**
 * POST first-week-steps/:stepId/mark — a person's word on a step: `done` on the day given (default today; a
 * late tick does not move the activation day), `not_done` although its rule holds, or null to follow the rule again.
 */
export interface MarkFirstWeekStepBody {
  mark: ContractManualMark | null;
  doneOn?: IsoDate;
}

/** POST first-week-steps/:stepId/remove — trims the path to 3–5 steps; a step already done stays. */
export type RemoveFirstWeekStepBody = Record<string, never>;

/** POST milestones/:milestoneId/reopen — the person says it is not done: data does not complete it again. */
export type ReopenMilestoneBody = Record<string, never>;

/** POST milestones/:milestoneId/replan — a new due date and why; the date it replaces stays in its history. */
export interface ReplanMilestoneBody {
  dueDate: IsoDate;
  reason: string;
}

/** POST milestones/:milestoneId/skip — left out of the plan, and why. */
export interface SkipMilestoneBody {
  reason: string;
}

/** POST milestones/:milestoneId/owner — who owns it (a HubSpot user or a customer contact, free text); null clears. */
export interface SetMilestoneOwnerBody {
  owner: string | null;
}

/** POST milestones — a custom milestone of this onboarding's plan. */
export interface AddMilestoneBody {
  name: string;
  dueDate: IsoDate;
  owner?: string | null;
}

/** POST criteria/:criterionId/status — the CSM closes a criterion. */
export interface SetCriterionStatusBody {
  /** `in_progress` takes back a verdict a person gave; a target the data reached stays achieved (latched). */
  status: 'achieved' | 'missed' | 'in_progress';
}

/** POST milestones/:milestoneId/complete — the checklist as ticked by the CSM, plus optional notes. */
export interface CompleteMilestoneBody {
  /** The day it was done (default today; a completion sent again keeps its first date). */
  completedOn?: IsoDate;
  /** Absent: the saved checklist is kept (a completion sent again never wipes it). */
  checklist?: { label: string; done: boolean }[];
  /** Absent: the saved notes are kept; null clears them. */
  notes?: string | null;
}

/** POST checkpoint-notes — a note in the checkpoint log, optionally about one milestone. */
export interface LogCheckpointNoteBody {
  milestoneId: string | null;
  note: string;
}

/** POST signals/:signalType/acknowledge — stops escalation while the condition holds. */
export type AcknowledgeSignalBody = Record<string, never>;

/** POST signals/:signalType/snooze — hidden from escalation until that UTC date. */
export interface SnoozeSignalBody {
  until: IsoDate;
}

/** POST signals/:signalType/resolve — closed by the CSM, with what was done. */
export interface ResolveSignalBody {
  note: string;
}

/**
 * PUT stakeholders/:contactId — the CSM maps one of the company's contacts: its whole set of roles (an empty list
 * untags every role, and the contact goes back to the candidates) and its personal KPI (null clears it).
 */
export interface SaveStakeholderBody {
  roles: ContractStakeholderRole[];
  kpi: string | null;
}

/**
 * POST onboarding/close — a person closes the onboarding with its outcome: a reason is required for churned and
 * abandoned, optional for completed; the note goes to the checkpoint log. 409 when it is already closed.
 */
export interface CloseOnboardingBody {
  outcome: ContractOnboardingOutcome;
  reason?: ContractOutcomeReason | null;
  note: string | null;
}

/**
 * POST onboarding/reopen — a closed onboarding goes back in progress; from then on it never completes by itself.
 * 409 when it is in progress.
 */
export interface ReopenOnboardingBody {
  note?: string;
}

/** POST onboarding — starts an onboarding from a template; day 0 = startDate. */
export interface StartOnboardingBody {
  templateId: string;
  startDate: IsoDate;
}

/** A promise as the card sends it back: the fields the card shows, and no id yet for a new criterion. */
export type HandoffCriterionInput = Omit<HandoffCriterionView, 'id'> & { id?: string };

/** PUT handoff — replaces the deal's promises, the contacts' roles and the validation owner. */
export interface SaveHandoffBody {
  criteria: HandoffCriterionInput[];
  contacts: { contactId: string; roles: ContractStakeholderRole[] }[];
  validationOwnerContactId: string | null;
}
