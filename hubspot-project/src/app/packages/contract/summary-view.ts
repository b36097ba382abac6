import type { SignalView } from './onboarding-view.ts';
import type { ContractEscalationLevel, ContractPhase, ContractRiskLevel, IsoDate } from './wire-values.ts';

/** The compact company sidebar card. */
export interface OnboardingSummaryView {
  companyId: string;
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
