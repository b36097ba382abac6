import type { Kysely, Migration } from 'kysely';

/**
 * 005: which company each web domain belongs to, as HubSpot's company records say (learned on every refresh).
 * Usage sent by domain is filed under the company at intake without asking HubSpot, and usage that arrived before
 * its domain was known is attached when a refresh first sees it.
 */
export const migration005CompanyDomains: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('company_domains')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('domain', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('company_domains_pk', ['portal_id', 'domain'])
      .execute();
  },
};
