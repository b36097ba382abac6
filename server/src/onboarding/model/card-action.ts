import type {
  CalendarDate,
  ChecklistItem,
  CriterionDirection,
  ManualMark,
  OnboardingOutcome,
  OutcomeReason,
  SignalType,
  StakeholderRole,
} from '@liftoff/shared/domain/index';

/** What a CSM does from the company card (docs/PRODUCT.md §1), parsed from the route and its body. */
export type CardAction =
  | { kind: 'update_criterion_value'; criterionId: string; current: number }
  | {
      kind: 'agree_criterion';
      criterionId: string;
      target: number;
      baseline: number | null;
      dueDate: CalendarDate;
      current: number | null;
      /** undefined: keep the criterion's direction. */
      direction: CriterionDirection | undefined;
      /** undefined: today when the baseline is new, else the date it has. */
      baselineDate: CalendarDate | undefined;
      /** undefined: keep the evidence it has. */
      baselineEvidence: string | null | undefined;
    }
  | {
      kind: 'add_criterion';
      name: string;
      metric: string | null;
      unit: string | null;
      direction: CriterionDirection;
      /** null: a proposal still to agree with the customer. */
      terms: { baseline: number | null; target: number; dueDate: CalendarDate } | null;
    }
  | {
      kind: 'edit_criterion';
      criterionId: string;
      /** undefined fields stay as they are. */
      changes: { name?: string; metric?: string | null; unit?: string | null; direction?: CriterionDirection };
    }
  | { kind: 'retire_criterion'; criterionId: string }
  | { kind: 'mark_first_week_step'; stepId: string; mark: ManualMark | null; doneOn: CalendarDate | undefined }
  | { kind: 'remove_first_week_step'; stepId: string }
  /** `in_progress` takes back a person's verdict (a mistaken "Mark achieved"). */
  | { kind: 'set_criterion_status'; criterionId: string; status: 'achieved' | 'missed' | 'in_progress' }
  | {
      kind: 'complete_milestone';
      milestoneId: string;
      /** undefined: today, or the first completion's date when completed before. */
      completedOn: CalendarDate | undefined;
      /** undefined: keep what is saved. */
      checklist: ChecklistItem[] | undefined;
      notes: string | null | undefined;
    }
  | { kind: 'reopen_milestone'; milestoneId: string }
  | { kind: 'replan_milestone'; milestoneId: string; dueDate: CalendarDate; reason: string }
  | { kind: 'skip_milestone'; milestoneId: string; reason: string }
  | { kind: 'set_milestone_owner'; milestoneId: string; owner: string | null }
  | { kind: 'add_milestone'; name: string; dueDate: CalendarDate; owner: string | null }
  | { kind: 'log_checkpoint_note'; milestoneId: string | null; note: string }
  | { kind: 'acknowledge_signal'; signalType: SignalType }
  | { kind: 'snooze_signal'; signalType: SignalType; until: CalendarDate }
  | { kind: 'resolve_signal'; signalType: SignalType; note: string }
  | { kind: 'save_stakeholder'; contactId: string; roles: StakeholderRole[]; kpi: string | null }
  /** `reason` is required for churned and abandoned (the edge refuses one without), optional for completed. */
  | { kind: 'close_onboarding'; outcome: OnboardingOutcome; reason: OutcomeReason | null; note: string | null }
  | { kind: 'reopen_onboarding'; note: string | null };

export type CardActionKind = CardAction['kind'];

/** Who acted, from the signed URL. */
export interface CardActor {
  portalId: string;
  userId: string | null;
}
