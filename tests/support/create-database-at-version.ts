import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { afterEach } from 'vitest';
import { createMigrationProvider } from '../../server/src/store/sqlite/migrations/create-migration-provider.ts';
import { createSqliteDialect } from '../../server/src/store/sqlite/create-sqlite-dialect.ts';

const directories: string[] = [];

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/**
 * A database file as an earlier release left it: the migrations up to `version` applied, nothing after. Fill it with
 * `sqlite` (rows in that version's shape), close it, then open the store on `path` to run the upgrade.
 */
export async function createDatabaseAtVersion(
  version: string,
): Promise<{ path: string; sqlite: BetterSqlite3.Database; close: () => Promise<void> }> {
  const directory = mkdtempSync(join(tmpdir(), `liftoff-${version}-`));
  directories.push(directory);
  const path = join(directory, 'liftoff.db');
  const sqlite = new BetterSqlite3(path);
  const db = new Kysely<unknown>({ dialect: createSqliteDialect(sqlite) });
  const { error } = await new Migrator({ db, provider: createMigrationProvider() }).migrateTo(version);
  if (error !== undefined) throw error;
  return { path, sqlite, close: () => db.destroy() };
}
