import type { DatabaseConnection, Driver, SqliteDatabase, SqliteStatement } from 'kysely';
import { CompiledQuery, SqliteDialect, SqliteDriver } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';

/** Distinct statements kept prepared: the store's queries, plus room for the IN lists of varying length. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely sees it, with its prepared statements kept: Kysely prepares every query anew, and SQLite's
 * preparation was a fifth of a recompute's time (a re-assessment storm spends seconds in it). Statements are only
 * run with `all`/`run`, one at a time on the one connection, so sharing one is safe; the least recently used goes
 * when the cache is full.
 */
function withStatementCache(database: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => database.close(),
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
      } else {
        statements.delete(sql);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}

/**
 * Kysely's SQLite dialect, with write transactions opened by `BEGIN IMMEDIATE`: the write lock is taken up front,
 * so a second process on the same file (a CLI, a restarted worker) waits `busy_timeout` instead of failing with
 * SQLITE_BUSY when a read-then-write transaction (claiming inbox rows) tries to upgrade its lock.
 */
export function createSqliteDialect(database: BetterSqlite3.Database): SqliteDialect {
  return new ImmediateSqliteDialect(withStatementCache(database));
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;

  constructor(database: SqliteDatabase) {
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
