import type {
  Activation,
  CohortActivation,
  EscalationLevel,
  HealthComponents,
  Phase,
  PortfolioAssessment,
  RiskLevel,
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
  escalationLevel: EscalationLevel;
  signals: EvaluatedSignal[];
  activation: Activation;
  nextAction: string;
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
      escalationLevel: a.escalationLevel,
      signals: a.signals.map(toEvaluatedSignal),
      activation: { activated: a.activation.activated, day: a.activation.day },
      nextAction: a.nextAction,
    })),
    cohorts: portfolio.cohorts.map((c) => ({
      cohort: c.cohort,
      size: c.size,
      activationRate: { d30: c.activationRate.d30, d60: c.activationRate.d60, d90: c.activationRate.d90 },
    })),
  };
}
