import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { Clock, Store } from '../../onboarding/ports/index.ts';
import { createMigrationProvider } from './migrations/create-migration-provider.ts';
import { createPortfolioFiguresMirror } from './create-portfolio-figures-mirror.ts';
import { createSqliteActivityStore } from './create-sqlite-activity-store.ts';
import { createSqliteAssessmentStore } from './create-sqlite-assessment-store.ts';
import { createSqliteDialect } from './create-sqlite-dialect.ts';
import { createSqliteHistoryStore } from './create-sqlite-history-store.ts';
import { createSqliteHandoffStore } from './create-sqlite-handoff-store.ts';
import { createSqliteInboxStore } from './create-sqlite-inbox-store.ts';
import { createSqliteOnboardingStore } from './create-sqlite-onboarding-store.ts';
import { createSqliteOwnerStore } from './create-sqlite-owner-store.ts';
import { createSqlitePortalSettingsStore } from './create-sqlite-portal-settings-store.ts';
import { createSqlitePortfolioRowStore } from './create-sqlite-portfolio-row-store.ts';
import { createSqliteSyncStateStore } from './create-sqlite-sync-state-store.ts';
import type { Database } from './database.ts';

export interface SqliteStoreOptions {
  /** A file path (its directory is created), or ':memory:' for tests. */
  path: string;
  /** Stamps bookkeeping times (completed, updated); defaults to the system clock. */
  clock?: Clock;
}

/** How long a connection waits for another process's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

const systemClock: Clock = { now: () => Date.now() };

/**
 * Opens the embedded store and brings its schema up to date. WAL lets readers (card requests) run while the
 * worker writes; synchronous=NORMAL is durable across process crashes in WAL mode (only an OS crash may lose the
 * last commits), which the inbox's at-least-once delivery from HubSpot tolerates.
 */
export async function createSqliteStore(options: SqliteStoreOptions): Promise<Store> {
  const clock = options.clock ?? systemClock;
  if (options.path !== ':memory:') await mkdir(dirname(options.path), { recursive: true });
  const sqlite = new BetterSqlite3(options.path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: createSqliteDialect(sqlite) });
  const migrator = new Migrator({ db, provider: createMigrationProvider() });
  const { error } = await migrator.migrateToLatest();
  if (error !== undefined) {
    await db.destroy();
    throw error;
  }

  const portfolio = createPortfolioFiguresMirror(db);
  return {
    inbox: createSqliteInboxStore(db, clock),
    onboardings: createSqliteOnboardingStore(db, clock, portfolio),
    activity: createSqliteActivityStore(db),
    assessments: createSqliteAssessmentStore(db),
    syncState: createSqliteSyncStateStore(db, clock),
    portalSettings: createSqlitePortalSettingsStore(db, clock),
    portfolioRows: createSqlitePortfolioRowStore(db, portfolio),
    history: createSqliteHistoryStore(db),
    handoffs: createSqliteHandoffStore(db),
    owners: createSqliteOwnerStore(db),
    // Reading the migration table doubles as the reachability probe; a failure rejects for /readyz to report.
    health: async () => {
      const migrations = await migrator.getMigrations();
      const applied = migrations.filter((migration) => migration.executedAt !== undefined).length;
      const pending = migrations.length - applied;
      return { ok: pending === 0, migrations: { applied, pending } };
    },
    close: () => db.destroy(),
  };
}
