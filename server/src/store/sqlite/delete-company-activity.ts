import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

const companyActivityTables = [
  'stakeholders',
  'engagements',
  'tickets',
  'usage_events',
  'usage_daily',
  'usage_daily_users',
  'usage_firsts',
] as const;

/** Deletes every activity row of a company (CRM mirror, raw usage and rollups). */
export async function deleteCompanyActivity(trx: Kysely<Database>, portalId: string, companyId: string): Promise<void> {
  for (const table of companyActivityTables) {
    await trx.deleteFrom(table).where('portal_id', '=', portalId).where('company_id', '=', companyId).execute();
  }
}
