import type {
  CalendarDate,
  EscalationLevel,
  Instant,
  OnboardingStatus,
  OutcomeReason,
  Phase,
  RiskLevel,
  RiskReason,
  SignalType,
} from '@liftoff/shared/domain/index';

/**
 * One onboarding as the portfolio lists it (docs/PRODUCT.md §8): what its last assessment found, kept beside the
 * assessment so the manager's view never re-runs the engine. Day-dependent figures (day, eligibility for the 30/60/90
 * rates) are not kept: they follow from `startDate` and the time of the request.
 */
export interface PortfolioRow {
  companyId: string;
  companyName: string | null;
  /** The CSM: the HubSpot owner the company's owner property names; null when it names none. */
  ownerId: string | null;
  templateId: string | null;
  /** The month the onboarding started, `YYYY-MM`. */
  cohort: string;
  startDate: CalendarDate;
  status: OnboardingStatus;
  phase: Phase;
  healthScore: number;
  riskLevel: RiskLevel;
  riskReason: RiskReason;
  escalationLevel: EscalationLevel;
  /** Signals whose condition holds (open, acknowledged or snoozed), most severe first. */
  openSignalTypes: SignalType[];
  /** Of those, the high and critical ones. */
  openSevereSignals: number;
  /** Milestones past their due date and not done. */
  overdueCheckpoints: number;
  usageTracked: boolean;
  /** null when the portal has no usage source (unknown, not "not activated"). */
  activated: boolean | null;
  activationDay: number | null;
  nextCheckpointDate: CalendarDate | null;
  closedAt: Instant | null;
  outcomeReason: OutcomeReason | null;
  assessedAt: Instant;
}

/** What the portfolio's aggregates count and filter on: the few columns of a row they read. */
export type PortfolioFigures = Pick<
  PortfolioRow,
  | 'companyId'
  | 'ownerId'
  | 'templateId'
  | 'cohort'
  | 'startDate'
  | 'status'
  | 'phase'
  | 'riskLevel'
  | 'healthScore'
  | 'usageTracked'
  | 'activated'
  | 'activationDay'
  | 'overdueCheckpoints'
  | 'openSevereSignals'
>;

/** Every figure of a portal at one revision: the revision changes whenever a figure does, so views can memoize. */
export interface PortfolioFiguresSnapshot {
  revision: number;
  figures: readonly PortfolioFigures[];
}

export const portfolioSorts = ['risk', 'health', 'day', 'company_name', 'next_checkpoint'] as const;
export type PortfolioSort = (typeof portfolioSorts)[number];

/** Which rows: each list present keeps the rows whose field is one of its values. */
export interface PortfolioFilters {
  /** null keeps the onboardings whose company has no owner. */
  ownerIds?: (string | null)[];
  templateIds?: string[];
  cohorts?: string[];
  riskLevels?: RiskLevel[];
  phases?: Phase[];
  statuses?: OnboardingStatus[];
}

export interface PortfolioPageQuery {
  filters: PortfolioFilters;
  sort: PortfolioSort;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}
