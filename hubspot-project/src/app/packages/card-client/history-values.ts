/**
 * How the history charts read what the service sends, shared by the home page and the Onboarding card as
 * dependency-free TypeScript (it imports only the contract). History starts when the service first assessed with
 * it, and nothing before is guessed (docs/PRODUCT.md §8), so a chart says from when its line is drawn.
 */
import type { IsoDate, IsoInstant } from '../contract/index.ts';

/** How much of a chart's window the history covers: none yet, from a day inside the window on, or all of it. */
export type HistoryCoverage = { kind: 'none' } | { kind: 'since'; since: IsoDate } | { kind: 'full' };

/** A window starting before the history's first day is only drawn from that day on (UTC days, as on the wire). */
export function toHistoryCoverage(historySince: IsoInstant | null, windowStart: IsoDate): HistoryCoverage {
  if (historySince === null) return { kind: 'none' };
  const since = historySince.slice(0, 10);
  return since > windowStart ? { kind: 'since', since } : { kind: 'full' };
}

const dayMs = 86_400_000;

/** The UTC day `days` before a day or an instant's day: (`2026-04-03T09:00:00Z`, 90) → `2026-01-03`. */
export function toDayBefore(value: IsoDate | IsoInstant, days: number): IsoDate {
  const start = Date.parse(`${value.slice(0, 10)}T00:00:00.000Z`);
  return new Date(start - days * dayMs).toISOString().slice(0, 10);
}

/** A share as a whole percent: 0.375 → `38 %`. */
export function toPercentLabel(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** A number of days: `1 day`, `12 days`; unknown → `—`. */
export function toDaysLabel(days: number | null): string {
  if (days === null) return '—';
  return days === 1 ? '1 day' : `${days} days`;
}
