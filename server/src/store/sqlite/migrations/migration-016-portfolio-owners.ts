import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

/**
 * 016: the portfolio read model learns the CSM (docs/PRODUCT.md §8: filtered by owner, the workload per CSM).
 * `portfolio_rows.owner_id` copies `onboardings.owner_id` (migration 015), so existing rows get their onboarding's
 * owner now (null where the refresh has not read one yet) and the worker keeps it with each assessment; the refresh
 * updates both when HubSpot names another owner. The index serves the owner filter.
 */
export const migration016PortfolioOwners: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('portfolio_rows').addColumn('owner_id', 'text').execute();
    await sql`
      update portfolio_rows set owner_id = (
        select onboardings.owner_id from onboardings
        where onboardings.portal_id = portfolio_rows.portal_id and onboardings.company_id = portfolio_rows.company_id
      )
    `.execute(db);
    await db.schema
      .createIndex('portfolio_rows_by_owner')
      .on('portfolio_rows')
      .columns(['portal_id', 'owner_id'])
      .execute();
  },
};
