import type {
  ContractEscalationLevel,
  ContractOnboardingStatus,
  ContractOutcomeReason,
  ContractPhase,
  ContractRiskLevel,
  ContractSignalType,
  IsoDate,
  IsoInstant,
} from './wire-values.ts';

/**
 * The CS manager's portfolio (docs/PRODUCT.md §8), as the app home page reads it: `GET /api/portfolio` pages the
 * onboardings, `GET /api/portfolio/aggregates` feeds the charts and the workload table. Both answer from the read
 * model the worker keeps with each assessment, never by re-running the engine.
 */

/** The filter value that keeps the onboardings whose company has no owner. */
export const UNASSIGNED_OWNER = 'none';

/** The CSM an onboarding belongs to: the HubSpot owner its company's owner property names. */
export interface PortfolioOwnerView {
  id: string;
  /** null until HubSpot's owners list names them (or when the owner is deactivated). */
  name: string | null;
  /** The owner's HubSpot teams, primary first. */
  teams: string[];
}

/** Activated by day N: true or false once known, null while it can still happen or when usage is not tracked. */
export interface ActivatedByView {
  d30: boolean | null;
  d60: boolean | null;
  d90: boolean | null;
}

/** One onboarding in GET /api/portfolio. */
export interface PortfolioRowView {
  companyId: string;
  companyName: string | null;
  owner: PortfolioOwnerView | null;
  templateId: string | null;
  /** The month the onboarding started, `YYYY-MM`. */
  cohort: string;
  startDate: IsoDate;
  status: ContractOnboardingStatus;
  phase: ContractPhase;
  day: number;
  healthScore: number;
  riskLevel: ContractRiskLevel;
  riskReason: ContractSignalType | 'score';
  escalationLevel: ContractEscalationLevel;
  /** Signals whose condition holds (open, acknowledged or snoozed), most severe first. */
  openSignalTypes: ContractSignalType[];
  openSignals: number;
  openSevereSignals: number;
  overdueCheckpoints: number;
  /** null when the portal has no usage source (unknown, not "not activated"). */
  activated: boolean | null;
  activationDay: number | null;
  activatedBy: ActivatedByView;
  nextCheckpointDate: IsoDate | null;
  closedAt: IsoInstant | null;
  outcomeReason: ContractOutcomeReason | null;
  assessedAt: IsoInstant;
}

/** GET /api/portfolio: one page of the portal's onboardings, and where the next page starts (null = last page). */
export interface PortfolioPageView {
  asOf: IsoInstant;
  onboardings: PortfolioRowView[];
  page: { total: number; limit: number; offset: number; nextOffset: number | null };
}

/** Activated by day D, out of the cohort's onboardings at least D days old whose activation is known. */
export interface CohortCountView {
  activated: number;
  eligible: number;
}

/** Activation at 30/60/90 of the onboardings started in one month, each rate with its n. */
export interface CohortActivationView {
  cohort: string;
  size: number;
  /** activated / eligible, null while none is eligible. */
  activationRate: { d30: number | null; d60: number | null; d90: number | null };
  counts: { d30: CohortCountView; d60: CohortCountView; d90: CohortCountView };
}

/** Onboardings that reached first value within [fromDay, toDay] (toDay null = and later). */
export interface TimeToValueBucketView {
  fromDay: number;
  toDay: number | null;
  count: number;
}

/** One CSM's current load: in-progress onboardings, their overdue checkpoints and open high/critical signals. */
export interface WorkloadView {
  /** null = the onboardings whose company has no owner. */
  owner: PortfolioOwnerView | null;
  onboardings: number;
  /** Of those, at high or critical risk. */
  atRisk: number;
  overdueCheckpoints: number;
  openSevereSignals: number;
}

/** What the filters can take, over the whole portfolio (not only the filtered part), so a filter never hides itself. */
export interface PortfolioFilterOptionsView {
  owners: PortfolioOwnerView[];
  /** Whether some onboardings have no owner (the `none` owner filter). */
  unassigned: boolean;
  templates: string[];
  cohorts: string[];
}

/** GET /api/portfolio/aggregates: the manager's charts over the filtered onboardings. */
export interface PortfolioAggregatesView {
  asOf: IsoInstant;
  total: number;
  byRisk: Record<ContractRiskLevel, number>;
  byPhase: Record<ContractPhase, number>;
  /** Activation at 30/60/90 per start month, oldest first. */
  cohorts: CohortActivationView[];
  timeToFirstValue: {
    /** Onboardings activated (first value reached); the median and the buckets are over them. */
    reached: number;
    /** Tracked onboardings not activated yet; untracked ones are in neither count. */
    notYet: number;
    medianDays: number | null;
    buckets: TimeToValueBucketView[];
  };
  /** Per CSM, most onboardings first; the unassigned ones last. */
  workload: WorkloadView[];
  options: PortfolioFilterOptionsView;
}

export const portfolioSortKeys = ['risk', 'health', 'day', 'company_name', 'next_checkpoint'] as const;
export type PortfolioSortKey = (typeof portfolioSortKeys)[number];

/** The portfolio's query string as the page sends it; each list is sent comma-separated. */
export interface PortfolioQuery {
  owner?: string[];
  template?: string[];
  cohort?: string[];
  risk?: ContractRiskLevel[];
  phase?: ContractPhase[];
  status?: ContractOnboardingStatus[];
  sort?: PortfolioSortKey;
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** The query string of a portfolio request (no leading `?`; empty when nothing is set), in a stable order. */
export function toPortfolioQueryString(query: PortfolioQuery): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(',') : String(value);
    if (text === '') continue;
    parts.push(`${key}=${encodeURIComponent(text)}`);
  }
  return parts.sort().join('&');
}
