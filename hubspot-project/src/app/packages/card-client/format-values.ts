/**
 * Labels, tag variants and date formats for what the service sends, shared by every UI component as dependency-free
 * TypeScript (it imports only the contract).
 */
import { contractCriterionDirections } from '../contract/index.ts';
import type {
  ContractCompletedBy,
  ContractCriterionDirection,
  ContractCriterionStatus,
  ContractCurrentSource,
  ContractMilestoneStatus,
  ContractOnboardingOutcome,
  ContractPhase,
  ContractRiskLevel,
  ContractSeverity,
  ContractSignalHistoryAction,
  ContractSignalType,
  ContractStakeholderRole,
  IsoDate,
  IsoInstant,
} from '../contract/index.ts';

export type TagVariant = 'danger' | 'warning' | 'info' | 'success' | 'default';

/** The picker's date: `month` counts from 0. */
export interface PickerDate {
  year: number;
  month: number;
  date: number;
}

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-03-14` → `14 Mar 2026`; the wire's UTC date is shown as is, no time zone shift. */
export function toDateLabel(value: IsoDate | IsoInstant | null): string {
  if (value === null) return '—';
  const [year, month, day] = value.slice(0, 10).split('-');
  return `${Number(day)} ${monthNames[Number(month) - 1] ?? month} ${year}`;
}

/** A start month, `2026-03` → `Mar 2026`; anything else is shown as sent. */
export function toMonthLabel(value: string): string {
  const [year, month] = value.split('-');
  const name = monthNames[Number(month) - 1];
  return year === undefined || name === undefined || !/^\d{4}-\d{2}$/.test(value) ? value : `${name} ${year}`;
}

export function toIsoDate({ year, month, date }: PickerDate): IsoDate {
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

export function toPickerDate(value: IsoDate): PickerDate {
  const [year, month, day] = value.split('-').map(Number);
  return { year: year ?? 1970, month: (month ?? 1) - 1, date: day ?? 1 };
}

export function toNumberLabel(value: number | null, unit: string | null = null): string {
  if (value === null) return '—';
  return unit === null ? String(value) : `${value} ${unit}`;
}

export const phaseLabels: Record<ContractPhase, string> = {
  kickoff: 'Kickoff',
  activation: 'Activation',
  adoption: 'Adoption',
  value_review: 'Value review',
  completed: 'Completed',
  overdue: 'Overdue',
};

export const riskVariants: Record<ContractRiskLevel, TagVariant> = {
  low: 'success',
  medium: 'warning',
  high: 'danger',
  critical: 'danger',
};

export const outcomeVariants: Record<ContractOnboardingOutcome, TagVariant> = {
  completed: 'success',
  churned: 'danger',
  abandoned: 'warning',
};

export const severityVariants: Record<ContractSeverity, TagVariant> = {
  info: 'info',
  warning: 'warning',
  high: 'danger',
  critical: 'danger',
};

export const criterionStatusVariants: Record<ContractCriterionStatus, TagVariant> = {
  not_started: 'default',
  in_progress: 'info',
  achieved: 'success',
  missed: 'danger',
  retired: 'default',
};

export const milestoneStatusVariants: Record<ContractMilestoneStatus, TagVariant> = {
  pending: 'default',
  done: 'success',
  late: 'danger',
  skipped: 'info',
};

/** Who completed a step or a milestone: its rule, proven by the product's data, or a person's word. */
export const completedByLabels: Record<ContractCompletedBy, string> = {
  data: 'by the data',
  person: 'by a person',
};

/** Which way is better, as the card's select offers it and as a criterion's terms say it. */
export const directionLabels: Record<ContractCriterionDirection, string> = {
  increase: 'Increase: more is better',
  decrease: 'Decrease: fewer is better',
};

export const directionOptions = contractCriterionDirections.map((direction) => ({
  label: directionLabels[direction],
  value: direction,
}));

/** The direction Select's value back as a direction (its options are the two directions). */
export const parseDirection = (value: unknown): ContractCriterionDirection =>
  value === 'decrease' ? 'decrease' : 'increase';

/** Where the current value comes from: computed from the product's usage, or entered by a person. */
export const currentSourceLabels: Record<ContractCurrentSource, string> = {
  data: 'from usage',
  manual: 'entered',
};

/** A change of a signal's handling, in words: a person's own, or Liftoff seeing its condition clear or hold. */
export const signalHistoryActionLabels: Record<ContractSignalHistoryAction, string> = {
  open: 'Opened',
  acknowledged: 'Acknowledged',
  snoozed: 'Snoozed',
  resolved: 'Resolved',
  condition_cleared: 'Condition cleared',
  reopened: 'Re-opened: its condition still held',
};

export const roleLabels: Record<ContractStakeholderRole, string> = {
  economic_decision_maker: 'Economic decision maker',
  end_user: 'End user',
  technical_influencer: 'Technical influencer',
  sponsor: 'Sponsor',
  validation_owner: 'Validation owner',
};

export const signalLabels: Record<ContractSignalType, string> = {
  no_criteria: 'No measurable criteria',
  too_many_criteria: 'Too many criteria',
  complex_first_week: 'Complex first week',
  no_first_login: 'No first login',
  low_activation: 'Low activation',
  usage_drop: 'Usage drop',
  unanswered_outreach: 'Unanswered outreach',
  unresolved_tickets: 'Unresolved tickets',
  milestone_overdue: 'Milestone overdue',
  criterion_at_risk: 'Criterion at risk',
  single_threaded: 'Single-threaded',
  no_validation_owner: 'No validation owner',
  no_baseline: 'No baseline',
};

/** `no_first_login` → `No first login`, for labels the card does not know. */
export function toWordsLabel(value: string): string {
  const words = value.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
