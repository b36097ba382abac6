import type { Kysely, Migration } from 'kysely';

/**
 * 017: the assessment history (docs/PRODUCT.md §8: trends, the company card's health history).
 * - `assessment_history`: a compact row each time a recompute changes an onboarding's health, risk, phase,
 *   escalation or open signals, and at least one a day while it is in progress, with the owner at the time.
 * - `history_weeks`: each onboarding's last state of each week (the week ending on Sunday, UTC), upserted with every
 *   history row, so twelve weeks of trends read at most twelve rows per onboarding.
 * Both start empty: nothing before the upgrade is known, and the views say since when history exists.
 */
export const migration017AssessmentHistory: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('assessment_history')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('recorded_at', 'integer', (column) => column.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('phase', 'text', (column) => column.notNull())
      .addColumn('health_score', 'integer', (column) => column.notNull())
      .addColumn('risk_level', 'text', (column) => column.notNull())
      .addColumn('escalation_level', 'integer', (column) => column.notNull())
      .addColumn('open_signal_types_json', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('assessment_history_pk', ['portal_id', 'company_id', 'recorded_at'])
      .execute();
    await db.schema
      .createIndex('assessment_history_by_time')
      .on('assessment_history')
      .columns(['portal_id', 'recorded_at'])
      .execute();
    await db.schema
      .createTable('history_weeks')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('week_end', 'integer', (column) => column.notNull())
      .addColumn('owner_id', 'text')
      .addColumn('template_id', 'text')
      .addColumn('cohort', 'text', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('phase', 'text', (column) => column.notNull())
      .addColumn('health_score', 'integer', (column) => column.notNull())
      .addColumn('risk_level', 'text', (column) => column.notNull())
      .addPrimaryKeyConstraint('history_weeks_pk', ['portal_id', 'week_end', 'company_id'])
      .execute();
  },
};
