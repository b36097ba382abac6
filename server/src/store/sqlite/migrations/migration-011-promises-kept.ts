import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

/**
 * 011: criteria keep what sales promised and whether the promise was kept (docs/PRODUCT.md §1, sales rep):
 * - `handed_off_target`: the target as sales handed it off, which the promise is judged against at the close even
 *   when the CSM renegotiated the target since;
 * - `promise_kept`: 1 kept, 0 not kept, judged when the onboarding closes and latched; null until then.
 * Existing rows: a sales promise's handed-off target is its current target (the best record of what was promised:
 * a renegotiation before this release left no trace); other criteria have none; no promise is judged yet, so an
 * onboarding closed before the upgrade counts no promise kept or broken.
 */
export const migration011PromisesKept: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('criteria').addColumn('handed_off_target', 'real').execute();
    await db.schema.alterTable('criteria').addColumn('promise_kept', 'integer').execute();
    await sql`update criteria set handed_off_target = target where source = 'sales_promise'`.execute(db);
  },
};
