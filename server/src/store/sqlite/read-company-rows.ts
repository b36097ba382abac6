import { sql } from 'kysely';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';
import { readByCompany } from './read-by-company.ts';

/** The tables whose rows belong to one company of one portal and are read back for many companies at once. */
export type CompanyRowsTable =
  | 'criteria'
  | 'milestones'
  | 'first_week_steps'
  | 'signal_states'
  | 'signal_history'
  | 'milestone_replans'
  | 'stakeholders'
  | 'checkpoint_notes'
  | 'usage_events'
  | 'usage_firsts'
  | 'engagements'
  | 'tickets';

type CompanyRow<T extends CompanyRowsTable> = Selectable<Database[T]> & { company_id: string };

/**
 * Reads one table's rows of many companies of the portal (see readByCompany), each company's rows sorted by the
 * columns of `order` in turn.
 */
export function readCompanyRows<T extends CompanyRowsTable>(
  db: Kysely<Database>,
  table: T,
  portalId: string,
  companyIds: readonly string[],
  order: readonly (keyof Database[T] & string)[],
): Promise<Map<string, CompanyRow<T>[]>> {
  return readByCompany<CompanyRow<T>>(companyIds, (chunk) => {
    // Kysely cannot narrow a generic table name: the query is built over the union and its rows retyped.
    let query = db
      .selectFrom(table as CompanyRowsTable)
      .selectAll()
      .where('portal_id', '=', portalId)
      .where('company_id', 'in', chunk);
    for (const column of order) query = query.orderBy(sql.ref(column));
    return query.execute() as Promise<CompanyRow<T>[]>;
  });
}
