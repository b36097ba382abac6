import { toExpectedProgress } from '../../../../shared/src/engine/facts/to-expected-progress.ts';
import { describe, expect, it } from 'vitest';
import { dateOfDay } from '../../../support/build-onboarding.ts';

describe('toExpectedProgress', () => {
  // Agreed on day 10, due on day 50: 40 days of pace.
  it.each([
    { today: 5, expected: 0, why: 'before the agreement' },
    { today: 10, expected: 0, why: 'on the agreement day: nothing expected yet' },
    { today: 20, expected: 0.25, why: 'a quarter of the time' },
    { today: 30, expected: 0.5, why: 'half the time' },
    { today: 49, expected: 39 / 40, why: 'the day before the due date' },
    { today: 50, expected: 1, why: 'on the due date' },
    { today: 70, expected: 1, why: 'past the due date' },
  ])('day $today → $expected ($why)', ({ today, expected }) => {
    expect(toExpectedProgress(dateOfDay(10), dateOfDay(50), dateOfDay(today))).toBe(expected);
  });

  it('is null without a due date', () => {
    expect(toExpectedProgress(dateOfDay(0), null, dateOfDay(30))).toBeNull();
  });

  it.each([
    { agreed: 50, due: 50, today: 50, expected: 1, why: 'agreed on its due date, due today' },
    { agreed: 60, due: 50, today: 55, expected: 1, why: 'agreed after its due date' },
    { agreed: 60, due: 50, today: 45, expected: 0, why: 'before both' },
  ])('$why → $expected', ({ agreed, due, today, expected }) => {
    expect(toExpectedProgress(dateOfDay(agreed), dateOfDay(due), dateOfDay(today))).toBe(expected);
  });
});
