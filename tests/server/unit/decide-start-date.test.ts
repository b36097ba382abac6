import { describe, expect, it } from 'vitest';
import { decideStartDate } from '../../../server/src/onboarding/model/decide-start-date.ts';
import { date, instant } from '../../support/build-onboarding.ts';

const NOW = instant('2026-03-02T09:00:00.000Z');

describe('decideStartDate (as of 2026-03-02: from 1,825 days back to 365 days ahead, both included)', () => {
  it.each([
    ['today', '2026-03-02'],
    ['a kickoff booked next month', '2026-04-01'],
    ['the last day ahead', '2027-03-02'],
    ['a deal closed two years ago', '2024-03-02'],
    ['the first day back', '2021-03-03'],
  ])('accepts %s (%s)', (_label, iso) => {
    expect(decideStartDate(date(iso), NOW)).toEqual({ ok: true, value: date(iso) });
  });

  it.each([
    ['the day after the last day ahead', '2027-03-03'],
    ['the year 9999', '9999-12-31'],
    ['the day before the first day back', '2021-03-02'],
    ['the epoch', '1970-01-01'],
  ])('refuses %s (%s), naming it and the window', (_label, iso) => {
    expect(decideStartDate(date(iso), NOW)).toEqual({
      ok: false,
      error: `${iso} is outside the start window: expected a date from 2021-03-03 to 2027-03-02 (at most 1825 days back, 365 days ahead)`,
    });
  });

  it('counts from the UTC date of now, whatever its time of day', () => {
    const lateEvening = instant('2026-03-02T23:59:59.999Z');
    expect(decideStartDate(date('2027-03-02'), lateEvening).ok).toBe(true);
    expect(decideStartDate(date('2027-03-03'), lateEvening).ok).toBe(false);
  });
});
