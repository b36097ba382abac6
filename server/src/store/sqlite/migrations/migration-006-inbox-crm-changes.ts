import type { Kysely, Migration } from 'kysely';
import { toCrmChange } from '../../../hubspot/webhooks/to-crm-change.ts';
import { updateHubSpotInboxRows } from './update-hubspot-inbox-rows.ts';

/**
 * 006: the inbox keeps what a CRM event means. A HubSpot webhook row gets the closed kind `crm.change` and its
 * CrmChange (`change_json`), decided by the adapter; its payload stays the whole event. Rows stored before this
 * version had the subscription type as their kind and no change: they are converted here, so the worker processes
 * every pending, leased or parked one after the upgrade as it would have before.
 */
export const migration006InboxCrmChanges: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('inbox_events').addColumn('change_json', 'text').execute();
    await updateHubSpotInboxRows(db, (row) => ({
      kind: 'crm.change',
      change_json: JSON.stringify(toCrmChange(JSON.parse(row.payload_json) as unknown, row.company_id)),
    }));
  },
};
