import type { Generated } from 'kysely';
import type {
  CriterionDirection,
  CriterionSource,
  CriterionStatus,
  EngagementDirection,
  EngagementType,
  ManualMark,
  MilestoneKind,
  OnboardingStatus,
  OutcomeReason,
  Phase,
  RiskLevel,
  RiskReason,
  SignalResolver,
  SignalStatus,
  SignalType,
  TicketPriority,
} from '@liftoff/shared/domain/index';
import type {
  InboxKind,
  InboxSource,
  InboxStatus,
  OnboardingParkReason,
  PortalMode,
  SignalHistoryAction,
} from '../../onboarding/ports/index.ts';

/**
 * The SQLite schema as Kysely sees it (migrations/ create it). Every table is keyed by portal_id first.
 * Instants and calendar dates are epoch milliseconds; booleans are 0/1; `*_json` columns hold JSON text.
 */
export interface Database {
  inbox_events: InboxEventsTable;
  company_domains: CompanyDomainsTable;
  onboardings: OnboardingsTable;
  criteria: CriteriaTable;
  milestones: MilestonesTable;
  first_week_steps: FirstWeekStepsTable;
  signal_states: SignalStatesTable;
  signal_history: SignalHistoryTable;
  milestone_replans: MilestoneReplansTable;
  checkpoint_notes: CheckpointNotesTable;
  stakeholders: StakeholdersTable;
  stakeholder_history: StakeholderHistoryTable;
  engagements: EngagementsTable;
  tickets: TicketsTable;
  usage_events: UsageEventsTable;
  usage_daily: UsageDailyTable;
  usage_daily_users: UsageDailyUsersTable;
  usage_firsts: UsageFirstsTable;
  assessments: AssessmentsTable;
  portfolio_rows: PortfolioRowsTable;
  sync_watermarks: SyncWatermarksTable;
  known_values: KnownValuesTable;
  portal_settings: PortalSettingsTable;
  usage_api_keys: UsageApiKeysTable;
  owners: OwnersTable;
  assessment_history: AssessmentHistoryTable;
  history_weeks: HistoryWeeksTable;
}

export interface InboxEventsTable {
  id: Generated<number>;
  portal_id: string;
  source: InboxSource;
  event_id: string;
  kind: InboxKind;
  company_id: string | null;
  occurred_at: number;
  payload_json: string;
  /** The CrmChange of a CRM event (JSON), null for every other source. */
  change_json: string | null;
  received_at: number;
  status: InboxStatus;
  attempts: number;
  next_attempt_at: number;
  lease_until: number | null;
  last_error: string | null;
  completed_at: number | null;
}

export interface OnboardingsTable {
  portal_id: string;
  company_id: string;
  company_name: string | null;
  deal_id: string | null;
  template_id: string | null;
  start_date: number;
  status: OnboardingStatus;
  usage_tracked: number;
  key_features_json: string;
  created_at: number;
  updated_at: number;
  /** Set when the worker parked the onboarding (migration 008); both null otherwise. */
  parked_reason: OnboardingParkReason | null;
  parked_at: number | null;
  /** When and why it closed, and when a person reopened it (migration 009); null until then. */
  closed_at: number | null;
  outcome_reason: OutcomeReason | null;
  reopened_at: number | null;
  /** The HubSpot owner the company's owner property names (migration 015); null until a refresh reads one. */
  owner_id: string | null;
}

export interface CriteriaTable {
  portal_id: string;
  company_id: string;
  criterion_id: string;
  position: number;
  name: string;
  metric: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  current: number | null;
  due_date: number | null;
  status: CriterionStatus;
  source: CriterionSource;
  owner_contact_id: string | null;
  /** Migration 009. */
  direction: CriterionDirection;
  agreed_at: number | null;
  achieved_at: number | null;
  /** Migration 011; `promise_kept` is 1 (kept), 0 (not kept) or null (not judged yet). */
  handed_off_target: number | null;
  promise_kept: number | null;
  /** Migration 013. */
  baseline_date: number | null;
  baseline_evidence: string | null;
  current_at: number | null;
}

export interface MilestonesTable {
  portal_id: string;
  company_id: string;
  milestone_id: string;
  position: number;
  name: string;
  kind: MilestoneKind;
  due_date: number;
  completed_at: number | null;
  skipped: number;
  checklist_json: string;
  notes: string | null;
  /** Migration 009: the CompletionRule (JSON) or null, a person's mark, the skip's reason, the owner. */
  completes_when_json: string | null;
  manual: ManualMark | null;
  skip_reason: string | null;
  owner: string | null;
}

/** Migration 009: one re-plan of a milestone, with the due date it replaced. */
export interface MilestoneReplansTable {
  id: Generated<number>;
  portal_id: string;
  company_id: string;
  milestone_id: string;
  at: number;
  author_id: string | null;
  previous_due_date: number;
  reason: string | null;
}

export interface FirstWeekStepsTable {
  portal_id: string;
  company_id: string;
  step_id: string;
  position: number;
  name: string;
  done_at: number | null;
  /** Migration 009: the CompletionRule (JSON) or null, and a person's mark. */
  completes_when_json: string | null;
  manual: ManualMark | null;
}

export interface SignalStatesTable {
  portal_id: string;
  company_id: string;
  signal_type: SignalType;
  position: number;
  status: SignalStatus;
  detected_at: number;
  snoozed_until: number | null;
  resolved_at: number | null;
  note: string | null;
  updated_at: number;
  /** Migration 009. */
  acknowledged_at: number | null;
  snoozed_at: number | null;
  resolved_by: SignalResolver | null;
}

/** Migration 009: one change of a signal's state, by a person (`author_id`) or by the service (null). */
export interface SignalHistoryTable {
  id: Generated<number>;
  portal_id: string;
  company_id: string;
  signal_type: SignalType;
  at: number;
  author_id: string | null;
  action: SignalHistoryAction;
  note: string | null;
}

export interface CheckpointNotesTable {
  id: Generated<number>;
  portal_id: string;
  company_id: string;
  milestone_id: string | null;
  at: number;
  author_id: string | null;
  text: string;
}

/** Migration 012: one row per stakeholder change made from the company card. */
export interface StakeholderHistoryTable {
  id: Generated<number>;
  portal_id: string;
  company_id: string;
  contact_id: string;
  at: number;
  author_id: string | null;
  roles_json: string;
  kpi: string | null;
}

export interface StakeholdersTable {
  portal_id: string;
  company_id: string;
  contact_id: string;
  position: number;
  name: string | null;
  roles_json: string;
  last_engaged_at: number | null;
  kpi: string | null;
  /** Migration 009. */
  tagged_at: number | null;
}

export interface EngagementsTable {
  id: Generated<number>;
  portal_id: string;
  company_id: string;
  at: number;
  type: EngagementType;
  direction: EngagementDirection;
  connected: number;
  /** Migration 009: the first contact HubSpot associates with it. */
  contact_id: string | null;
}

export interface TicketsTable {
  portal_id: string;
  company_id: string;
  ticket_id: string;
  opened_at: number;
  closed_at: number | null;
  priority: TicketPriority | null;
  category: string | null;
}

export type UsageKind = 'login' | 'feature_use';

export interface UsageEventsTable {
  portal_id: string;
  event_id: string;
  company_id: string;
  kind: UsageKind;
  at: number;
  user_id: string;
  /** '' for a login. */
  feature: string;
}

export interface UsageDailyTable {
  portal_id: string;
  company_id: string;
  day: number;
  logins: number;
  feature_uses: number;
  active_users: number;
}

/** Who was active on a day, kept only within raw retention: it makes `usage_daily.active_users` distinct. */
export interface UsageDailyUsersTable {
  portal_id: string;
  company_id: string;
  day: number;
  user_id: string;
}

export interface UsageFirstsTable {
  portal_id: string;
  company_id: string;
  kind: UsageKind;
  /** '' for the first login (a primary key column cannot be NULL-distinct). */
  feature: string;
  event_id: string;
  at: number;
  user_id: string;
}

export interface AssessmentsTable {
  portal_id: string;
  company_id: string;
  as_of: number;
  assessment_json: string;
}

/** The portfolio read model (migration 014): one row per onboarding, written with its assessment. */
export interface PortfolioRowsTable {
  portal_id: string;
  company_id: string;
  company_name: string | null;
  /** The onboarding's CSM (migration 016), as `onboardings.owner_id`. */
  owner_id: string | null;
  template_id: string | null;
  cohort: string;
  start_date: number;
  status: OnboardingStatus;
  phase: Phase;
  health_score: number;
  risk_level: RiskLevel;
  /** 0 = critical … 3 = low, so the riskiest sort first. */
  risk_rank: number;
  risk_reason: RiskReason;
  escalation_level: number;
  open_signal_types_json: string;
  open_signals: number;
  open_severe_signals: number;
  overdue_checkpoints: number;
  usage_tracked: number;
  activated: number | null;
  activation_day: number | null;
  next_checkpoint_date: number | null;
  outcome_reason: OutcomeReason | null;
  closed_at: number | null;
  assessed_at: number;
}

export interface SyncWatermarksTable {
  portal_id: string;
  stream: string;
  value: string;
  updated_at: number;
}

export interface KnownValuesTable {
  portal_id: string;
  object_type: string;
  object_id: string;
  property: string;
  value: string | null;
  updated_at: number;
}

export interface PortalSettingsTable {
  portal_id: string;
  mode: PortalMode;
  thresholds_json: string;
  templates_json: string;
  usage_property_mapping_json: string;
  /** The newest usage API key's last four characters (migration 004); null before it or without a key. */
  usage_key_last_four: string | null;
  updated_at: number;
  /** The company property naming the CSM (migration 015); null: HubSpot's company owner. */
  owner_property: string | null;
}

/** The portal's HubSpot owners as the owners API last answered (migration 015). */
export interface OwnersTable {
  portal_id: string;
  owner_id: string;
  name: string | null;
  email: string | null;
  teams_json: string;
  refreshed_at: number;
}

export interface UsageApiKeysTable {
  portal_id: string;
  key_hash: string;
}

/** Migration 005: the company each web domain belongs to, as last read from HubSpot. */
export interface CompanyDomainsTable {
  portal_id: string;
  domain: string;
  company_id: string;
}

/** Migration 017: one compact row per change of an onboarding's assessment, and at least one a day in progress. */
export interface AssessmentHistoryTable {
  portal_id: string;
  company_id: string;
  recorded_at: number;
  owner_id: string | null;
  status: OnboardingStatus;
  phase: Phase;
  health_score: number;
  risk_level: RiskLevel;
  escalation_level: number;
  open_signal_types_json: string;
}

/** Migration 017: each onboarding's last state of each week (`week_end`: the Sunday the week ends, UTC midnight). */
export interface HistoryWeeksTable {
  portal_id: string;
  company_id: string;
  week_end: number;
  owner_id: string | null;
  template_id: string | null;
  cohort: string;
  status: OnboardingStatus;
  phase: Phase;
  health_score: number;
  risk_level: RiskLevel;
}
