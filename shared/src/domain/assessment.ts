import type { EscalationLevel, Signal } from './signal.ts';
import type { CalendarDate, Instant } from './time-values.ts';

export const phases = ['kickoff', 'activation', 'adoption', 'value_review', 'completed', 'overdue'] as const;
export type Phase = (typeof phases)[number];

export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** Each component 0–100, or null when its data is unknown (left out, other weights rescaled). */
export interface HealthComponents {
  usage: number | null;
  engagement: number | null;
  milestones: number | null;
  criteria: number | null;
  support: number | null;
}

export interface Activation {
  activated: boolean;
  /** The day number on which activation happened, null while not activated. */
  day: number | null;
}

/** Usage figures over the last 7 days, as written to the company's properties. */
export interface UsageSummary {
  lastLoginAt: Instant | null;
  logins7d: number;
  activeUsers7d: number;
  keyFeaturesUsed: string[];
}

/** The engine's verdict on one onboarding at one instant. */
export interface Assessment {
  companyId: string;
  asOf: Instant;
  day: number;
  phase: Phase;
  healthScore: number;
  components: HealthComponents;
  riskLevel: RiskLevel;
  escalationLevel: EscalationLevel;
  /** Signals whose condition holds, sorted by severity (critical first), then type. */
  signals: Signal[];
  activation: Activation;
  nextAction: string;
  nextCheckpointDate: CalendarDate | null;
  criteriaMet: number;
  criteriaTotal: number;
  usage: UsageSummary;
}

export interface CohortActivation {
  /** The month the cohort's onboardings started, `YYYY-MM`. */
  cohort: string;
  size: number;
  activationRate: { d30: number | null; d60: number | null; d90: number | null };
}

export interface PortfolioAssessment {
  asOf: Instant;
  companies: Assessment[];
  cohorts: CohortActivation[];
}
