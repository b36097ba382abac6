import type { DatabaseConnection, Driver } from 'kysely';
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Kysely's SQLite dialect, with write transactions opened by `BEGIN IMMEDIATE`: the write lock is taken up front,
 * so a second process on the same file (a CLI, a restarted worker) waits `busy_timeout` instead of failing with
 * SQLITE_BUSY when a read-then-write transaction (claiming inbox rows) tries to upgrade its lock.
 */
export function createSqliteDialect(database: BetterSqlite3.Database): SqliteDialect {
  return new ImmediateSqliteDialect(database);
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: BetterSqlite3.Database;

  constructor(database: BetterSqlite3.Database) {
    super({ database });
    this.#database = database;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}
