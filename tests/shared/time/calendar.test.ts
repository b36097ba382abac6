import { DAY_MS, addDays, dayNumber, isPastDue, toCalendarDate } from '@liftoff/shared/time/calendar';
import {
  parseIsoDate,
  parseIsoInstant,
  toIsoDate,
  toIsoInstant,
  toIsoMonth,
  toShortEnglishDate,
} from '@liftoff/shared/time/iso';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const date = (iso: string) => parseIsoDate(iso) as number;
const at = (iso: string) => parseIsoInstant(iso) as number;

describe('dayNumber', () => {
  it.each([
    { now: '2026-02-01T00:00:00Z', day: 0 },
    { now: '2026-02-01T23:59:59.999Z', day: 0 },
    { now: '2026-02-02T00:00:00Z', day: 1 },
    { now: '2026-03-02T12:00:00Z', day: 29 },
    { now: '2026-01-31T23:00:00Z', day: -1 },
  ])('day of $now from 2026-02-01 is $day', ({ now, day }) => {
    expect(dayNumber(date('2026-02-01'), at(now))).toBe(day);
  });

  it('counts across the March daylight-saving change as plain UTC days', () => {
    expect(dayNumber(date('2026-03-28'), at('2026-03-30T01:30:00+02:00'))).toBe(1);
  });
});

describe('calendar helpers', () => {
  it('floors an instant to its UTC date', () => {
    expect(toCalendarDate(at('2026-02-01T23:59:59Z'))).toBe(date('2026-02-01'));
  });

  it('adds days', () => {
    expect(addDays(date('2026-02-27'), 2)).toBe(date('2026-03-01'));
    expect(addDays(date('2026-02-27'), -27)).toBe(date('2026-01-31'));
  });

  it.each([
    { now: '2026-02-08T23:59:59Z', past: false },
    { now: '2026-02-09T00:00:00Z', past: true },
  ])('a date due 2026-02-08 is past due at $now: $past', ({ now, past }) => {
    expect(isPastDue(date('2026-02-08'), at(now))).toBe(past);
  });

  it('has 86 400 000 ms in a day', () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});

describe('ISO formats', () => {
  it('formats dates, months and instants in UTC', () => {
    const instant = at('2026-03-02T23:30:00-02:00');
    expect(toIsoDate(instant)).toBe('2026-03-03');
    expect(toIsoMonth(instant)).toBe('2026-03');
    expect(toIsoInstant(instant)).toBe('2026-03-03T01:30:00.000Z');
  });

  it.each([
    { instant: '2026-12-12T00:00:00Z', text: '12 Dec' },
    { instant: '2026-01-01T23:59:59Z', text: '1 Jan' },
    { instant: '2026-03-01T01:00:00+02:00', text: '28 Feb' },
    { instant: '2028-02-29T12:00:00Z', text: '29 Feb' },
  ])('writes $instant as the short English date "$text" (UTC)', ({ instant, text }) => {
    expect(toShortEnglishDate(at(instant))).toBe(text);
  });

  it('formats any instant from 1970 to 9999 as the platform does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253_402_300_799_999 }), (instant) => {
        const iso = new Date(instant).toISOString();
        expect(toIsoDate(instant)).toBe(iso.slice(0, 10));
        expect(toIsoMonth(instant)).toBe(iso.slice(0, 7));
      }),
    );
  });

  it.each([
    { text: '2026-02-28', ok: true },
    { text: '2024-02-29', ok: true },
    { text: '2026-02-29', ok: false },
    { text: '2026-13-01', ok: false },
    { text: '2026-2-01', ok: false },
    { text: '2026-02-01T00:00:00Z', ok: false },
    { text: '', ok: false },
  ])('parseIsoDate("$text") succeeds: $ok', ({ text, ok }) => {
    const parsed = parseIsoDate(text);
    expect(parsed !== null).toBe(ok);
    if (parsed !== null) expect(toIsoDate(parsed)).toBe(text);
  });

  it.each([
    { text: '2026-03-02T12:00:00Z', expected: Date.UTC(2026, 2, 2, 12) },
    { text: '2026-03-02T12:00:00.250Z', expected: Date.UTC(2026, 2, 2, 12, 0, 0, 250) },
    { text: '2026-03-02T14:00+02:00', expected: Date.UTC(2026, 2, 2, 12) },
    { text: '2026-03-02T12:00:00', expected: null },
    { text: '2026-03-02', expected: null },
    { text: '2026-02-30T12:00:00Z', expected: null },
    { text: 'yesterday', expected: null },
  ])('parseIsoInstant("$text") → $expected', ({ text, expected }) => {
    expect(parseIsoInstant(text)).toBe(expected);
  });
});
