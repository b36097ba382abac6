import { z } from 'zod';
import type { Result } from '../../result.ts';
import { toParseResult } from '../../to-parse-result.ts';
import type { ErrorIssue } from '@liftoff/shared/contract/index';
import type { JsonObject } from '../ports/index.ts';
import { toInvalidStoredSettingError } from './to-invalid-stored-setting-error.ts';

/**
 * Which HubSpot company properties feed a portal's usage (docs/PRODUCT.md §6: "Liftoff reads usage properties the
 * portal already maintains"). Each known Liftoff input names one property; key features name the property holding
 * when the feature was last used. Stored as the settings' `usagePropertyMapping` JSON.
 */
export interface UsagePropertyMapping {
  /** A datetime (or date) property: the company's most recent login. */
  lastLoginAt?: string;
  /** A number property: logins in the last 7 days. */
  logins7d?: string;
  /** A number property: distinct users who logged in during the last 7 days. */
  activeUsers7d?: string;
  /** Per key feature, a datetime (or date) property: when the feature was last used. */
  featureLastUsedAt?: Record<string, string>;
}

/**
 * HubSpot internal property names are lower-case letters, digits and underscores. Liftoff's own `liftoff_*`
 * properties are refused: they are what Liftoff writes back from usage, so reading them would feed the output
 * back as input and inflate it on every refresh.
 */
const propertyNameSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_]+$/, 'expected a HubSpot internal property name (a-z, 0-9, _)')
  .refine((name) => !name.startsWith('liftoff_'), 'Liftoff writes liftoff_* properties itself; map a source property');

const featureKeySchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9_-]+$/, 'expected a feature key (a-z, 0-9, _ or -)');

export const usagePropertyMappingSchema = z.strictObject({
  lastLoginAt: propertyNameSchema.optional(),
  logins7d: propertyNameSchema.optional(),
  activeUsers7d: propertyNameSchema.optional(),
  featureLastUsedAt: z.record(featureKeySchema, propertyNameSchema).optional(),
}) satisfies z.ZodType<UsagePropertyMapping>;

/** Unknown inputs are refused rather than ignored: a misspelt input silently reading nothing is worse than an error. */
export function parseUsagePropertyMapping(value: unknown): Result<UsagePropertyMapping, ErrorIssue[]> {
  return toParseResult(usagePropertyMappingSchema.safeParse(value));
}

/** A portal's stored mapping; the settings API validated it on save, so an invalid one is a bug, not user input. */
export function toPortalUsageMapping(stored: unknown): UsagePropertyMapping {
  const parsed = parseUsagePropertyMapping(stored ?? {});
  if (!parsed.ok) throw toInvalidStoredSettingError('Stored usage property mapping is invalid', parsed.error);
  return parsed.value;
}

/** The distinct company properties to read from the CRM for this mapping. */
export function listUsagePropertyNames(mapping: UsagePropertyMapping): string[] {
  const names = [mapping.lastLoginAt, mapping.logins7d, mapping.activeUsers7d];
  const featureNames = Object.values(mapping.featureLastUsedAt ?? {});
  return [...new Set([...names, ...featureNames].filter((name) => name !== undefined))];
}

/** The mapping as stored in the settings' JSON column (absent inputs left out). */
export function toUsageMappingJson(mapping: UsagePropertyMapping): JsonObject {
  return JSON.parse(JSON.stringify(mapping)) as JsonObject;
}
