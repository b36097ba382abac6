import type { CalendarDate, Instant } from '../domain/time-values.ts';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `YYYY-MM-DD` of the UTC day an instant falls on. */
export function toIsoDate(instant: Instant): string {
  return new Date(instant).toISOString().slice(0, 10);
}

/** `YYYY-MM` of the UTC month an instant falls on (the cohort key). */
export function toIsoMonth(instant: Instant): string {
  return new Date(instant).toISOString().slice(0, 7);
}

/** ISO 8601 in UTC with milliseconds, e.g. `2026-03-02T12:00:00.000Z`. */
export function toIsoInstant(instant: Instant): string {
  return new Date(instant).toISOString();
}

/** A strict `YYYY-MM-DD` (UTC) to its calendar date, or null when malformed or not a real day (2026-02-30). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = isoDatePattern.exec(text);
  if (match === null) return null;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = Date.UTC(year, month - 1, day);
  const check = new Date(date);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return date;
}

/** An ISO 8601 date-time with an explicit offset (`Z` or `±hh:mm`) to its instant, or null when malformed. */
export function parseIsoInstant(text: string): Instant | null {
  if (!isoInstantPattern.test(text)) return null;
  const instant = Date.parse(text);
  if (Number.isNaN(instant)) return null;
  const datePart = parseIsoDate(text.slice(0, 10));
  return datePart === null ? null : instant;
}
