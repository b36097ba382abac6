import type {
  CalendarDate,
  DealContact,
  Criterion,
  Engagement,
  EscalationLevel,
  HandoffCriterion,
  Instant,
  Milestone,
  OnboardingOutcome,
  OnboardingStatus,
  OutcomeReason,
  Phase,
  RiskLevel,
  RiskReason,
  Severity,
  SignalStatus,
  SignalType,
  Stakeholder,
  StakeholderRole,
  Ticket,
} from '@liftoff/shared/domain/index';
import type { Result } from '../../result.ts';
import type { CrmOwner } from './records/owner.ts';

/**
 * The port the sync worker uses to talk to a CRM. HubSpot implements it (server/src/hubspot/),
 * the demo's in-memory sandbox too; everything here is expressed in domain types, never in CRM wire formats.
 */

/** A deal as the onboarding start needs it. */
export interface CrmDeal {
  id: string;
  pipelineId: string | null;
  stageId: string | null;
  closeDate: Instant | null;
  /** Resolved from the pipeline's stage metadata, so renamed or custom "won" stages count. */
  isClosedWon: boolean;
  primaryCompanyId: string | null;
}

/**
 * A deal as the Handoff card shows it before close, read so the card can answer from the store: its name, its
 * associated contacts (for sales to tag) and the promises the CRM already holds for it.
 */
export interface CrmDealContacts {
  dealId: string;
  /** HubSpot's `dealname`; null for a deal with no name, or one the CRM does not know. */
  dealName: string | null;
  primaryCompanyId: string | null;
  contacts: DealContact[];
  /** Sales-promise criterion records associated with the deal; none unless asked for (see DealReadOptions). */
  promises: HandoffCriterion[];
}

export interface DealReadOptions {
  /**
   * Whether to read the deal's promise records: only a portal with Liftoff's custom objects (`custom_objects`) has
   * them; in `store_only` mode promises live in Liftoff's store alone and there is nothing to read.
   */
  promises: boolean;
}

/** Roles sales tagged a contact with, to carry as Liftoff association labels on its association with a company. */
export interface StakeholderLabels {
  companyId: string;
  contactId: string;
  roles: StakeholderRole[];
}

/** The onboarding summary kept on the company record for workflows, lists and reports (docs/PRODUCT.md §3). */
export interface CompanyOnboardingFields {
  status: OnboardingStatus;
  phase: Phase;
  startDate: CalendarDate;
  day: number;
  healthScore: number;
  riskLevel: RiskLevel;
  /** The signal type, or `score`, that sets the risk level: what a workflow's task or a report says. */
  riskReason: RiskReason;
  escalationLevel: EscalationLevel;
  openSignals: number;
  openSignalTypes: SignalType[];
  nextCheckpointDate: CalendarDate | null;
  criteriaMet: number;
  criteriaTotal: number;
  /** null when the portal has no usage source: activation is unknown, and the property is left empty. */
  activated: boolean | null;
  activationDay: number | null;
  activatedByD30: boolean | null;
  activatedByD60: boolean | null;
  activatedByD90: boolean | null;
  lastLoginAt: Instant | null;
  logins7d: number;
  activeUsers7d: number;
  lastEvaluatedAt: Instant;
  nextAction: string;
  /** How it closed, why and when (docs/PRODUCT.md §2 step 8); all three null while it is in progress. */
  outcome: OnboardingOutcome | null;
  outcomeReason: OutcomeReason | null;
  closedAt: Instant | null;
}

/**
 * What Liftoff keeps on the deal record: the handoff summary sales sees before close, and once the onboarding closed,
 * how many of the deal's promises were kept (docs/PRODUCT.md §1, sales rep; §8 promises kept by sales rep).
 */
export interface DealHandoffFields {
  handoffReadiness: number;
  handoffMissing: string[];
  /** Sales promises judged kept, out of those judged, at the onboarding's close. */
  promisesKept: number;
  promisesTotal: number;
}

/** A signal as stored in the CRM: one per company and type, updated in place, resolved rather than deleted. */
export interface StoredSignal {
  /** Unique across the portal, e.g. `<companyId>:<type>`. */
  key: string;
  /**
   * The record's name in the CRM: its type in words ("No first login"). Null where the CRM holds none (a record an
   * earlier release wrote, before signal records had a name); the write-back then gives it one.
   */
  name: string | null;
  type: SignalType;
  severity: Severity;
  status: SignalStatus;
  detectedAt: Instant;
  resolvedAt: Instant | null;
  snoozedUntil: Instant | null;
  evidence: string;
  action: string;
  /** Its handling, one line per change, oldest first; null when nobody handled it (or an earlier release wrote it). */
  history: string | null;
  escalationLevel: EscalationLevel;
}

/** Everything the CRM holds about one company's onboarding. Criteria and milestones carry their unique key as `id`. */
export interface CompanyContext {
  companyId: string;
  name: string | null;
  domain: string | null;
  /** The values the CRM has now; a field it has no value for is absent. */
  fields: Partial<CompanyOnboardingFields>;
  stakeholders: Stakeholder[];
  engagements: Engagement[];
  tickets: Ticket[];
  criteria: Criterion[];
  milestones: Milestone[];
  signals: StoredSignal[];
  /** The HubSpot owner the portal's owner property names (the CSM); null when it names none. */
  ownerId: string | null;
  /**
   * The raw values of the company properties the portal maps to usage (settings, docs/PRODUCT.md §6), by property name;
   * null when the company has no value. Absent when none were asked for.
   */
  usageProperties?: Record<string, string | null>;
}

/** What a company read asks for beyond what Liftoff always reads. */
export interface CompanyReadOptions {
  /** The extra company properties the portal maps to usage. */
  usageProperties?: readonly string[];
  /** The owner property naming the CSM; default HubSpot's company owner, `hubspot_owner_id`. */
  ownerProperty?: string;
}

/** Companies with engagements, tickets, stakeholders or Liftoff records modified at or after a watermark. */
export interface ChangedCompanies {
  companyIds: string[];
  /** The latest modification seen (or the watermark given when none): pass it to the next call. */
  watermark: Instant;
}

/**
 * Diff-only writes: `known` is what the CRM has (from the last read or the last successful write, kept by the
 * service), `desired` what it should have. Fields equal in both are never sent.
 */
export interface FieldsWrite<T> {
  id: string;
  known: Partial<T>;
  desired: Partial<T>;
}

/** `known` null means the record is not in the CRM yet: it is created and associated with its company (and deal). */
export interface RecordWrite<T> {
  companyId: string;
  dealId: string | null;
  known: T | null;
  desired: T;
}

/** What the CRM holds of one stakeholder: the roles of its Liftoff association labels and its KPI. */
export interface StakeholderFields {
  roles: StakeholderRole[];
  kpi: string | null;
}

/**
 * One contact's mapping on one company, as differences: the Liftoff labels to add to its association with the
 * company (associating them if they are not yet) and to remove from it (the association and any other label stay),
 * and its KPI when it changed.
 */
export interface StakeholderWrite {
  companyId: string;
  contactId: string;
  addRoles: StakeholderRole[];
  removeRoles: StakeholderRole[];
  /** The KPI's new value; undefined leaves it as it is. */
  kpi: string | null | undefined;
  /** What the CRM holds once the write is accepted. */
  desired: StakeholderFields;
}

/** A signal is resolved by writing it with status `resolved` and its `resolvedAt`. */
export interface WritePlan {
  companies: FieldsWrite<CompanyOnboardingFields>[];
  deals: FieldsWrite<DealHandoffFields>[];
  criteria: RecordWrite<Criterion>[];
  milestones: RecordWrite<Milestone>[];
  signals: RecordWrite<StoredSignal>[];
  stakeholders: StakeholderWrite[];
}

export type WriteTarget = 'company' | 'deal' | 'criterion' | 'milestone' | 'signal' | 'association' | 'stakeholder';

export const crmErrorCodes = [
  'rejected',
  'not_found',
  'conflict',
  'unauthorized',
  'rate_limited',
  'unavailable',
] as const;
export type CrmErrorCode = (typeof crmErrorCodes)[number];

/**
 * One result per record that needed a write; `id` is the CRM id for companies and deals, `<companyId>:<contactId>`
 * for stakeholders, the unique key otherwise.
 */
export type WriteResult =
  | { target: WriteTarget; id: string; ok: true }
  | { target: WriteTarget; id: string; ok: false; error: { code: CrmErrorCode; message: string } };

export interface CrmGateway {
  /** Unknown ids are left out of the answer. */
  readDeals(dealIds: readonly string[]): Promise<CrmDeal[]>;
  /** The deals associated with a company, whatever their stage; none for a company the CRM does not know. */
  readCompanyDeals(companyId: string): Promise<CrmDeal[]>;
  /**
   * One answer per distinct deal asked, in order: a deal with no contacts, or one the CRM does not know, has none
   * (HubSpot's association read cannot tell them apart).
   */
  readDealContacts(dealIds: readonly string[], options: DealReadOptions): Promise<CrmDealContacts[]>;
  /** Unknown ids are left out of the answer. */
  readCompanyContexts(companyIds: readonly string[], options?: CompanyReadOptions): Promise<CompanyContext[]>;
  /**
   * Every active owner of the portal (all pages); none in a CRM without owners. A failure is an answer: owners only
   * name people, so the caller goes on without them (e.g. a portal that has not granted the owners scope yet).
   */
  readOwners(): Promise<Result<CrmOwner[], { code: CrmErrorCode; message: string }>>;
  findChangedCompanies(since: Instant): Promise<ChangedCompanies>;
  /** A plan where nothing changed makes no call at all. */
  applyWritePlan(plan: WritePlan): Promise<WriteResult[]>;
  /**
   * Adds the labels of the roles to each contact's association with the company (associating them if they are not
   * yet); labels the contact already carries there are kept. A role the CRM has no label for is left out. One result
   * per contact written (target `association`, id `<companyId>:<contactId>`); nothing to write, no call.
   */
  addStakeholderLabels(labels: readonly StakeholderLabels[]): Promise<WriteResult[]>;
}
