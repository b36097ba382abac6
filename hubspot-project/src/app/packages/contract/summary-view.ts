import type { SignalView } from './onboarding-view.ts';
import type {
  ContractEscalationLevel,
  ContractOnboardingStatus,
  ContractPhase,
  ContractRiskLevel,
  IsoDate,
  IsoInstant,
} from './wire-values.ts';

/** The compact company sidebar card. */
export interface OnboardingSummaryView {
  companyId: string;
  /** A closed onboarding (completed, churned, abandoned) says so first, with the day it closed. */
  status: ContractOnboardingStatus;
  closedAt: IsoInstant | null;
  phase: ContractPhase;
  day: number;
  planDays: number;
  healthScore: number;
  riskLevel: ContractRiskLevel;
  escalationLevel: ContractEscalationLevel;
  openSignalCount: number;
  /** The most severe signal, or null when none holds. */
  topSignal: SignalView | null;
  nextCheckpointDate: IsoDate | null;
}

export type OnboardingSummaryResponse =
  { kind: 'summary'; summary: OnboardingSummaryView } | { kind: 'empty'; companyId: string };
