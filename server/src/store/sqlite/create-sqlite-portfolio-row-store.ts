import { sql } from 'kysely';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { PortfolioFilters, PortfolioPageQuery, PortfolioRowStore } from '../../onboarding/ports/index.ts';
import { matchesPortfolioFilters } from '../../onboarding/model/matches-portfolio-filters.ts';
import type { PortfolioFiguresMirror } from './create-portfolio-figures-mirror.ts';
import type { Database } from './database.ts';
import { toColumns, toRow } from './portfolio-row-columns.ts';

type RowsQuery<O> = SelectQueryBuilder<Database, 'portfolio_rows', O>;

function applyFilters<O>(query: RowsQuery<O>, portalId: string, filters: PortfolioFilters): RowsQuery<O> {
  let filtered = query.where('portal_id', '=', portalId);
  const { ownerIds } = filters;
  if (ownerIds !== undefined) {
    const named = ownerIds.filter((id) => id !== null);
    filtered = filtered.where((eb) =>
      eb.or([
        ...(named.length > 0 ? [eb('owner_id', 'in', named)] : []),
        ...(ownerIds.includes(null) ? [eb('owner_id', 'is', null)] : []),
      ]),
    );
  }
  if (filters.templateIds !== undefined) filtered = filtered.where('template_id', 'in', filters.templateIds);
  if (filters.cohorts !== undefined) filtered = filtered.where('cohort', 'in', filters.cohorts);
  if (filters.riskLevels !== undefined) filtered = filtered.where('risk_level', 'in', filters.riskLevels);
  if (filters.phases !== undefined) filtered = filtered.where('phase', 'in', filters.phases);
  if (filters.statuses !== undefined) filtered = filtered.where('status', 'in', filters.statuses);
  return filtered;
}

/**
 * The sort orders of the portfolio. `asc` reads naturally: riskiest first, lowest health first, day 0 first (the
 * latest start date), company name A→Z whatever the case, nearest checkpoint first; rows without a name or a next checkpoint go last
 * either way. `risk` breaks ties on health, so the worst of a level lead it.
 */
function applySort<O>(query: RowsQuery<O>, sort: PortfolioPageQuery['sort'], order: 'asc' | 'desc'): RowsQuery<O> {
  const flip = order === 'asc' ? 'desc' : 'asc';
  switch (sort) {
    case 'risk':
      return query.orderBy('risk_rank', order).orderBy('health_score', order);
    case 'health':
      return query.orderBy('health_score', order);
    case 'day':
      return query.orderBy('start_date', flip);
    case 'company_name':
      return query.orderBy((eb) => eb('company_name', 'is', null)).orderBy(sql`company_name collate nocase`, order);
    case 'next_checkpoint':
      return query.orderBy((eb) => eb('next_checkpoint_date', 'is', null)).orderBy('next_checkpoint_date', order);
  }
}

/** The rows in SQLite, their figures mirrored in memory for the aggregates (create-portfolio-figures-mirror.ts). */
export function createSqlitePortfolioRowStore(db: Kysely<Database>, mirror: PortfolioFiguresMirror): PortfolioRowStore {
  return {
    save: async (portalId, row) => {
      const columns = toColumns(row);
      await db
        .insertInto('portfolio_rows')
        .values({ portal_id: portalId, company_id: row.companyId, ...columns })
        .onConflict((conflict) => conflict.columns(['portal_id', 'company_id']).doUpdateSet(columns))
        .execute();
      mirror.put(portalId, row);
    },

    page: async (portalId, query) => {
      const filtered = applyFilters(db.selectFrom('portfolio_rows'), portalId, query.filters);
      const [rows, { figures }] = await Promise.all([
        applySort(filtered.selectAll(), query.sort, query.order)
          .orderBy('company_id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        mirror.read(portalId),
      ]);
      // Counted in memory: SQLite would scan every matching row of the portal for it.
      let total = 0;
      for (const row of figures) if (matchesPortfolioFilters(row, query.filters)) total += 1;
      return { rows: rows.map(toRow), total };
    },

    listFigures: (portalId) => mirror.read(portalId),

    countMissing: async (portalId) => {
      const [onboardings, rows] = await Promise.all([
        db
          .selectFrom('onboardings')
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('portal_id', '=', portalId)
          .executeTakeFirstOrThrow(),
        mirror.read(portalId),
      ]);
      return Number(onboardings.count) - rows.figures.length;
    },

    listMissing: async (portalId) => {
      const rows = await db
        .selectFrom('onboardings')
        .leftJoin('portfolio_rows', (join) =>
          join
            .onRef('portfolio_rows.portal_id', '=', 'onboardings.portal_id')
            .onRef('portfolio_rows.company_id', '=', 'onboardings.company_id'),
        )
        .select('onboardings.company_id')
        .where('onboardings.portal_id', '=', portalId)
        .where('portfolio_rows.company_id', 'is', null)
        .orderBy('onboardings.company_id')
        .execute();
      return rows.map((row) => row.company_id);
    },
  };
}
