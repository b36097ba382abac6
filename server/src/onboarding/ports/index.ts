import type {
  ActivitySnapshot,
  Assessment,
  CalendarDate,
  ChecklistItem,
  CriterionStatus,
  Engagement,
  Instant,
  Onboarding,
  SignalStatus,
  SignalType,
  Stakeholder,
  StakeholderRole,
  Ticket,
} from '@liftoff/shared/domain/index';
import type { DealContact } from './crm-gateway.ts';

/**
 * The ports the use cases depend on. Adapters (store/, hubspot/, sandbox/) implement them;
 * every port is async so the SQLite store can be swapped for PostgreSQL without touching call sites.
 */

/** The only source of time on the server side; tests and the demo drive it. */
export interface Clock {
  now(): Instant;
}

/** Where an inbox event came from. */
export type InboxSource = 'hubspot' | 'usage' | 'card' | 'workflow' | 'scheduler';

/** An event accepted at an edge, before it is stored. `eventId` is unique per (portal, source). */
export interface InboxEventInput {
  portalId: string;
  source: InboxSource;
  eventId: string;
  /** e.g. the webhook subscriptionType, `usage.login`, `card.criterion.update`, `sweep.reassess`. */
  kind: string;
  /** The company the event is about, when known at intake (used to coalesce work per company). */
  companyId: string | null;
  occurredAt: Instant;
  payload: unknown;
}

export type InboxStatus = 'pending' | 'processing' | 'done' | 'parked';

export interface InboxEvent extends InboxEventInput {
  id: number;
  receivedAt: Instant;
  status: InboxStatus;
  attempts: number;
  nextAttemptAt: Instant;
  lastError: string | null;
}

/** The durable inbox: nothing acknowledged to a caller is lost, and duplicates by id are ignored. */
export interface InboxStore {
  /** Stores all events in one transaction; events already present (same portal, source, eventId) are skipped. */
  append(events: readonly InboxEventInput[], receivedAt: Instant): Promise<{ accepted: number; duplicates: number }>;
  /**
   * Leases work to a worker until `now + leaseMs`: pending events due by `now`, plus `processing` events whose lease
   * expired (their worker crashed). Oldest first, and a company's due events are claimed together so one refresh
   * covers them all; a company with events in flight under a live lease is skipped, so two workers never process the
   * same company at once. Returns at most `limit` events, company groups contiguous; each claim counts an attempt.
   */
  claim(limit: number, now: Instant, leaseMs: number): Promise<InboxEvent[]>;
  /** Marks events done; done events are kept (until `purgeDone`) so a redelivered event id is still a duplicate. */
  complete(ids: readonly number[]): Promise<void>;
  /** Records a failure: retried from `retryAt`, or parked when `retryAt` is null (kept with its error for an operator). */
  fail(id: number, error: string, retryAt: Instant | null): Promise<void>;
  /** Returns leased events to the queue untouched (graceful shutdown): the attempt is not counted. */
  release(ids: readonly number[]): Promise<void>;
  /** Parked events of a portal, most recent first. */
  listParked(portalId: string, limit?: number): Promise<InboxEvent[]>;
  counts(portalId: string): Promise<Record<InboxStatus, number>>;
  /** Deletes done events completed before `completedBefore`; returns how many. */
  purgeDone(completedBefore: Instant): Promise<number>;
}

/** Closed set of reasons a store mutation is refused; adapters map them to HTTP errors. */
export type StoreErrorCode =
  'onboarding_not_found' | 'onboarding_exists' | 'criterion_not_found' | 'milestone_not_found' | 'signal_not_found';

export interface StoreError {
  code: StoreErrorCode;
  message: string;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; error: StoreError };

/** What the service saves of an onboarding: the plan and its CSM-visible state. Activity is written by ActivityStore. */
export interface OnboardingRecord {
  portalId: string;
  /** The closed-won deal that started it, null when started by hand or by a workflow on the company. */
  dealId: string | null;
  templateId: string | null;
  createdAt: Instant;
  onboarding: Omit<Onboarding, 'activity'>;
}

/** One entry of the checkpoint log (PRODUCT.md §1: the CSM logs each checkpoint). */
export interface CheckpointNote {
  id: number;
  /** The checkpoint milestone the note is about, null for a free note. */
  milestoneId: string | null;
  at: Instant;
  authorId: string | null;
  text: string;
}

export interface CheckpointNoteInput {
  milestoneId: string | null;
  at: Instant;
  authorId: string | null;
  text: string;
}

/** How the CSM handled a signal, beside the engine's PriorSignal (same type). */
export interface SignalHandling {
  type: SignalType;
  note: string | null;
  resolvedAt: Instant | null;
}

/** The read model of one company's onboarding: the domain Onboarding (activity included) plus service metadata. */
export interface StoredOnboarding {
  portalId: string;
  dealId: string | null;
  templateId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
  onboarding: Onboarding;
  signalHandling: SignalHandling[];
  checkpointNotes: CheckpointNote[];
}

/** The terms agreed with the customer, which make a criterion measurable (PRODUCT.md §4 `no_criteria`). */
export interface CriterionTerms {
  baseline: number | null;
  target: number;
  dueDate: CalendarDate;
}

export interface CriterionProgress {
  current: number | null;
  status: CriterionStatus;
  /** Present when the CSM agrees (or renegotiates) the criterion; absent, its terms stay as they are. */
  terms?: CriterionTerms;
}

export interface MilestoneCompletion {
  completedAt: Instant;
  checklist: ChecklistItem[];
  notes: string | null;
}

export interface SignalStateChange {
  status: SignalStatus;
  /** Required meaning only for `snoozed`; cleared for any other status. */
  snoozedUntil: Instant | null;
  note: string | null;
  at: Instant;
}

export interface OnboardingStore {
  get(portalId: string, companyId: string): Promise<StoredOnboarding | null>;
  /**
   * The portal's onboardings, or those of the given companies (a company without one is left out), ordered by
   * company id: a bulk read in a constant number of queries, for reads over many companies (portfolio, refresh).
   */
  list(portalId: string, companyIds?: readonly string[]): Promise<StoredOnboarding[]>;
  /** Upserts the onboarding and replaces its criteria, milestones, first-week steps, stakeholders and signals at once. */
  save(record: OnboardingRecord): Promise<void>;
  /** Companies whose onboarding is `in_progress`, among `companyIds` when given, ordered by company id. */
  listActiveCompanyIds(portalId: string, companyIds?: readonly string[]): Promise<string[]>;
  /** In-progress onboardings never assessed or last assessed before `assessedBefore`, the stalest first. */
  listDueForReassessment(portalId: string, assessedBefore: Instant): Promise<string[]>;
  /** After a HubSpot company merge: the onboarding, its children and usage follow the surviving company. */
  moveCompany(portalId: string, fromCompanyId: string, toCompanyId: string): Promise<StoreResult<void>>;
  /** Forgets everything about a company (deleted in HubSpot): onboarding, activity, assessment. */
  remove(portalId: string, companyId: string): Promise<void>;
  updateCriterion(
    portalId: string,
    companyId: string,
    criterionId: string,
    progress: CriterionProgress,
  ): Promise<StoreResult<void>>;
  completeMilestone(
    portalId: string,
    companyId: string,
    milestoneId: string,
    completion: MilestoneCompletion,
  ): Promise<StoreResult<void>>;
  addCheckpointNote(
    portalId: string,
    companyId: string,
    note: CheckpointNoteInput,
  ): Promise<StoreResult<CheckpointNote>>;
  setSignalState(
    portalId: string,
    companyId: string,
    type: SignalType,
    change: SignalStateChange,
  ): Promise<StoreResult<void>>;
}

/** What HubSpot holds about a company's activity, mirrored whole on each refresh. */
export interface CrmActivity {
  engagements: Engagement[];
  tickets: Ticket[];
  stakeholders: Stakeholder[];
}

/** A usage event reported by the customer's product; `eventId` is unique per portal. */
export type UsageEventInput =
  | { eventId: string; companyId: string; kind: 'login'; at: Instant; userId: string }
  | { eventId: string; companyId: string; kind: 'feature_use'; at: Instant; userId: string; feature: string };

export interface UsageDay {
  day: CalendarDate;
  logins: number;
  featureUses: number;
  activeUsers: number;
}

/** Per-company usage kept beyond raw retention: first occurrences and daily counts. */
export interface UsageRollup {
  firstLoginAt: Instant | null;
  firstFeatureUseAt: Record<string, Instant>;
  days: UsageDay[];
}

export interface ActivityStore {
  replaceCrmActivity(portalId: string, companyId: string, activity: CrmActivity): Promise<void>;
  /** Idempotent by event id: an event already stored is counted as a duplicate and changes nothing. */
  appendUsage(portalId: string, events: readonly UsageEventInput[]): Promise<{ accepted: number; duplicates: number }>;
  /** Raw usage still retained, plus each first occurrence (first login, first use per feature) even when older. */
  getSnapshot(portalId: string, companyId: string): Promise<ActivitySnapshot>;
  /** Daily usage from `since` (a calendar date) on, with the company's first occurrences. */
  getUsageRollup(portalId: string, companyId: string, since: CalendarDate): Promise<UsageRollup>;
  /** Deletes raw usage events that happened before `before`; returns how many. Rollups are kept. */
  purgeUsage(before: Instant): Promise<number>;
  /** The companies of these (bare, lower-case) domains, as last learned from the CRM; unknown domains are absent. */
  findCompanyIdsByDomain(portalId: string, domains: readonly string[]): Promise<Map<string, string>>;
  /**
   * Remembers which company each domain belongs to, and attaches the usage kept under a domain before its company
   * was known (`domain:<domain>`) to that company. Returns the companies that received such usage.
   */
  attachCompanyDomains(portalId: string, entries: readonly { companyId: string; domain: string }[]): Promise<string[]>;
}

export interface AssessmentStore {
  /** Keeps the last assessment per company (the one the card and the portfolio show). */
  save(portalId: string, assessment: Assessment): Promise<void>;
  get(portalId: string, companyId: string): Promise<Assessment | null>;
  list(portalId: string): Promise<Assessment[]>;
}

/** The properties of one HubSpot object as last read from or successfully written to HubSpot. */
export interface KnownObjectValues {
  objectId: string;
  values: Record<string, string | null>;
}

export interface SyncStateStore {
  /** A stream's resume point (an ISO instant or a paging cursor, as the stream defines it). */
  getWatermark(portalId: string, stream: string): Promise<string | null>;
  setWatermark(portalId: string, stream: string, value: string): Promise<void>;
  /** Known values per object id; objects never seen are absent from the map. */
  getKnownValues(
    portalId: string,
    objectType: string,
    objectIds: readonly string[],
  ): Promise<Map<string, Record<string, string | null>>>;
  /** Merges the given properties into what is known (other properties of the object are kept). */
  rememberValues(portalId: string, objectType: string, objects: readonly KnownObjectValues[]): Promise<void>;
  forgetObjects(portalId: string, objectType: string, objectIds: readonly string[]): Promise<void>;
}

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const portalModes = ['custom_objects', 'store_only'] as const;
/** Enterprise portals keep criteria, milestones and signals as custom objects; others keep them in the store only. */
export type PortalMode = (typeof portalModes)[number];

/** Per-portal settings; the JSON parts are validated by the modules that own their shape. */
export interface PortalSettings {
  portalId: string;
  mode: PortalMode;
  thresholds: JsonObject;
  templates: JsonObject;
  usagePropertyMapping: JsonObject;
  /** Hashes of the usage API keys; the keys themselves are never stored. */
  usageApiKeyHashes: string[];
  /**
   * The newest usage API key's last four characters, recorded when it is created so an admin can recognise it;
   * absent when unknown (no key, or a key created before they were recorded).
   */
  usageKeyLastFour?: string;
}

export interface PortalSettingsStore {
  get(portalId: string): Promise<PortalSettings | null>;
  put(settings: PortalSettings): Promise<void>;
  /** Records the mode the setup command applied; a portal seen for the first time gets empty JSON settings. */
  setMode(portalId: string, mode: PortalMode): Promise<void>;
  /** Authenticates a usage API call: the portal owning the key whose hash is given. */
  findPortalIdByUsageKeyHash(keyHash: string): Promise<string | null>;
}

/** A promise sales wrote on the deal before close (PRODUCT.md §1, sales rep); it becomes a criterion once won. */
export interface HandoffCriterion {
  /** Unique across the portal (`handoff-<dealId>-c<n>`): it stays the criterion's key once the onboarding starts. */
  id: string;
  name: string;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  dueDate: CalendarDate | null;
}

/** A contact sales listed on the deal, with the circles it was tagged with (never `validation_owner`, named apart). */
export interface HandoffContact {
  contactId: string;
  name: string | null;
  email: string | null;
  roles: StakeholderRole[];
}

/** What sales recorded on one deal: the promises, the stakeholders and the validation owner (PRODUCT.md §2 step 1). */
export interface Handoff {
  portalId: string;
  dealId: string;
  /** The deal's primary company, once the worker has read the deal from HubSpot; null until then. */
  companyId: string | null;
  criteria: HandoffCriterion[];
  contacts: HandoffContact[];
  validationOwnerContactId: string | null;
  updatedAt: Instant;
  /** The HubSpot user who saved it last, from the signed card request. */
  updatedBy: string | null;
}

/** A deal's associated contacts as the worker last read them from the CRM: the Handoff card never waits on HubSpot. */
export interface DealContacts {
  portalId: string;
  dealId: string;
  /** The deal's primary company as that read found it. */
  companyId: string | null;
  contacts: DealContact[];
  refreshedAt: Instant;
}

export interface HandoffStore {
  get(portalId: string, dealId: string): Promise<Handoff | null>;
  /** Replaces the deal's whole handoff. */
  save(handoff: Handoff): Promise<void>;
  /** Records the deal's primary company; a deal with no saved handoff is left without one. */
  setCompany(portalId: string, dealId: string, companyId: string): Promise<void>;
  /** Null until the worker has read the deal's contacts once. */
  getDealContacts(portalId: string, dealId: string): Promise<DealContacts | null>;
  /** Replaces the deal's mirrored contacts whole (a contact no longer associated disappears). */
  saveDealContacts(dealContacts: DealContacts): Promise<void>;
}

export interface StoreHealth {
  ok: boolean;
  migrations: { applied: number; pending: number };
}

/** Every store port over one database, with its lifecycle. */
export interface Store {
  inbox: InboxStore;
  onboardings: OnboardingStore;
  activity: ActivityStore;
  assessments: AssessmentStore;
  syncState: SyncStateStore;
  portalSettings: PortalSettingsStore;
  handoffs: HandoffStore;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
