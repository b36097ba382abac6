import type { Instant, OnboardingOutcome, OutcomeReason } from '@liftoff/shared/domain/index';
import { parseIsoDate, parseIsoInstant } from '@liftoff/shared/time/iso';
import { z } from 'zod';
import { decideStartDate } from '../../onboarding/model/decide-start-date.ts';

/**
 * The zod pieces every edge (CLI snapshot, card API, workflow actions, usage API) parses with, so a date, an
 * instant or a HubSpot id is valid or not by one definition — the shared ISO parsers — and is named one way.
 */

/**
 * Text that is not well-formed Unicode (a lone UTF-16 surrogate, which JSON's `\ud800` escape can carry) is refused:
 * SQLite and HubSpot would store or echo it lossily, so the same id could never be matched again. With the `u` flag
 * `\p{Surrogate}` matches only unpaired surrogates (a pair is one code point). `String.prototype.isWellFormed`
 * says the same but is ES2024, beyond this build's lib.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

export const NOT_WELL_FORMED_MESSAGE = 'expected well-formed Unicode text (no lone surrogates)';

export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Every string an edge schema reads: a zod string that is also well-formed Unicode. Chain `.trim()`, `.max()`… on it. */
export const edgeString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params).refine(isWellFormedText, NOT_WELL_FORMED_MESSAGE);

/** A missing value reads `required`; anything else names the expected format. */
const requiredOr =
  (expectation: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'required' : expectation;

/** A string read by one of the shared ISO parsers, else the `expectation` issue. */
const isoText = <T>(parse: (text: string) => T | null, expectation: string) =>
  edgeString({ error: requiredOr(expectation) }).transform((text, context) => {
    const parsed = parse(text);
    if (parsed !== null) return parsed;
    context.issues.push({ code: 'custom', message: expectation, input: text });
    return z.NEVER;
  });

/** `2026-03-02T09:00:00Z` or with an offset (seconds optional) → epoch ms. */
export const isoInstantSchema = isoText(parseIsoInstant, 'expected an ISO 8601 date-time with Z or an offset');

/** `YYYY-MM-DD` → the UTC midnight of that calendar date. */
export const isoDateSchema = isoText(parseIsoDate, 'expected a date YYYY-MM-DD');

/**
 * An onboarding's day 0, already parsed to a calendar date, within the start window as of `now` (`decideStartDate`):
 * outside it, the field's issue names the window. Pipe a date schema into it.
 */
export const toStartDateSchema = (now: Instant) =>
  z.number().transform((date, context) => {
    const decided = decideStartDate(date, now);
    if (decided.ok) return decided.value;
    context.issues.push({ code: 'custom', message: decided.error, input: date });
    return z.NEVER;
  });

/** HubSpot record ids are int64 (at most 19 digits); 20 leaves room and refuses a megabyte of digits. */
export const MAX_RECORD_ID_DIGITS = 20;

/** HubSpot record ids (companies, deals, contacts) are numeric strings of at most MAX_RECORD_ID_DIGITS digits. */
export const hubspotRecordIdSchema = edgeString().regex(
  new RegExp(`^\\d{1,${MAX_RECORD_ID_DIGITS}}$`),
  `expected a HubSpot record id (at most ${MAX_RECORD_ID_DIGITS} digits)`,
);

/**
 * A closing's reason (docs/PRODUCT.md §2 step 8): a churned or abandoned onboarding needs one, so the cohort review
 * can learn why; a completed one may go without. Refine a parsed { outcome, reason } with it.
 */
export function requireOutcomeReason(
  closing: { outcome: OnboardingOutcome; reason: OutcomeReason | null },
  context: z.RefinementCtx,
): void {
  if (closing.outcome === 'completed' || closing.reason !== null) return;
  context.addIssue({ code: 'custom', path: ['reason'], message: `required when the outcome is ${closing.outcome}` });
}
