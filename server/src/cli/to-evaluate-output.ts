import type {
  Activation,
  CohortActivation,
  CompletedBy,
  CriterionAssessment,
  CurrentSource,
  EscalationLevel,
  HealthComponents,
  MilestoneStatus,
  Phase,
  PortfolioAssessment,
  RiskLevel,
  RiskReason,
  Severity,
  Signal,
  SignalType,
} from '@liftoff/shared/domain/index';
import { toCompactIsoInstant } from '@liftoff/shared/time/iso';

/** docs/EVALUATE.md "Output": the contract of `npm run evaluate`, field for field and in this order. */
export interface EvaluateOutput {
  asOf: string;
  companies: EvaluatedCompany[];
  cohorts: CohortActivation[];
}

export interface EvaluatedCompany {
  companyId: string;
  day: number;
  phase: Phase;
  healthScore: number;
  components: HealthComponents;
  riskLevel: RiskLevel;
  riskReason: RiskReason;
  escalationLevel: EscalationLevel;
  signals: EvaluatedSignal[];
  activation: Activation;
  nextAction: string;
  criteria: EvaluatedCriterion[];
  firstWeekSteps: { id: string; done: boolean; doneAt: string | null; by: CompletedBy | null }[];
  milestones: { id: string; status: MilestoneStatus; by: CompletedBy | null }[];
  completion: { due: boolean };
}

export interface EvaluatedCriterion {
  id: string;
  current: number | null;
  currentSource: CurrentSource;
  progress: number | null;
  expectedProgress: number | null;
  achievedAt: string | null;
}

export interface EvaluatedSignal {
  type: SignalType;
  severity: Severity;
  status: Signal['status'];
  detectedAt: string;
  escalationLevel: EscalationLevel;
  evidence: string;
  action: string;
}

const toEvaluatedSignal = (signal: Signal): EvaluatedSignal => ({
  type: signal.type,
  severity: signal.severity,
  status: signal.status,
  detectedAt: toCompactIsoInstant(signal.detectedAt),
  escalationLevel: signal.escalationLevel,
  evidence: signal.evidence,
  action: signal.action,
});

const toEvaluatedCriterion = (criterion: CriterionAssessment): EvaluatedCriterion => ({
  id: criterion.id,
  current: criterion.current,
  currentSource: criterion.currentSource,
  progress: criterion.progress,
  expectedProgress: criterion.expectedProgress,
  achievedAt: toCompactIsoOrNull(criterion.achievedAt),
});

const toCompactIsoOrNull = (at: number | null): string | null => (at === null ? null : toCompactIsoInstant(at));

/** Maps the engine's portfolio verdict to the wire shape; companies keep the input order the engine kept. */
export function toEvaluateOutput(portfolio: PortfolioAssessment): EvaluateOutput {
  return {
    asOf: toCompactIsoInstant(portfolio.asOf),
    companies: portfolio.companies.map((a) => ({
      companyId: a.companyId,
      day: a.day,
      phase: a.phase,
      healthScore: a.healthScore,
      components: {
        usage: a.components.usage,
        engagement: a.components.engagement,
        milestones: a.components.milestones,
        criteria: a.components.criteria,
        support: a.components.support,
      },
      riskLevel: a.riskLevel,
      riskReason: a.riskReason,
      escalationLevel: a.escalationLevel,
      signals: a.signals.map(toEvaluatedSignal),
      activation: { activated: a.activation.activated, day: a.activation.day },
      nextAction: a.nextAction,
      criteria: a.criteria.map(toEvaluatedCriterion),
      firstWeekSteps: a.firstWeekSteps.map((step) => ({
        id: step.id,
        done: step.done,
        doneAt: toCompactIsoOrNull(step.doneAt),
        by: step.by,
      })),
      milestones: a.milestones.map((milestone) => ({ id: milestone.id, status: milestone.status, by: milestone.by })),
      completion: { due: a.completion.due },
    })),
    cohorts: portfolio.cohorts.map((c) => ({
      cohort: c.cohort,
      size: c.size,
      activationRate: { d30: c.activationRate.d30, d60: c.activationRate.d60, d90: c.activationRate.d90 },
      counts: {
        d30: { activated: c.counts.d30.activated, eligible: c.counts.d30.eligible },
        d60: { activated: c.counts.d60.activated, eligible: c.counts.d60.eligible },
        d90: { activated: c.counts.d90.activated, eligible: c.counts.d90.eligible },
      },
    })),
  };
}
