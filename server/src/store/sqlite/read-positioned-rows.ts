import type { Kysely, Selectable } from 'kysely';
import type { Database } from './database.ts';
import { readByCompany } from './read-by-company.ts';

/** The child tables of an onboarding whose rows keep the order they were saved in through a `position` column. */
export type PositionedTable = 'criteria' | 'milestones' | 'first_week_steps' | 'signal_states' | 'stakeholders';

/** Reads one positioned child table for many companies (see readByCompany), each company's rows in saved order. */
export function readPositionedRows<T extends PositionedTable>(
  db: Kysely<Database>,
  table: T,
  portalId: string,
  companyIds: readonly string[],
): Promise<Map<string, Selectable<Database[T]>[]>> {
  return readByCompany<Selectable<Database[T]> & { company_id: string }>(
    companyIds,
    (chunk) =>
      // Kysely cannot narrow a generic table name, so the query is built over the union and its rows retyped.
      db
        .selectFrom(table as PositionedTable)
        .selectAll()
        .where('portal_id', '=', portalId)
        .where('company_id', 'in', chunk)
        .orderBy('position')
        .execute() as Promise<(Selectable<Database[T]> & { company_id: string })[]>,
  );
}
