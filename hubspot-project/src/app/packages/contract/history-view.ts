import type { PortfolioOwnerView } from './portfolio-view.ts';
import type { ContractRiskLevel, ContractSignalType, IsoDate, IsoInstant } from './wire-values.ts';

/**
 * What the assessment history shows (docs/PRODUCT.md §8): the worker appends a compact row whenever an onboarding's
 * health, risk, phase, escalation or open signals change, and at least one a day while it is in progress. History
 * starts when the service first assessed with it: `historySince` says from when, and nothing before is guessed.
 */

/** One week of the portfolio: the onboardings in progress at the week's end, by risk as last assessed that week. */
export interface RiskWeekView {
  /** The last day of the week (Sunday, UTC). */
  weekEnd: IsoDate;
  onboardings: number;
  byRisk: Record<ContractRiskLevel, number>;
}

/** One CSM's average health at each week's end, over the onboardings they owned then; null in a week without any. */
export interface OwnerHealthTrendView {
  /** null = the onboardings nobody owned. */
  owner: PortfolioOwnerView | null;
  points: { weekEnd: IsoDate; averageHealth: number | null; onboardings: number }[];
}

/** GET /api/portfolio/trends: the last 12 weeks, oldest first, under the portfolio's filters. */
export interface PortfolioTrendsView {
  asOf: IsoInstant;
  /** The first history row of the portal; null when there is none yet. Weeks before it have no onboardings counted. */
  historySince: IsoInstant | null;
  riskByWeek: RiskWeekView[];
  healthByOwner: OwnerHealthTrendView[];
}

/** How one signal type did on the closed onboardings: how often it came before a churn, and how early. */
export interface SignalOutcomeView {
  type: ContractSignalType;
  /** Closed onboardings that had the signal at least once. */
  accounts: number;
  /** Of those, the churned ones. */
  churned: number;
  /** churned / accounts; null when no account had it. */
  churnRate: number | null;
  /** Days from the signal's first detection to the churn, median over the churned accounts; null without any. */
  medianLeadDays: number | null;
}

/** GET /api/portfolio/signal-outcomes: which alarms preceded churn, over the onboardings closed so far. */
export interface SignalOutcomesView {
  asOf: IsoInstant;
  /** Closed onboardings counted (completed, churned or abandoned). */
  closed: number;
  churned: number;
  /** Churned onboardings no signal warned about before the churn, and their share of the churned (null: none). */
  unwarned: { count: number; share: number | null };
  /** Most churned first. */
  bySignal: SignalOutcomeView[];
}

/** One point of a company's health history: its last assessment of that day. */
export interface HealthPointView {
  date: IsoDate;
  healthScore: number;
  riskLevel: ContractRiskLevel;
}

/** GET /api/cards/companies/:companyId/health-history: the last 90 days, with the days signals were detected. */
export interface HealthHistoryView {
  asOf: IsoInstant;
  historySince: IsoInstant | null;
  points: HealthPointView[];
  detections: { date: IsoDate; type: ContractSignalType }[];
}
