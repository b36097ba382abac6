import type { Kysely } from 'kysely';

/** A HubSpot webhook row of the inbox, as every migration since 001 stores it. */
export interface StoredHubSpotRow {
  id: number;
  event_id: string;
  company_id: string | null;
  payload_json: string;
}

/**
 * Rewrites each HubSpot webhook row of the inbox, whatever its status, with the columns `toUpdate` returns for it
 * (null leaves the row as it is): how migrations re-derive what the adapter decides from the stored event.
 */
export async function updateHubSpotInboxRows(
  db: Kysely<unknown>,
  toUpdate: (row: StoredHubSpotRow) => Record<string, string> | null,
): Promise<void> {
  const inbox = db as unknown as Kysely<{ inbox_events: StoredHubSpotRow & { source: string } }>;
  const rows = await inbox
    .selectFrom('inbox_events')
    .select(['id', 'event_id', 'company_id', 'payload_json'])
    .where('source', '=', 'hubspot')
    .execute();
  for (const row of rows) {
    const update = toUpdate(row);
    if (update !== null) await inbox.updateTable('inbox_events').set(update).where('id', '=', row.id).execute();
  }
}
