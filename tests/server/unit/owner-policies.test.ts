import { describe, expect, it } from 'vitest';
import { parseOwnerId } from '../../../server/src/hubspot/model/owner-property.ts';
import { toCrmOwner } from '../../../server/src/hubspot/reads/to-crm-owner.ts';
import { ownerPropertySchema } from '../../../server/src/onboarding/settings/owner-property-schema.ts';
import { listOwnersToRead, OWNER_CACHE_MS } from '../../../server/src/onboarding/sync/list-owners-to-read.ts';
import type { CachedOwner } from '../../../server/src/onboarding/ports/index.ts';

const NOW = Date.parse('2026-03-10T09:00:00.000Z');

const cached = (id: string, ageMs: number): CachedOwner => ({
  id,
  name: `Owner ${id}`,
  email: null,
  teams: [],
  refreshedAt: NOW - ageMs,
});

describe('which owners the refresh reads again', () => {
  it.each([
    [
      'none when every owner seen is cached and fresh',
      ['1', '2'],
      [cached('1', 0), cached('2', OWNER_CACHE_MS - 1)],
      [],
    ],
    ['an owner never read', ['1', '3'], [cached('1', 0)], ['3']],
    ['an owner read a day ago or more', ['1', '2'], [cached('1', OWNER_CACHE_MS), cached('2', 0)], ['1']],
    ['each owner once, in the order seen', ['4', '3', '4'], [], ['4', '3']],
    ['none when the refresh saw no owner', [], [cached('1', OWNER_CACHE_MS * 3)], []],
  ])('%s', (_case, seen, known, expected) => {
    expect(listOwnersToRead(seen, known, NOW)).toEqual(expected);
  });
});

describe("an owner property's value", () => {
  it.each([
    ['an owner id', '9001', '9001'],
    ['an owner id with spaces around', ' 9001 ', '9001'],
    ['empty', '', null],
    ['absent', undefined, null],
    ['null', null, null],
    ['text (a property that is no owner property)', 'Casey Morgan', null],
    ['several ids (a multi-select property)', '9001;9002', null],
  ])('%s names %s', (_case, value, expected) => {
    expect(parseOwnerId(value)).toBe(expected);
  });
});

describe("an owner's name from HubSpot's owners list", () => {
  const base = { id: '9001' };
  it.each([
    ['first and last name', { firstName: 'Casey', lastName: 'Morgan', email: 'c@v.test' }, 'Casey Morgan'],
    ['the first name alone', { firstName: 'Casey', lastName: ' ' }, 'Casey'],
    ['the email without a name', { email: ' c@v.test ' }, 'c@v.test'],
    ['none without name or email', {}, null],
  ])('%s', (_case, details, name) => {
    expect(toCrmOwner({ ...base, ...details }).name).toBe(name);
  });

  it('keeps the email and every team, the primary one marked', () => {
    const teams = [
      { id: '12', name: 'Customer Success', primary: true },
      { id: '13', name: 'EMEA', primary: false },
    ];
    expect(toCrmOwner({ ...base, email: 'c@v.test', teams })).toEqual({
      id: '9001',
      name: 'c@v.test',
      email: 'c@v.test',
      teams,
    });
  });
});

describe('the owner property a portal can name on its settings page', () => {
  it.each([
    ['an owner property', 'csm_owner', true],
    ['HubSpot company owner', 'hubspot_owner_id', true],
    ['null, back to the company owner', null, true],
    ['a label rather than an internal name', 'CSM Owner', false],
    ['an empty name', '  ', false],
    ['a name starting with a digit', '1st_owner', false],
    ["one of Liftoff's own properties", 'liftoff_health_score', false],
    ['a name over 100 characters', `a${'b'.repeat(100)}`, false],
  ])('%s: accepted %s', (_case, value, accepted) => {
    expect(ownerPropertySchema.safeParse(value).success).toBe(accepted);
  });
});
