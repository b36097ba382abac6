import type {
  CalendarDate,
  ChecklistItem,
  OnboardingOutcome,
  OutcomeReason,
  SignalType,
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
    }
  | { kind: 'set_criterion_status'; criterionId: string; status: 'achieved' | 'missed' }
  | {
      kind: 'complete_milestone';
      milestoneId: string;
      /** undefined: keep what is saved. */
      checklist: ChecklistItem[] | undefined;
      notes: string | null | undefined;
    }
  | { kind: 'log_checkpoint_note'; milestoneId: string | null; note: string }
  | { kind: 'acknowledge_signal'; signalType: SignalType }
  | { kind: 'snooze_signal'; signalType: SignalType; until: CalendarDate }
  | { kind: 'resolve_signal'; signalType: SignalType; note: string }
  /** `reason` is required for churned and abandoned (the edge refuses one without), optional for completed. */
  | { kind: 'close_onboarding'; outcome: OnboardingOutcome; reason: OutcomeReason | null; note: string | null }
  | { kind: 'reopen_onboarding'; note: string | null };

export type CardActionKind = CardAction['kind'];

/** Who acted, from the signed URL. */
export interface CardActor {
  portalId: string;
  userId: string | null;
}
