import type { Instant, Login } from '@liftoff/shared/domain/index';
import { parseIsoDate, parseIsoInstant } from '@liftoff/shared/time/iso';
import type { UsageEventInput } from '../ports/index.ts';
import type { UsagePropertyMapping } from '../settings/parse-usage-property-mapping.ts';

const WEEK_MS = 7 * 86_400_000;

/** Users synthesised from company properties: the CRM knows counts, not who logged in. */
const PROPERTY_USER_PREFIX = 'hubspot-property:user-';

export interface CompanyUsageProperties {
  companyId: string;
  mapping: UsagePropertyMapping;
  /** The raw values of the mapped company properties, as the CRM holds them (null or absent = no value). */
  values: Readonly<Record<string, string | null>>;
  /** The company's logins already recorded in the last 7 days; property-derived ones are reconciled, not repeated. */
  recentLogins: readonly Login[];
  now: Instant;
}

/** CRM datetime values: ISO 8601, `YYYY-MM-DD` for date properties, or epoch milliseconds for older properties. */
function parseInstantValue(value: string | null | undefined): Instant | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text);
  return parseIsoInstant(text) ?? parseIsoDate(text);
}

/** A count property: a whole number ≥ 0 (HubSpot may send `12.0`); anything else is no data. */
function parseCountValue(value: string | null | undefined): number | null {
  const text = value?.trim() ?? '';
  if (text === '') return null;
  const count = Number(text);
  return Number.isFinite(count) && count >= 0 ? Math.floor(count) : null;
}

function readValue(values: CompanyUsageProperties['values'], property: string | undefined): string | null {
  return property === undefined ? null : (values[property] ?? null);
}

function toPropertyUserId(n: number): string {
  return `${PROPERTY_USER_PREFIX}${n}`;
}

function toLastLogin(input: CompanyUsageProperties): UsageEventInput | null {
  const at = parseInstantValue(readValue(input.values, input.mapping.lastLoginAt));
  if (at === null || at > input.now) return null;
  return {
    eventId: `hubspot-property:${input.companyId}:last-login:${at}`,
    companyId: input.companyId,
    kind: 'login',
    at,
    userId: toPropertyUserId(1),
  };
}

function toFeatureUses(input: CompanyUsageProperties): UsageEventInput[] {
  return Object.entries(input.mapping.featureLastUsedAt ?? {}).flatMap(([feature, property]) => {
    const at = parseInstantValue(readValue(input.values, property));
    if (at === null || at > input.now) return [];
    const eventId = `hubspot-property:${input.companyId}:feature:${feature}:${at}`;
    return [
      { eventId, companyId: input.companyId, kind: 'feature_use' as const, at, userId: toPropertyUserId(1), feature },
    ];
  });
}

/**
 * The logins the 7-day counts call for beyond those already recorded. A count says "N logins by M users in the
 * last 7 days", not when: the missing logins are spread evenly back from `now` over the window, each from a
 * synthesised user until M distinct users are reached. Reconciling against the property-derived logins already in
 * the window means a count unchanged since the last refresh adds nothing; a count that falls simply lets older
 * logins age out. Ids derive from the instant and the user, so a repeated refresh at the same instant is a duplicate.
 */
function toWindowLogins(input: CompanyUsageProperties, lastLogin: UsageEventInput | null): UsageEventInput[] {
  const logins7d = parseCountValue(readValue(input.values, input.mapping.logins7d));
  const activeUsers7d = parseCountValue(readValue(input.values, input.mapping.activeUsers7d));
  if (logins7d === null && activeUsers7d === null) return [];
  const windowStart = input.now - WEEK_MS;
  const inWindow = (login: Login) => login.at > windowStart && login.at <= input.now;
  const recorded = input.recentLogins.filter(
    (login) => login.userId.startsWith(PROPERTY_USER_PREFIX) && inWindow(login),
  );
  const isRecorded = (login: Login) => recorded.some((other) => other.at === login.at && other.userId === login.userId);
  const existing =
    lastLogin !== null && inWindow(lastLogin) && !isRecorded(lastLogin) ? [...recorded, lastLogin] : recorded;

  const targetLogins = Math.max(logins7d ?? 0, activeUsers7d ?? 0);
  const targetUsers = activeUsers7d ?? Math.min(targetLogins, 1);
  const users = new Set(existing.map((login) => login.userId));
  const missingUsers = Math.max(0, targetUsers - users.size);
  const missing = Math.max(targetLogins - existing.length, missingUsers);

  const logins: UsageEventInput[] = [];
  let nextUser = 1;
  for (let i = 0; i < missing; i += 1) {
    let userId = toPropertyUserId(1);
    if (i < missingUsers) {
      while (users.has(toPropertyUserId(nextUser))) nextUser += 1;
      userId = toPropertyUserId(nextUser);
      users.add(userId);
    }
    const at = input.now - Math.floor((i * WEEK_MS) / missing);
    logins.push({
      eventId: `hubspot-property:${input.companyId}:login:${at}:${userId}`,
      companyId: input.companyId,
      kind: 'login',
      at,
      userId,
    });
  }
  return logins;
}

/**
 * Turns a company's mapped usage properties into usage events (docs/PRODUCT.md §6), the same inputs the ingestion
 * endpoint records, so the engine sees one kind of usage whatever its source: the last login date becomes a login,
 * the 7-day counts become logins spread over the window from distinct users, each key feature's last-use date a
 * feature use. Values in the future or malformed are no data. Pure: the caller appends the events (idempotent by id).
 */
export function toUsageFromCompanyProperties(input: CompanyUsageProperties): UsageEventInput[] {
  const lastLogin = toLastLogin(input);
  return [...(lastLogin === null ? [] : [lastLogin]), ...toWindowLogins(input, lastLogin), ...toFeatureUses(input)];
}
