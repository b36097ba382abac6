import type { ErrorIssue } from '@liftoff/shared/contract/index';
import { fail, succeed } from '../../result.ts';
import type { Result } from '../../result.ts';
import type { ThresholdUnit, ThresholdView } from '@liftoff/shared/contract/index';
import { defaultThresholds, mergeThresholds } from '@liftoff/shared/engine/index';
import type { ThresholdOverrides, Thresholds } from '@liftoff/shared/engine/index';
import { parseThresholdOverrides } from './parse-threshold-overrides.ts';

/** Dotted paths to every number of the engine's thresholds, e.g. `noFirstLogin.fromDay`, `health.weights.usage`. */
type LeafPath<T> = {
  [K in keyof T & string]: T[K] extends number ? K : `${K}.${LeafPath<T[K]>}`;
}[keyof T & string];

type ThresholdKey = LeafPath<Thresholds>;

interface ThresholdSetting {
  label: string;
  unit: ThresholdUnit;
  /** Ratios are stored 0–1 and shown as percentages (×100) on the settings page. */
  scale: number;
}

const days = (label: string): ThresholdSetting => ({ label, unit: 'days', scale: 1 });
const count = (label: string): ThresholdSetting => ({ label, unit: 'count', scale: 1 });
const percent = (label: string, scale = 1): ThresholdSetting => ({ label, unit: 'percent', scale });

/**
 * Every threshold the engine decides with, as the settings page shows it (docs/PRODUCT.md §4: every threshold is
 * configurable per portal). Typed by the engine's shape, so a threshold added to the engine without a label here
 * does not compile.
 */
const thresholdSettings: Readonly<Record<ThresholdKey, ThresholdSetting>> = {
  'noCriteria.fromDay': days('No criteria: from day'),
  'noCriteria.minMeasurable': count('No criteria: measurable criteria required'),
  'tooManyCriteria.max': count('Too many criteria: most criteria'),
  'complexFirstWeek.maxSteps': count('Complex first week: most first-week steps'),
  'noFirstLogin.fromDay': days('No first login: from day'),
  'lowActivation.fromDay': days('Low activation: from day'),
  'lowActivation.minLogins7d': count('Low activation: logins required in 7 days'),
  'usageDrop.maxRatio': percent("Usage drop: this week below this share of last week's", 100),
  'usageDrop.minPriorWeek': count('Usage drop: logins required in the earlier week'),
  'unansweredOutreach.windowDays': days('Unanswered outreach: window'),
  'unansweredOutreach.minOutbound': count('Unanswered outreach: outbound attempts'),
  'unansweredOutreach.highFromOutbound': count('Unanswered outreach: high severity from attempts'),
  'unresolvedTickets.minOpen': count('Unresolved tickets: open tickets'),
  'unresolvedTickets.priorityAgeDays': days('Unresolved tickets: high-priority ticket age'),
  'unresolvedTickets.sameCategoryWindowDays': days('Unresolved tickets: same-category window'),
  'unresolvedTickets.sameCategoryMin': count('Unresolved tickets: same-category tickets'),
  'criterionAtRisk.dueWithinDays': days('Criterion at risk: due within'),
  'criterionAtRisk.minProgress': percent('Criterion at risk: progress required', 100),
  'singleThreaded.fromDay': days('Single-threaded: from day'),
  'singleThreaded.minCircles': count('Single-threaded: circles required'),
  'singleThreaded.minEngagedContacts': count('Single-threaded: engaged contacts required'),
  'singleThreaded.engagedWithinDays': days('Single-threaded: engaged within'),
  'noValidationOwner.fromDay': days('No validation owner: from day'),
  'noBaseline.fromDay': days('No baseline: from day'),
  'escalation.level2FromDays': days('Escalation level 2 after'),
  'escalation.level3FromDays': days('Escalation level 3 after'),
  'signalHandling.reescalateAfterAcknowledgedDays': days('Acknowledged high/critical signal escalates again after'),
  'signalHandling.maxSnoozeDays': days('Longest snooze'),
  'health.weights.usage': percent('Health weight: usage'),
  'health.weights.engagement': percent('Health weight: engagement'),
  'health.weights.milestones': percent('Health weight: milestones'),
  'health.weights.criteria': percent('Health weight: criteria'),
  'health.weights.support': percent('Health weight: support'),
  'health.penaltyPerOpenHigh': count('Health points lost per open high signal'),
  'health.penaltyPerOpenCritical': count('Health points lost per open critical signal'),
  'health.targetLogins7d': count('Health: logins in 7 days for full usage points'),
  'health.supportPenaltyPerOpenTicket': count('Health: support points lost per open ticket'),
  'risk.criticalBelow': count('Risk critical below health score'),
  'risk.highBelow': count('Risk high below health score'),
  'risk.mediumBelow': count('Risk medium below health score'),
};

const thresholdKeys = Object.keys(thresholdSettings) as ThresholdKey[];

function isThresholdKey(key: string): key is ThresholdKey {
  return Object.hasOwn(thresholdSettings, key);
}

function readThreshold(thresholds: Thresholds, key: ThresholdKey): number {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], thresholds);
  return value as number;
}

/** Rounds away the float noise of scaling (0.55 × 100 = 55.00000000000001). */
function toScaled(value: number, scale: number): number {
  return Math.round(value * scale * 1e9) / 1e9;
}

/** The settings page's thresholds: each one's effective value for the portal beside the engine's default. */
export function toThresholdViews(overrides: ThresholdOverrides): ThresholdView[] {
  const effective = mergeThresholds(overrides);
  return thresholdKeys.map((key) => {
    const { label, unit, scale } = thresholdSettings[key];
    return {
      key,
      label,
      unit,
      value: toScaled(readThreshold(effective, key), scale),
      defaultValue: toScaled(readThreshold(defaultThresholds, key), scale),
    };
  });
}

function setPath(target: Record<string, unknown>, key: string, value: number): void {
  const parts = key.split('.');
  const last = parts.pop() as string;
  let node = target;
  for (const part of parts) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[last] = value;
}

/**
 * The settings page's threshold list (`thresholds[i] = { key, value }`, values as shown) to the overrides the
 * portal stores. A value equal to the default is no override, so a later change of a default reaches the portal;
 * a threshold left out of the list returns to its default. Validated by parseThresholdOverrides; each issue names
 * the list entry at fault (`thresholds.3.value`).
 */
export function toThresholdOverridesFromList(
  list: readonly { key: string; value: number }[],
): Result<ThresholdOverrides, ErrorIssue[]> {
  const issues: ErrorIssue[] = [];
  const indexByKey = new Map<string, number>();
  const nested: Record<string, unknown> = {};
  list.forEach(({ key, value }, index) => {
    if (!isThresholdKey(key)) {
      issues.push({ path: `thresholds.${index}.key`, message: `unknown threshold "${key}"` });
      return;
    }
    if (indexByKey.has(key)) {
      issues.push({ path: `thresholds.${index}.key`, message: `threshold "${key}" is listed twice` });
      return;
    }
    indexByKey.set(key, index);
    const { scale } = thresholdSettings[key];
    if (value !== toScaled(readThreshold(defaultThresholds, key), scale)) setPath(nested, key, value / scale);
  });
  const parsed = parseThresholdOverrides(nested);
  if (!parsed.ok) {
    issues.push(
      ...parsed.error.map((issue) => {
        const index = indexByKey.get(issue.path);
        return { path: index === undefined ? 'thresholds' : `thresholds.${index}.value`, message: issue.message };
      }),
    );
  }
  if (issues.length > 0 || !parsed.ok) return fail(issues);
  return succeed(parsed.value);
}
