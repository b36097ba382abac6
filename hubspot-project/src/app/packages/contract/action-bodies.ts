import type { HandoffCriterionView } from './handoff-view.ts';
import type {
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
}

/** POST criteria/:criterionId/status — the CSM closes a criterion. */
export interface SetCriterionStatusBody {
  status: 'achieved' | 'missed';
}

/** POST milestones/:milestoneId/complete — the checklist as ticked by the CSM, plus optional notes. */
export interface CompleteMilestoneBody {
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
