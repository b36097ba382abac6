import type { Kysely } from 'kysely';
import type { DealContacts, HandoffStore } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';
import { contactsSchema, handoffCriteriaSchema, parseJsonColumn } from './parse-json-column.ts';

/**
 * The `deal_contacts` table (migration 003; the deal's name and promises since 010), added to the schema Kysely sees
 * only here, where it is used.
 */
export interface DealContactsTable {
  portal_id: string;
  deal_id: string;
  deal_name: string | null;
  company_id: string | null;
  contacts_json: string;
  promises_json: string;
  refreshed_at: number;
}

/** The handoff store's mirror of each deal (name, associated contacts, promises), kept whole per deal and portal. */
export function createSqliteDealContactStore(
  database: Kysely<Database>,
): Pick<HandoffStore, 'getDealContacts' | 'saveDealContacts'> {
  const db = database.withTables<{ deal_contacts: DealContactsTable }>();
  return {
    getDealContacts: async (portalId, dealId): Promise<DealContacts | null> => {
      const row = await db
        .selectFrom('deal_contacts')
        .selectAll()
        .where('portal_id', '=', portalId)
        .where('deal_id', '=', dealId)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        portalId,
        dealId,
        dealName: row.deal_name,
        companyId: row.company_id,
        contacts: parseJsonColumn(contactsSchema, row.contacts_json),
        promises: parseJsonColumn(handoffCriteriaSchema, row.promises_json),
        refreshedAt: row.refreshed_at,
      };
    },

    saveDealContacts: async (dealContacts) => {
      const row = {
        deal_name: dealContacts.dealName,
        company_id: dealContacts.companyId,
        contacts_json: JSON.stringify(dealContacts.contacts),
        promises_json: JSON.stringify(dealContacts.promises),
        refreshed_at: dealContacts.refreshedAt,
      };
      await db
        .insertInto('deal_contacts')
        .values({ portal_id: dealContacts.portalId, deal_id: dealContacts.dealId, ...row })
        .onConflict((conflict) => conflict.columns(['portal_id', 'deal_id']).doUpdateSet(row))
        .execute();
    },
  };
}
