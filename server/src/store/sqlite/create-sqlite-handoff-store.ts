import type { Handoff } from '@liftoff/shared/domain/index';
import type { Kysely } from 'kysely';
import type { HandoffStore } from '../../onboarding/ports/index.ts';
import { createSqliteDealContactStore } from './create-sqlite-deal-contact-store.ts';
import type { Database } from './database.ts';
import { contactsSchema, handoffCriteriaSchema, parseJsonColumn } from './parse-json-column.ts';

/** The `handoffs` table (migration 002), added to the schema Kysely sees only here, where it is used. */
export interface HandoffsTable {
  portal_id: string;
  deal_id: string;
  company_id: string | null;
  criteria_json: string;
  contacts_json: string;
  validation_owner_contact_id: string | null;
  updated_at: number;
  updated_by: string | null;
}

/** Each deal's handoff, kept whole per deal and portal, and the deal's contacts as last read from the CRM. */
export function createSqliteHandoffStore(database: Kysely<Database>): HandoffStore {
  const db = database.withTables<{ handoffs: HandoffsTable }>();
  return {
    get: async (portalId, dealId): Promise<Handoff | null> => {
      const row = await db
        .selectFrom('handoffs')
        .selectAll()
        .where('portal_id', '=', portalId)
        .where('deal_id', '=', dealId)
        .executeTakeFirst();
      if (row === undefined) return null;
      return {
        portalId,
        dealId,
        companyId: row.company_id,
        criteria: parseJsonColumn(handoffCriteriaSchema, row.criteria_json),
        contacts: parseJsonColumn(contactsSchema, row.contacts_json),
        validationOwnerContactId: row.validation_owner_contact_id,
        updatedAt: row.updated_at,
        updatedBy: row.updated_by,
      };
    },

    save: async (handoff) => {
      const row = {
        company_id: handoff.companyId,
        criteria_json: JSON.stringify(handoff.criteria),
        contacts_json: JSON.stringify(handoff.contacts),
        validation_owner_contact_id: handoff.validationOwnerContactId,
        updated_at: handoff.updatedAt,
        updated_by: handoff.updatedBy,
      };
      await db
        .insertInto('handoffs')
        .values({ portal_id: handoff.portalId, deal_id: handoff.dealId, ...row })
        .onConflict((conflict) => conflict.columns(['portal_id', 'deal_id']).doUpdateSet(row))
        .execute();
    },

    setCompany: async (portalId, dealId, companyId) => {
      await db
        .updateTable('handoffs')
        .set({ company_id: companyId })
        .where('portal_id', '=', portalId)
        .where('deal_id', '=', dealId)
        .execute();
    },

    ...createSqliteDealContactStore(database),
  };
}
