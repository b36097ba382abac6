import type { Kysely, Migration } from 'kysely';

/**
 * 013: a criterion keeps where its figures come from (docs/PRODUCT.md §3: baseline value, date and evidence; current
 * value, source and as of):
 * - `baseline_date`: the day the baseline was measured; `baseline_evidence`: where it can be checked (an export, a
 *   screenshot link);
 * - `current_at`: when a person last entered the current value, so the card shows its age.
 * Existing rows have none of them (null = not recorded): nothing invents a measurement date for a figure entered
 * before the upgrade.
 */
export const migration013CriterionEvidence: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('criteria').addColumn('baseline_date', 'integer').execute();
    await db.schema.alterTable('criteria').addColumn('baseline_evidence', 'text').execute();
    await db.schema.alterTable('criteria').addColumn('current_at', 'integer').execute();
  },
};
