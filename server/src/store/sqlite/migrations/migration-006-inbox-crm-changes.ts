import type { Kysely, Migration } from 'kysely';
import { toCrmChange } from '../../../hubspot/webhooks/to-crm-change.ts';

interface LegacyHubSpotRow {
  id: number;
  company_id: string | null;
  payload_json: string;
}

/**
 * 006: the inbox keeps what a CRM event means. A HubSpot webhook row gets the closed kind `crm.change` and its
 * CrmChange (`change_json`), decided by the adapter; its payload stays the whole event. Rows stored before this
 * version had the subscription type as their kind and no change: they are converted here, so the worker processes
 * every pending, leased or parked one after the upgrade as it would have before.
 */
export const migration006InboxCrmChanges: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('inbox_events').addColumn('change_json', 'text').execute();
    const legacy = db as unknown as Kysely<{ inbox_events: LegacyHubSpotRow & { source: string; kind: string } }>;
    const rows = await legacy
      .selectFrom('inbox_events')
      .select(['id', 'company_id', 'payload_json'])
      .where('source', '=', 'hubspot')
      .execute();
    for (const row of rows) {
      const change = toCrmChange(JSON.parse(row.payload_json) as unknown, row.company_id);
      await db
        .updateTable('inbox_events' as never)
        .set({ kind: 'crm.change', change_json: JSON.stringify(change) } as never)
        .where('id' as never, '=', row.id as never)
        .execute();
    }
  },
};
