import type { CalendarDate, Instant } from '../domain/time-values.ts';
import { DAY_MS } from './calendar.ts';

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoInstantPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** `YYYY-MM-DD` of the UTC day an instant falls on (arithmetic only: evidence sentences format many dates). */
export function toIsoDate(instant: Instant): string {
  const { year, month, day } = toCivilDate(instant);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `YYYY-MM` of the UTC month an instant falls on (the cohort key). */
export function toIsoMonth(instant: Instant): string {
  const { year, month } = toCivilDate(instant);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

const shortMonthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The short English date of the UTC day an instant falls on, day first, e.g. `12 Dec` (the card's next action). */
export function toShortEnglishDate(instant: Instant): string {
  const { month, day } = toCivilDate(instant);
  return `${day} ${shortMonthNames[month - 1]}`;
}

/** Proleptic Gregorian year/month/day of a UTC instant (H. Hinnant's days-to-civil algorithm). */
function toCivilDate(instant: Instant): { year: number; month: number; day: number } {
  const z = Math.floor(instant / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** ISO 8601 in UTC with milliseconds, e.g. `2026-03-02T12:00:00.000Z`. */
export function toIsoInstant(instant: Instant): string {
  return new Date(instant).toISOString();
}

/** ISO 8601 in UTC written like the snapshot's inputs (`2026-03-02T12:00:00Z`): milliseconds only when there are some. */
export function toCompactIsoInstant(instant: Instant): string {
  return toIsoInstant(instant).replace('.000Z', 'Z');
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
