import type {
  EscalationLevel,
  Instant,
  OnboardingStatus,
  Phase,
  RiskLevel,
  SignalType,
} from '@liftoff/shared/domain/index';

/** An onboarding's assessment as the history keeps it: what trends and the card's chart read, with the CSM then. */
export interface HistoryState {
  recordedAt: Instant;
  ownerId: string | null;
  status: OnboardingStatus;
  phase: Phase;
  healthScore: number;
  riskLevel: RiskLevel;
  escalationLevel: EscalationLevel;
  /** Signals whose condition held, most severe first. */
  openSignalTypes: SignalType[];
}

/** A history row to append: the state, and what the week's row also keeps for the portfolio's filters. */
export interface HistoryEntry extends HistoryState {
  companyId: string;
  templateId: string | null;
  /** The start month, `YYYY-MM`. */
  cohort: string;
}

/** An onboarding's last state of one week (the week ending `weekEnd`, a Sunday at UTC midnight). */
export interface WeekState {
  companyId: string;
  weekEnd: Instant;
  ownerId: string | null;
  templateId: string | null;
  cohort: string;
  status: OnboardingStatus;
  phase: Phase;
  healthScore: number;
  riskLevel: RiskLevel;
}

/** A closed onboarding, for the signal outcomes. */
export interface ClosedOnboarding {
  companyId: string;
  status: Exclude<OnboardingStatus, 'in_progress'>;
  closedAt: Instant;
}

/** The first time Liftoff recorded a signal on a company (its state's detection or its history's first entry). */
export interface SignalDetection {
  companyId: string;
  type: SignalType;
  firstDetectedAt: Instant;
}
