import type { ActivitySnapshot, CalendarDate, Instant } from '../../domain/index.ts';
import { DAY_MS, dayNumber } from '../../time/calendar.ts';
import { usageMonthDays, usageWeekDays } from '../method-calendar.ts';

/** The criterion metrics Liftoff computes from the activity (docs/PRODUCT.md §3.1); any other metric is manual. */
export const computedMetricKinds = [
  'weekly_active_users',
  'logins_7d',
  'active_users_30d',
  'feature_uses_30d',
  'days_to_first_value',
] as const;
export type ComputedMetricKind = (typeof computedMetricKinds)[number];

export type ComputedMetric =
  { kind: Exclude<ComputedMetricKind, 'feature_uses_30d'> } | { kind: 'feature_uses_30d'; feature: string };

const featureUsesPrefix = 'feature_uses_30d:';

/**
 * A criterion's metric name → the metric Liftoff computes, or null for a metric a person enters (manual).
 * `feature_uses_30d` names its feature after a colon (`feature_uses_30d:reports`); without one it is manual.
 */
export function parseComputedMetric(metric: string | null): ComputedMetric | null {
  if (metric === null) return null;
  if (metric.startsWith(featureUsesPrefix)) {
    const feature = metric.slice(featureUsesPrefix.length);
    return feature.length > 0 ? { kind: 'feature_uses_30d', feature } : null;
  }
  switch (metric) {
    case 'weekly_active_users':
    case 'logins_7d':
    case 'active_users_30d':
    case 'days_to_first_value':
      return { kind: metric };
    default:
      return null;
  }
}

/**
 * The metric's value at instant `at`, from the activity alone (events after `at` are ignored):
 * - `weekly_active_users`: distinct users who logged in in the last 7 days, (at − 7 d, at];
 * - `logins_7d`: logins in the last 7 days; `active_users_30d`: distinct users who logged in in the last 30 days;
 * - `feature_uses_30d:<feature>`: uses of that feature in the last 30 days;
 * - `days_to_first_value`: whole days from the start date to the first use of a key feature (any feature when the
 *   plan names none) on or after the start; null while there is none yet.
 * The windows count usage from before the start too: a baseline at the start is the usage the customer came with.
 */
export function computeMetric(
  metric: ComputedMetric,
  activity: ActivitySnapshot,
  start: CalendarDate,
  at: Instant,
  keyFeatures: readonly string[],
): number | null {
  switch (metric.kind) {
    case 'weekly_active_users':
      return countLoginUsers(activity, at - usageWeekDays * DAY_MS, at);
    case 'logins_7d':
      return countLogins(activity, at - usageWeekDays * DAY_MS, at);
    case 'active_users_30d':
      return countLoginUsers(activity, at - usageMonthDays * DAY_MS, at);
    case 'feature_uses_30d':
      return countFeatureUses(activity, metric.feature, at - usageMonthDays * DAY_MS, at);
    case 'days_to_first_value':
      return toDaysToFirstValue(activity, start, at, keyFeatures);
  }
}

/** Logins in (from, to]. */
function countLogins(activity: ActivitySnapshot, from: Instant, to: Instant): number {
  let count = 0;
  for (const login of activity.logins) if (login.at > from && login.at <= to) count += 1;
  return count;
}

/** Distinct users who logged in in (from, to]. */
function countLoginUsers(activity: ActivitySnapshot, from: Instant, to: Instant): number {
  const users = new Set<string>();
  for (const login of activity.logins) if (login.at > from && login.at <= to) users.add(login.userId);
  return users.size;
}

/** Uses of `feature` in (from, to]. */
function countFeatureUses(activity: ActivitySnapshot, feature: string, from: Instant, to: Instant): number {
  let count = 0;
  for (const use of activity.featureUses) if (use.feature === feature && use.at > from && use.at <= to) count += 1;
  return count;
}

function toDaysToFirstValue(
  activity: ActivitySnapshot,
  start: CalendarDate,
  at: Instant,
  keyFeatures: readonly string[],
): number | null {
  let first: Instant | null = null;
  for (const use of activity.featureUses) {
    if (use.at < start || use.at > at) continue;
    if (keyFeatures.length > 0 && !keyFeatures.includes(use.feature)) continue;
    if (first === null || use.at < first) first = use.at;
  }
  return first === null ? null : dayNumber(start, first);
}
