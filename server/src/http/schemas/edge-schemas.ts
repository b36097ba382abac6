import { parseIsoDate, parseIsoInstant } from '@liftoff/shared/time/iso';
import { z } from 'zod';

/**
 * The zod pieces every edge (CLI snapshot, card API, workflow actions, usage API) parses with, so a date, an
 * instant or a HubSpot id is valid or not by one definition — the shared ISO parsers — and is named one way.
 */

/** A missing value reads `required`; anything else names the expected format. */
const requiredOr =
  (expectation: string) =>
  (issue: { input?: unknown }): string =>
    issue.input === undefined ? 'required' : expectation;

/** A string read by one of the shared ISO parsers, else the `expectation` issue. */
const isoText = <T>(parse: (text: string) => T | null, expectation: string) =>
  z.string({ error: requiredOr(expectation) }).transform((text, context) => {
    const parsed = parse(text);
    if (parsed !== null) return parsed;
    context.issues.push({ code: 'custom', message: expectation, input: text });
    return z.NEVER;
  });

/** `2026-03-02T09:00:00Z` or with an offset (seconds optional) → epoch ms. */
export const isoInstantSchema = isoText(parseIsoInstant, 'expected an ISO 8601 date-time with Z or an offset');

/** `YYYY-MM-DD` → the UTC midnight of that calendar date. */
export const isoDateSchema = isoText(parseIsoDate, 'expected a date YYYY-MM-DD');

/** HubSpot record ids (companies, deals, contacts) are numeric strings. */
export const hubspotRecordIdSchema = z.string().regex(/^\d+$/, 'expected a HubSpot record id');
