import { defaultThresholds, mergeThresholds } from '@liftoff/shared/engine/index';
import type { ThresholdOverrides, Thresholds } from '@liftoff/shared/engine/index';
import { z } from 'zod';
import type { Result } from '../../result.ts';
import { toParseResult } from '../../to-parse-result.ts';
import type { ErrorIssue } from '@liftoff/shared/contract/index';
import { toInvalidStoredSettingError } from './to-invalid-stored-setting-error.ts';

/**
 * A portal's threshold overrides (settings page, stored as JSON): any subset of the engine's thresholds, shaped
 * like `defaultThresholds`. Every value is a finite number ≥ 0; an unknown key is refused rather than ignored,
 * because a misspelt threshold silently doing nothing is worse than an error.
 */
const thresholdOverridesSchema = toOverridesSchema(defaultThresholds) as z.ZodType<ThresholdOverrides>;

function toOverridesSchema(shape: object): z.ZodType {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, value]) => [
      key,
      (typeof value === 'object' && value !== null ? toOverridesSchema(value) : z.number().finite().min(0)).optional(),
    ]),
  );
  return z.strictObject(fields);
}

export function parseThresholdOverrides(value: unknown): Result<ThresholdOverrides, ErrorIssue[]> {
  return toParseResult(thresholdOverridesSchema.safeParse(value));
}

/** The thresholds a portal's onboardings are assessed with: the defaults, overridden by the portal's settings. */
export function toPortalThresholds(overrides: unknown): Thresholds {
  const parsed = parseThresholdOverrides(overrides ?? {});
  if (!parsed.ok) throw toInvalidStoredSettingError('Stored threshold overrides are invalid', parsed.error);
  return mergeThresholds(parsed.value);
}
