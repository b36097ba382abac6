import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { PortfolioFigures, PortfolioFiguresSnapshot } from '../../onboarding/ports/index.ts';
import type { Database } from './database.ts';
import { toRow } from './portfolio-row-columns.ts';

/**
 * The portfolio's figures held in memory, per portal: the aggregates read every onboarding of a portal on each
 * request, and reading 10,000 rows from SQLite costs tens of milliseconds while counting them in memory costs one.
 * The table stays the truth: each write through this process updates the mirror after it succeeds, and SQLite's
 * `data_version` (which moves only when another connection commits, e.g. a second process on the same file) makes
 * the next read reload from the table.
 */
export interface PortfolioFiguresMirror {
  /** Every figure of the portal, as the table holds it. */
  read(portalId: string): Promise<PortfolioFiguresSnapshot>;
  /** After a row was written: its new figures (a whole row is reduced to them). */
  put(portalId: string, row: PortfolioFigures): void;
  /** After the rows' owners were written. */
  setOwners(portalId: string, owners: readonly { companyId: string; ownerId: string | null }[]): void;
  /** After a row was deleted. */
  forget(portalId: string, companyId: string): void;
}

/** The figures of a row, without the rest (names, signal lists), so 10,000 of them stay small. */
function pickFigures(row: PortfolioFigures): PortfolioFigures {
  return {
    companyId: row.companyId,
    ownerId: row.ownerId,
    templateId: row.templateId,
    cohort: row.cohort,
    startDate: row.startDate,
    status: row.status,
    phase: row.phase,
    riskLevel: row.riskLevel,
    healthScore: row.healthScore,
    usageTracked: row.usageTracked,
    activated: row.activated,
    activationDay: row.activationDay,
    overdueCheckpoints: row.overdueCheckpoints,
    openSevereSignals: row.openSevereSignals,
  };
}

type Change = (figures: Map<string, PortfolioFigures>) => void;

/** A portal's figures, and the array the last read answered (rebuilt after a change). */
interface Mirrored {
  figures: Map<string, PortfolioFigures>;
  snapshot: PortfolioFiguresSnapshot | null;
}

export function createPortfolioFiguresMirror(db: Kysely<Database>): PortfolioFiguresMirror {
  const loaded = new Map<string, Mirrored>();
  /** Revisions are unique in the process, so a snapshot read before a reload never passes for one read after. */
  let revision = 0;
  /** Changes made while a portal loads: its query may have read the table before them, so they apply after it. */
  const pending = new Map<string, Change[]>();
  const loading = new Map<string, Promise<Mirrored>>();
  let dataVersion: number | null = null;

  async function dropIfChangedElsewhere(): Promise<void> {
    const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    const version = rows[0]?.data_version ?? null;
    if (version !== dataVersion) loaded.clear();
    dataVersion = version;
  }

  async function load(portalId: string): Promise<Mirrored> {
    pending.set(portalId, []);
    try {
      const rows = await db.selectFrom('portfolio_rows').selectAll().where('portal_id', '=', portalId).execute();
      const figures = new Map(rows.map((columns) => [columns.company_id, pickFigures(toRow(columns))]));
      for (const change of pending.get(portalId) ?? []) change(figures);
      const mirrored = { figures, snapshot: null };
      loaded.set(portalId, mirrored);
      return mirrored;
    } finally {
      pending.delete(portalId);
      loading.delete(portalId);
    }
  }

  function apply(portalId: string, change: Change): void {
    const mirrored = loaded.get(portalId);
    if (mirrored !== undefined) {
      change(mirrored.figures);
      mirrored.snapshot = null;
    }
    pending.get(portalId)?.push(change);
  }

  return {
    read: async (portalId) => {
      await dropIfChangedElsewhere();
      let mirrored = loaded.get(portalId);
      if (mirrored === undefined) {
        let inFlight = loading.get(portalId);
        if (inFlight === undefined) {
          inFlight = load(portalId);
          loading.set(portalId, inFlight);
        }
        mirrored = await inFlight;
      }
      if (mirrored.snapshot === null) {
        revision += 1;
        mirrored.snapshot = { revision, figures: [...mirrored.figures.values()] };
      }
      return mirrored.snapshot;
    },
    put: (portalId, row) => {
      const figures = pickFigures(row);
      apply(portalId, (all) => all.set(figures.companyId, figures));
    },
    setOwners: (portalId, owners) =>
      apply(portalId, (all) => {
        for (const { companyId, ownerId } of owners) {
          const figures = all.get(companyId);
          if (figures !== undefined) all.set(companyId, { ...figures, ownerId });
        }
      }),
    forget: (portalId, companyId) => apply(portalId, (all) => all.delete(companyId)),
  };
}
