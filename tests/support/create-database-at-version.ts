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
 * The path of a database file as an earlier release left it: the migrations up to `version` applied, nothing after,
 * and the rows `fill` writes in that version's shape. Opening the store on it runs the upgrade.
 */
export async function createDatabaseAtVersion(
  version: string,
  fill: (sqlite: BetterSqlite3.Database) => void,
): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), `liftoff-${version}-`));
  directories.push(directory);
  const path = join(directory, 'liftoff.db');
  const sqlite = new BetterSqlite3(path);
  const db = new Kysely<unknown>({ dialect: createSqliteDialect(sqlite) });
  const { error } = await new Migrator({ db, provider: createMigrationProvider() }).migrateTo(version);
  if (error !== undefined) throw error;
  fill(sqlite);
  await db.destroy();
  return path;
}
