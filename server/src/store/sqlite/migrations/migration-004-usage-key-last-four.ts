import type { Kysely, Migration } from 'kysely';

/**
 * 004: the last four characters of the portal's newest usage API key, so the settings page can show which key is
 * active after the one answer that carried it. The keys themselves stay stored as hashes only; four characters of a
 * random key do not help anyone guess the rest. Null for keys created before this migration.
 */
export const migration004UsageKeyLastFour: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('portal_settings').addColumn('usage_key_last_four', 'text').execute();
  },
};
