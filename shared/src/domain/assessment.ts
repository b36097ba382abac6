import type { CompletedBy } from './completion-rule.ts';
import type { MilestoneStatus } from './milestone.ts';
import { signalTypes } from './signal.ts';
import type { EscalationLevel, Signal, SignalType } from './signal.ts';
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
  /** null when the portal has no usage source: activation is unknown, not "not activated". */
  activated: boolean | null;
  /** The day number on which activation happened, null while not activated. */
  day: number | null;
}

/** What sets the risk level: the most severe signal's type, or the score band. */
export type RiskReason = SignalType | 'score';
export const riskReasons: readonly RiskReason[] = [...signalTypes, 'score'];

/** Where a criterion's current value comes from: the activity (a computed metric) or a person. */
export type CurrentSource = 'data' | 'manual';

/** One criterion as judged now: progress against where it should be by today. */
export interface CriterionAssessment {
  id: string;
  current: number | null;
  currentSource: CurrentSource;
  /** The baseline the progress is measured from (for a computed metric, its value at agreement when none was given). */
  baseline: number | null;
  /** Share of the way from baseline to target, direction-aware, in [0, 1]; null without a target. */
  progress: number | null;
  /** Share expected by today: linear from agreement to due date, in [0, 1]; null without a due date. */
  expectedProgress: number | null;
  /** When it first reached its target (latched); null while not achieved. */
  achievedAt: Instant | null;
}

/** One first-week step as the data and the people say: done or not, when, and by whom. */
export interface StepAssessment {
  id: string;
  done: boolean;
  doneAt: Instant | null;
  by: CompletedBy | null;
}

/** One milestone's effective status, and who completed it. */
export interface MilestoneAssessment {
  id: string;
  status: MilestoneStatus;
  completedAt: Instant | null;
  by: CompletedBy | null;
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
  riskReason: RiskReason;
  escalationLevel: EscalationLevel;
  /** Signals whose condition holds, sorted by severity (critical first), then type. */
  signals: Signal[];
  activation: Activation;
  nextAction: string;
  nextCheckpointDate: CalendarDate | null;
  /** Criteria achieved (latched) and criteria that count (retired ones count nowhere). */
  criteriaMet: number;
  criteriaTotal: number;
  criteria: CriterionAssessment[];
  firstWeekSteps: StepAssessment[];
  milestones: MilestoneAssessment[];
  /** The automatic completion rule holds now (docs/PRODUCT.md §2 step 8). */
  completion: { due: boolean };
  usage: UsageSummary;
}

/** Activated by day D, out of the onboardings at least D days old whose activation is known. */
export interface CohortCount {
  activated: number;
  eligible: number;
}

export interface CohortActivation {
  /** The month the cohort's onboardings started, `YYYY-MM`. */
  cohort: string;
  size: number;
  activationRate: { d30: number | null; d60: number | null; d90: number | null };
  counts: { d30: CohortCount; d60: CohortCount; d90: CohortCount };
}

export interface PortfolioAssessment {
  asOf: Instant;
  companies: Assessment[];
  cohorts: CohortActivation[];
}
