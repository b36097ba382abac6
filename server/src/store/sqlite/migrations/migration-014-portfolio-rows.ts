import type { Kysely, Migration } from 'kysely';

/**
 * 014: the portfolio read model (docs/PRODUCT.md §8). One compact row per onboarding, written by the worker each time
 * it saves an assessment, so `/api/portfolio` filters, sorts and pages in SQL instead of re-running the engine over
 * every onboarding and its activity per request.
 * - `risk_rank` orders risk (0 = critical … 3 = low) so "riskiest first" is an index scan;
 * - `open_signal_types_json` keeps the open signals' types, most severe first, for the list.
 * Existing onboardings get no row here: the engine cannot run in SQL. The portfolio derives the missing rows the
 * first time it is read (read-portfolio-page.ts), and the worker's next assessment of each keeps them current.
 */
export const migration014PortfolioRows: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('portfolio_rows')
      .addColumn('portal_id', 'text', (column) => column.notNull())
      .addColumn('company_id', 'text', (column) => column.notNull())
      .addColumn('company_name', 'text')
      .addColumn('template_id', 'text')
      .addColumn('cohort', 'text', (column) => column.notNull())
      .addColumn('start_date', 'integer', (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('phase', 'text', (column) => column.notNull())
      .addColumn('health_score', 'integer', (column) => column.notNull())
      .addColumn('risk_level', 'text', (column) => column.notNull())
      .addColumn('risk_rank', 'integer', (column) => column.notNull())
      .addColumn('risk_reason', 'text', (column) => column.notNull())
      .addColumn('escalation_level', 'integer', (column) => column.notNull())
      .addColumn('open_signal_types_json', 'text', (column) => column.notNull())
      .addColumn('open_signals', 'integer', (column) => column.notNull())
      .addColumn('open_severe_signals', 'integer', (column) => column.notNull())
      .addColumn('overdue_checkpoints', 'integer', (column) => column.notNull())
      .addColumn('usage_tracked', 'integer', (column) => column.notNull())
      .addColumn('activated', 'integer')
      .addColumn('activation_day', 'integer')
      .addColumn('next_checkpoint_date', 'integer')
      .addColumn('outcome_reason', 'text')
      .addColumn('closed_at', 'integer')
      .addColumn('assessed_at', 'integer', (column) => column.notNull())
      .addPrimaryKeyConstraint('portfolio_rows_pk', ['portal_id', 'company_id'])
      .execute();
    await db.schema
      .createIndex('portfolio_rows_by_risk')
      .on('portfolio_rows')
      .columns(['portal_id', 'risk_rank', 'health_score', 'company_id'])
      .execute();
  },
};
