import { defaultThresholds } from '@liftoff/shared/engine/index';
import { describe, expect, it } from 'vitest';
import {
  parseThresholdOverrides,
  toPortalThresholds,
} from '../../../server/src/onboarding/settings/parse-threshold-overrides.ts';

describe('portal threshold overrides', () => {
  it('overrides only the values a portal sets, keeping every other default', () => {
    const thresholds = toPortalThresholds({ noFirstLogin: { fromDay: 10 }, health: { weights: { usage: 50 } } });
    expect(thresholds.noFirstLogin.fromDay).toBe(10);
    expect(thresholds.health.weights).toEqual({ ...defaultThresholds.health.weights, usage: 50 });
    expect(thresholds.noCriteria).toEqual(defaultThresholds.noCriteria);
  });

  it('uses the defaults when a portal has no overrides', () => {
    expect(toPortalThresholds(undefined)).toEqual(defaultThresholds);
    expect(toPortalThresholds({})).toEqual(defaultThresholds);
  });

  it.each([
    [{ noFirstLogin: { fromDay: -1 } }, 'noFirstLogin.fromDay'],
    [{ noFirstLogin: { fromDay: '14' } }, 'noFirstLogin.fromDay'],
    [{ noFirstLogin: { fromDays: 14 } }, 'noFirstLogin'],
    [{ nofirstlogin: { fromDay: 14 } }, ''],
  ])('refuses %j, naming %s', (value, path) => {
    const result = parseThresholdOverrides(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.path).toBe(path);
  });

  it('refuses to assess with corrupt stored overrides rather than silently using defaults', () => {
    expect(() => toPortalThresholds({ risk: { highBelow: 'fifty' } })).toThrow(/risk\.highBelow/);
  });
});
