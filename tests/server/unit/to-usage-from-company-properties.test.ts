import { describe, expect, it } from 'vitest';
import type { Login } from '@liftoff/shared/domain/index';
import type { UsagePropertyMapping } from '../../../server/src/onboarding/settings/parse-usage-property-mapping.ts';
import {
  listUsagePropertyNames,
  parseUsagePropertyMapping,
} from '../../../server/src/onboarding/settings/parse-usage-property-mapping.ts';
import type { CompanyUsageProperties } from '../../../server/src/onboarding/usage/to-usage-from-company-properties.ts';
import { toUsageFromCompanyProperties } from '../../../server/src/onboarding/usage/to-usage-from-company-properties.ts';
import type { UsageEventInput } from '../../../server/src/onboarding/ports/index.ts';

const NOW = Date.parse('2026-03-02T09:00:00.000Z');
const DAY_MS = 86_400_000;

const mapping: UsagePropertyMapping = {
  lastLoginAt: 'product_last_login',
  logins7d: 'product_logins_7d',
  activeUsers7d: 'product_active_users_7d',
  featureLastUsedAt: { reports: 'product_reports_last_used' },
};

function buildInput(overrides: Partial<CompanyUsageProperties> = {}): CompanyUsageProperties {
  return { companyId: '101', mapping, values: {}, recentLogins: [], now: NOW, ...overrides };
}

const logins = (events: readonly UsageEventInput[]) => events.filter((event) => event.kind === 'login');
const inLastWeek = (at: number) => at > NOW - 7 * DAY_MS && at <= NOW;

/** What the store would hold after appending these events: the logins, as the next refresh reads them back. */
const toRecorded = (events: readonly UsageEventInput[]): Login[] =>
  logins(events).map(({ at, userId }) => ({ at, userId }));

describe('toUsageFromCompanyProperties', () => {
  it('turns the last login date into one login at that instant', () => {
    const events = toUsageFromCompanyProperties(
      buildInput({
        mapping: { lastLoginAt: 'product_last_login' },
        values: { product_last_login: '2026-02-27T10:00:00Z' },
      }),
    );

    expect(events).toEqual([
      {
        eventId: `hubspot-property:101:last-login:${Date.parse('2026-02-27T10:00:00Z')}`,
        companyId: '101',
        kind: 'login',
        at: Date.parse('2026-02-27T10:00:00Z'),
        userId: 'hubspot-property:user-1',
      },
    ]);
  });

  it.each([
    ['an ISO datetime', '2026-02-27T10:00:00.000Z', Date.parse('2026-02-27T10:00:00.000Z')],
    ['a date property', '2026-02-27', Date.parse('2026-02-27T00:00:00.000Z')],
    ['epoch milliseconds', String(Date.parse('2026-02-27T10:00:00Z')), Date.parse('2026-02-27T10:00:00Z')],
  ])('reads the last login from %s', (_label, value, at) => {
    const events = toUsageFromCompanyProperties(
      buildInput({ mapping: { lastLoginAt: 'product_last_login' }, values: { product_last_login: value } }),
    );

    expect(events.map((event) => event.at)).toEqual([at]);
  });

  it.each([
    ['empty', ''],
    ['null', null],
    ['malformed', 'last tuesday'],
    ['in the future', '2026-03-05T10:00:00Z'],
  ])('records nothing when the last login value is %s', (_label, value) => {
    const events = toUsageFromCompanyProperties(
      buildInput({ mapping: { lastLoginAt: 'product_last_login' }, values: { product_last_login: value } }),
    );

    expect(events).toEqual([]);
  });

  it('spreads the 7-day login count over the window, from as many distinct users as the active-user count', () => {
    const events = toUsageFromCompanyProperties(
      buildInput({ values: { product_logins_7d: '12', product_active_users_7d: '3' } }),
    );

    expect(logins(events)).toHaveLength(12);
    expect(new Set(logins(events).map((event) => event.userId)).size).toBe(3);
    expect(logins(events).every((event) => inLastWeek(event.at))).toBe(true);
    expect(new Set(events.map((event) => event.eventId)).size).toBe(12);
  });

  it('counts the last login towards the 7-day count', () => {
    const events = toUsageFromCompanyProperties(
      buildInput({ values: { product_last_login: '2026-03-01T10:00:00Z', product_logins_7d: '4' } }),
    );

    expect(logins(events)).toHaveLength(4);
  });

  it('creates at least one login per active user when the login count is lower or unmapped', () => {
    const events = toUsageFromCompanyProperties(
      buildInput({ mapping: { activeUsers7d: 'product_active_users_7d' }, values: { product_active_users_7d: '5.0' } }),
    );

    expect(new Set(logins(events).map((event) => event.userId)).size).toBe(5);
  });

  it('adds nothing when a refresh reads the same counts again', () => {
    const values = { product_logins_7d: '12', product_active_users_7d: '3' };
    const first = toUsageFromCompanyProperties(buildInput({ values }));

    const again = toUsageFromCompanyProperties(
      buildInput({ values, recentLogins: toRecorded(first), now: NOW + 3_600_000 }),
    );

    expect(again).toEqual([]);
  });

  it('adds only the difference when the count grows, and new users when the active users do', () => {
    const first = toUsageFromCompanyProperties(
      buildInput({ values: { product_logins_7d: '4', product_active_users_7d: '1' } }),
    );

    const next = toUsageFromCompanyProperties(
      buildInput({ values: { product_logins_7d: '6', product_active_users_7d: '2' }, recentLogins: toRecorded(first) }),
    );

    expect(logins(next)).toHaveLength(2);
    expect(new Set([...first, ...next].map((event) => event.userId)).size).toBe(2);
  });

  it('ignores logins from the product itself when reconciling the counts', () => {
    const fromProduct: Login[] = [{ at: NOW - DAY_MS, userId: 'u1' }];

    const events = toUsageFromCompanyProperties(
      buildInput({
        mapping: { logins7d: 'product_logins_7d' },
        values: { product_logins_7d: '2' },
        recentLogins: fromProduct,
      }),
    );

    expect(logins(events)).toHaveLength(2);
  });

  it("turns a key feature's last-use date into a feature use", () => {
    const events = toUsageFromCompanyProperties(
      buildInput({ values: { product_reports_last_used: '2026-02-28T12:00:00Z' } }),
    );

    expect(events).toEqual([
      expect.objectContaining({ kind: 'feature_use', feature: 'reports', at: Date.parse('2026-02-28T12:00:00Z') }),
    ]);
  });

  it('is deterministic: the same inputs give the same event ids', () => {
    const values = { product_last_login: '2026-03-01T10:00:00Z', product_logins_7d: '9', product_active_users_7d: '4' };

    expect(toUsageFromCompanyProperties(buildInput({ values }))).toEqual(
      toUsageFromCompanyProperties(buildInput({ values })),
    );
  });
});

describe('parseUsagePropertyMapping', () => {
  it.each([
    ['an empty mapping', {}],
    ['every input', mapping],
  ])('accepts %s', (_label, value) => {
    expect(parseUsagePropertyMapping(value)).toEqual({ ok: true, value });
  });

  it.each([
    ['a property name with capitals', { logins7d: 'Logins' }, 'logins7d'],
    ["Liftoff's own property", { lastLoginAt: 'liftoff_last_login_at' }, 'lastLoginAt'],
    ['an unknown input', { logins30d: 'product_logins_30d' }, ''],
    ['a feature key with a space', { featureLastUsedAt: { 'big reports': 'x' } }, 'featureLastUsedAt.big reports'],
  ])('refuses %s, naming the path', (_label, value, path) => {
    const parsed = parseUsagePropertyMapping(value);

    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.error.map((issue) => issue.path)).toContain(path);
  });

  it('lists each mapped property once', () => {
    expect(
      listUsagePropertyNames({ lastLoginAt: 'a', logins7d: 'b', activeUsers7d: 'b', featureLastUsedAt: { x: 'a' } }),
    ).toEqual(['a', 'b']);
  });
});
