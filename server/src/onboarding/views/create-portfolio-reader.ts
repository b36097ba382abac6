import type {
  PortfolioAggregatesView,
  PortfolioPageView,
  PortfolioTrendsView,
  SignalOutcomesView,
} from '@liftoff/shared/contract/index';
import type { Instant } from '@liftoff/shared/domain/index';
import { toIsoInstant } from '@liftoff/shared/time/iso';
import { toWeekEnd } from '../model/to-week-end.ts';
import type { PortfolioFiguresSnapshot, PortfolioFilters, PortfolioPageQuery, WeekState } from '../ports/index.ts';
import { deriveMissingPortfolioRows } from './derive-missing-portfolio-rows.ts';
import type { PortfolioReadDeps } from './derive-missing-portfolio-rows.ts';
import { toPortfolioAggregates } from './to-portfolio-aggregates.ts';
import { TREND_WEEKS, WEEK_MS, toPortfolioTrends } from './to-portfolio-trends.ts';
import { toSignalOutcomes } from './to-signal-outcomes.ts';
import type { OwnersById } from './to-portfolio-owner-view.ts';
import { toPortfolioRowView } from './to-portfolio-row-view.ts';
import { DAY_MS } from '@liftoff/shared/time/calendar';

/** Answers kept per endpoint: a manager's page asks for a handful of filter sets and pages; more would hold memory. */
const MEMO_SIZE = 100;

export interface PortfolioReader {
  /** GET /api/portfolio: one page of the portal's onboardings, and where the next page starts (null = last page). */
  page(portalId: string, query: PortfolioPageQuery): Promise<PortfolioPageView>;
  /** GET /api/portfolio/aggregates: counts, cohort activation, time to first value, workload and filter options. */
  aggregates(portalId: string, filters: PortfolioFilters): Promise<PortfolioAggregatesView>;
  /** GET /api/portfolio/trends: risk by week and health per CSM over the last 12 weeks. */
  trends(portalId: string, filters: PortfolioFilters): Promise<PortfolioTrendsView>;
  /** GET /api/portfolio/signal-outcomes: which signals preceded churn on the closed onboardings. */
  signalOutcomes(portalId: string): Promise<SignalOutcomesView>;
}

/** What an answer was computed from: equal versions, equal answer (but its `asOf`). */
interface Version {
  revision: number;
  day: number;
  owners: string;
}

interface Read {
  snapshot: PortfolioFiguresSnapshot;
  owners: OwnersById;
  version: Version;
  now: Instant;
}

/** The last answers by key, each with the version it was computed from; the least recently used goes first. */
function createMemo<T extends { asOf: string }>(): (key: string, read: Read, compute: () => Promise<T>) => Promise<T> {
  const memos = new Map<string, { version: Version; answer: T }>();
  return async (key, read, compute) => {
    const memo = memos.get(key);
    const { version } = read;
    memos.delete(key);
    if (
      memo !== undefined &&
      memo.version.revision === version.revision &&
      memo.version.day === version.day &&
      memo.version.owners === version.owners
    ) {
      memos.set(key, memo);
      return { ...memo.answer, asOf: toIsoInstant(read.now) };
    }
    const answer = await compute();
    memos.set(key, { version, answer });
    if (memos.size > MEMO_SIZE) memos.delete(memos.keys().next().value as string);
    return answer;
  };
}

/**
 * The CS manager's portfolio from its read model: every onboarding, in progress or finished (finished ones stay in
 * the cohort history, docs/PRODUCT.md §2), as its last assessment found it, with its CSM named from the owners
 * cache; no engine run unless a row is missing. An answer depends only on the rows (their figures' revision), the
 * day (day numbers and 30/60/90 eligibility move at UTC midnight, for every start date at once) and the owners'
 * names, so each is kept per query until one of them changes: 20 managers reloading the page cost one count, and
 * any write (a recompute, a new owner) is seen by the next request.
 */
export function createPortfolioReader(deps: PortfolioReadDeps): PortfolioReader {
  const ownerIdsByPortal = new Map<string, { revision: number; ids: string[] }>();
  const memoPage = createMemo<PortfolioPageView>();
  const memoAggregates = createMemo<PortfolioAggregatesView>();
  const memoTrends = createMemo<PortfolioTrendsView>();
  const memoOutcomes = createMemo<SignalOutcomesView>();
  /** The ended weeks' states change only when a week ends (or the purge runs): read once a day per portal. */
  const endedWeeks = new Map<string, { day: number; states: WeekState[] }>();

  async function readEndedWeeks(portalId: string, day: number, weekEnds: readonly Instant[]): Promise<WeekState[]> {
    const known = endedWeeks.get(portalId);
    if (known?.day === day) return known.states;
    const states = await deps.store.history.listWeeks(
      portalId,
      weekEnds[0] as Instant,
      weekEnds[weekEnds.length - 2] as Instant,
    );
    endedWeeks.set(portalId, { day, states });
    return states;
  }

  /** The owner ids of a snapshot's rows, computed once per revision. */
  function ownerIdsOf(portalId: string, snapshot: PortfolioFiguresSnapshot): string[] {
    const known = ownerIdsByPortal.get(portalId);
    if (known?.revision === snapshot.revision) return known.ids;
    const ids = new Set<string>();
    for (const row of snapshot.figures) if (row.ownerId !== null) ids.add(row.ownerId);
    const entry = { revision: snapshot.revision, ids: [...ids] };
    ownerIdsByPortal.set(portalId, entry);
    return entry.ids;
  }

  async function read(portalId: string): Promise<Read> {
    await deriveMissingPortfolioRows(deps, portalId);
    const snapshot = await deps.store.portfolioRows.listFigures(portalId);
    const cached = await deps.store.owners.list(portalId, ownerIdsOf(portalId, snapshot));
    const now = deps.clock.now();
    return {
      snapshot,
      owners: new Map(cached.map((owner) => [owner.id, owner])),
      version: {
        revision: snapshot.revision,
        day: Math.floor(now / DAY_MS),
        owners: JSON.stringify(cached.map(({ id, name, teams }) => [id, name, teams])),
      },
      now,
    };
  }

  return {
    trends: async (portalId, filters) => {
      const current = await read(portalId);
      const historySince = await deps.store.history.firstRecordedAt(portalId);
      const thisWeek = toWeekEnd(current.now);
      const weekEnds = Array.from({ length: TREND_WEEKS }, (_, at) => thisWeek - (TREND_WEEKS - 1 - at) * WEEK_MS);
      const key = `${portalId}:${JSON.stringify(filters)}:${historySince}`;
      return memoTrends(key, current, async () => {
        const ended = await readEndedWeeks(portalId, current.version.day, weekEnds);
        // This week's states are the rows as they are now: the figures the portfolio already holds in memory.
        const now = current.snapshot.figures.map((figures) => ({ ...figures, weekEnd: thisWeek }));
        return toPortfolioTrends([...ended, ...now], weekEnds, filters, current.owners, current.now, historySince);
      });
    },
    signalOutcomes: async (portalId) => {
      const current = await read(portalId);
      return memoOutcomes(portalId, current, async () => {
        const { closed, detections } = await deps.store.history.listOutcomes(portalId);
        return toSignalOutcomes(closed, detections, current.now);
      });
    },
    page: async (portalId, query) => {
      const current = await read(portalId);
      return memoPage(`${portalId}:${JSON.stringify(query)}`, current, async () => {
        const { rows, total } = await deps.store.portfolioRows.page(portalId, query);
        const next = query.offset + rows.length;
        return {
          asOf: toIsoInstant(current.now),
          onboardings: rows.map((row) => toPortfolioRowView(row, current.owners, current.now)),
          page: { total, limit: query.limit, offset: query.offset, nextOffset: next < total ? next : null },
        };
      });
    },
    aggregates: async (portalId, filters) => {
      const current = await read(portalId);
      return memoAggregates(`${portalId}:${JSON.stringify(filters)}`, current, () =>
        Promise.resolve(toPortfolioAggregates(current.snapshot.figures, filters, current.owners, current.now)),
      );
    },
  };
}
