/**
 * Time inside the domain is plain numbers, parsed once at the edges:
 * - an `Instant` is milliseconds since the Unix epoch (UTC);
 * - a `CalendarDate` is the instant of 00:00 UTC on that date (dates are UTC calendar days, docs/PRODUCT.md §4).
 * Numbers keep the engine allocation-free on its hot path (10k onboardings × 200 events per second).
 */
export type Instant = number;
export type CalendarDate = number;
