import type { PortfolioAggregatesView } from '@liftoff/shared/contract/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { PortfolioFiguresSnapshot, PortfolioFilters } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { toPortfolioAggregates } from './to-portfolio-aggregates.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';

const DAY_MS = 86_400_000;

/** Answers kept: a manager's page asks for a handful of filter sets; more would only hold memory. */
const MEMO_SIZE = 100;

interface Memo {
  revision: number;
  day: number;
  owners: string;
  view: PortfolioAggregatesView;
}

export type PortfolioAggregatesReader = (
  portalId: string,
  filters: PortfolioFilters,
) => Promise<PortfolioAggregatesView>;

/** The owner ids of a snapshot's rows, computed once per revision. */
function createOwnerIdsOf(): (portalId: string, snapshot: PortfolioFiguresSnapshot) => string[] {
  const last = new Map<string, { revision: number; ids: string[] }>();
  return (portalId, snapshot) => {
    const known = last.get(portalId);
    if (known?.revision === snapshot.revision) return known.ids;
    const ids = new Set<string>();
    for (const row of snapshot.figures) if (row.ownerId !== null) ids.add(row.ownerId);
    const entry = { revision: snapshot.revision, ids: [...ids] };
    last.set(portalId, entry);
    return entry.ids;
  };
}

/**
 * GET /api/portfolio/aggregates: the filtered portfolio's counts, cohort activation, time to first value, workload
 * and filter options. The answer depends only on the rows' figures, the day (30/60/90 eligibility moves at UTC
 * midnight, when every start date's day number does) and the owners' names, so it is kept per filter set until
 * one of them changes: a page reloaded by 20 managers counts the portfolio once, and any write (a recompute, a new
 * owner) is seen by the next request.
 */
export function createPortfolioAggregatesReader(deps: PortfolioReadDeps): PortfolioAggregatesReader {
  const memos = new Map<string, Memo>();
  const ownerIdsOf = createOwnerIdsOf();
  return async (portalId, filters) => {
    await deriveMissingPortfolioRows(deps, portalId);
    const snapshot = await deps.store.portfolioRows.listFigures(portalId);
    const cached = await deps.store.owners.list(portalId, ownerIdsOf(portalId, snapshot));
    const owners: OwnersById = new Map(cached.map((owner) => [owner.id, owner]));
    const now = deps.clock.now();
    const key = `${portalId}:${JSON.stringify(filters)}`;
    const ownersKey = JSON.stringify(cached.map(({ id, name, teams }) => [id, name, teams]));
    const day = Math.floor(now / DAY_MS);
    const memo = memos.get(key);
    if (memo !== undefined && memo.revision === snapshot.revision && memo.day === day && memo.owners === ownersKey) {
      return { ...memo.view, asOf: toIsoInstant(now) };
    }
    const view = toPortfolioAggregates(snapshot.figures, filters, owners, now);
    memos.delete(key);
    memos.set(key, { revision: snapshot.revision, day, owners: ownersKey, view });
    if (memos.size > MEMO_SIZE) memos.delete(memos.keys().next().value as string);
    return view;
  };
}
