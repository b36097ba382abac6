import { describe, expect, it } from 'vitest';
import { isSameValue } from '../../../server/src/onboarding/sync/known-values.ts';

describe('comparing a desired value with what HubSpot is known to hold', () => {
  it.each([
    ['the same fields in another order', { status: 'open', key: 'k' }, { key: 'k', status: 'open' }, true],
    ['nested objects in another order', [{ a: 1, b: { c: 2, d: 3 } }], [{ b: { d: 3, c: 2 }, a: 1 }], true],
    ['an absent and an undefined field', { a: 1, b: undefined }, { a: 1 }, true],
    ['a changed value', { status: 'open' }, { status: 'resolved' }, false],
    ['a number and its string', { day: 14 }, { day: '14' }, false],
    ['arrays in another order', ['a', 'b'], ['b', 'a'], false],
    ['null and an absent field', { a: null }, {}, false],
  ])('%s → %s', (_case, a, b, same) => {
    expect(isSameValue(a, b)).toBe(same);
  });
});
