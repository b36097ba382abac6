import { z } from 'zod';
import type { HubSpotProperties } from './property-codec.ts';

/** A CRM record as the objects APIs return it; only what the mappers read. */
export interface HubSpotRecord {
  id: string;
  properties: HubSpotProperties;
}

export const hubSpotRecordSchema = z.object({
  id: z.string(),
  properties: z.record(z.string(), z.string().nullable().optional()),
}) satisfies z.ZodType<HubSpotRecord>;

/** Parses the `results` of a batch read or a search page, dropping nothing silently: a malformed answer throws. */
export function parseHubSpotRecords(results: unknown): HubSpotRecord[] {
  return z.array(hubSpotRecordSchema).parse(results);
}
