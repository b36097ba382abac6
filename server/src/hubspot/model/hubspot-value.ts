import type { CalendarDate, Instant } from '@liftoff/shared/domain/index';

/**
 * HubSpot sends and receives every property as a string. These are the only conversions between those strings
 * and the domain's numbers; an empty or malformed value reads as null (missing data is not bad data).
 */

const dayMs = 86_400_000;
const digitsOnly = /^-?\d+$/;

export function parseHubSpotNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Datetime properties come back as ISO strings; some older ones as epoch milliseconds. */
export function parseHubSpotInstant(value: string | null | undefined): Instant | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const parsed = digitsOnly.test(value) ? Number(value) : Date.parse(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** Date properties come back as `YYYY-MM-DD` (or midnight UTC in epoch ms); a time part is dropped. */
export function parseHubSpotDate(value: string | null | undefined): CalendarDate | null {
  const instant = parseHubSpotInstant(value);
  return instant === null ? null : Math.floor(instant / dayMs) * dayMs;
}

export function parseHubSpotBoolean(value: string | null | undefined): boolean | null {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return null;
}

/** Multi-checkbox values are `;`-separated. */
export function parseHubSpotList(value: string | null | undefined): string[] {
  if (value === null || value === undefined) return [];
  return value
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function parseHubSpotText(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

/**
 * The writers produce one canonical string per value, so comparing encoded values tells whether HubSpot
 * already has it. An empty string clears a property in HubSpot.
 */
export function toHubSpotNumber(value: number | null): string {
  return value === null ? '' : String(value);
}

export function toHubSpotInstant(value: Instant | null): string {
  return value === null ? '' : new Date(value).toISOString();
}

export function toHubSpotDate(value: CalendarDate | null): string {
  return value === null ? '' : new Date(value).toISOString().slice(0, 10);
}

export function toHubSpotBoolean(value: boolean | null): string {
  return value === null ? '' : String(value);
}

/** Sorted so that the same set always encodes to the same string. */
export function toHubSpotList(values: readonly string[]): string {
  return [...values].sort().join(';');
}

export function toHubSpotText(value: string | null): string {
  return value ?? '';
}
