import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import type { KyselyPlugin } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import type { PortfolioFiguresSnapshot, Store } from '../../../server/src/onboarding/ports/index.ts';
import { createPortfolioFiguresMirror } from '../../../server/src/store/sqlite/create-portfolio-figures-mirror.ts';
import { createSqliteDialect } from '../../../server/src/store/sqlite/create-sqlite-dialect.ts';
import { createSqlitePortfolioRowStore } from '../../../server/src/store/sqlite/create-sqlite-portfolio-row-store.ts';
import type { Database } from '../../../server/src/store/sqlite/database.ts';
import { toColumns } from '../../../server/src/store/sqlite/portfolio-row-columns.ts';
import { createMigrationProvider } from '../../../server/src/store/sqlite/migrations/create-migration-provider.ts';
import { buildPortfolioRow } from '../../support/build-portfolio-row.ts';
import { createTestStore, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';

const opened: Store[] = [];
const directories: string[] = [];

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

async function openStore(path = ':memory:'): Promise<Store> {
  const { store } = await createTestStore({ path });
  opened.push(store);
  return store;
}

const ids = async (store: Store, portalId = PORTAL) =>
  (await store.portfolioRows.listFigures(portalId)).figures.map((figures) => figures.companyId).sort();

describe('the portfolio figures the aggregates read', () => {
  it('follow every write of this store without reading the table again', async () => {
    const store = await openStore();
    await store.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '1' }));
    expect(await ids(store)).toEqual(['1']);

    await store.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '2', riskLevel: 'critical' }));
    await store.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '1', riskLevel: 'high' }));
    await store.portfolioRows.save(OTHER_PORTAL, buildPortfolioRow({ companyId: '9' }));

    expect((await store.portfolioRows.listFigures(PORTAL)).figures).toEqual([
      expect.objectContaining({ companyId: '1', riskLevel: 'high' }),
      expect.objectContaining({ companyId: '2', riskLevel: 'critical' }),
    ]);
    expect(await ids(store, OTHER_PORTAL)).toEqual(['9']);
  });

  it('hold only the figures, not the names and signal lists of the rows', async () => {
    const store = await openStore();
    await store.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '1', openSignalTypes: ['no_first_login'] }));

    expect(Object.keys((await store.portfolioRows.listFigures(PORTAL)).figures[0] ?? {}).sort()).toEqual([
      'activated',
      'activationDay',
      'cohort',
      'companyId',
      'healthScore',
      'openSevereSignals',
      'overdueCheckpoints',
      'ownerId',
      'phase',
      'riskLevel',
      'startDate',
      'status',
      'templateId',
      'usageTracked',
    ]);
  });

  it('see what another process wrote to the same file at their next read', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'liftoff-mirror-'));
    directories.push(directory);
    const path = join(directory, 'liftoff.db');
    const service = await openStore(path);
    const other = await openStore(path);
    await service.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '1' }));
    expect(await ids(service)).toEqual(['1']);

    await other.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '2' }));

    expect(await ids(service)).toEqual(['1', '2']);
  });

  it('keep a write made while the portal is first read: it lands after the rows the load had already read', async () => {
    const gate = createResultGate((rows) => rows.some((row) => 'company_id' in row));
    const sqlite = new BetterSqlite3(':memory:');
    const db = new Kysely<Database>({ dialect: createSqliteDialect(sqlite), plugins: [gate] });
    await new Migrator({ db, provider: createMigrationProvider() }).migrateToLatest();
    const mirror = createPortfolioFiguresMirror(db);
    await createSqlitePortfolioRowStore(db, mirror).save(PORTAL, buildPortfolioRow({ companyId: '1' }));

    gate.arm();
    const reading = mirror.read(PORTAL);
    await gate.held; // the load has read the table (row 1 only) and waits, holding Kysely's one connection
    // Row 5 is written as the row store writes it (the table, then the mirror), on the file's own handle.
    const row = buildPortfolioRow({ companyId: '5' });
    const columns = { portal_id: PORTAL, company_id: row.companyId, ...toColumns(row) };
    const names = Object.keys(columns);
    sqlite
      .prepare(
        `insert into portfolio_rows (${names.join(', ')}) values (${names.map((name) => `@${name}`).join(', ')})`,
      )
      .run(columns);
    mirror.put(PORTAL, row);
    gate.release();

    const toIds = (snapshot: PortfolioFiguresSnapshot) => snapshot.figures.map((figures) => figures.companyId).sort();
    expect(toIds(await reading)).toEqual(['1', '5']);
    expect(toIds(await mirror.read(PORTAL))).toEqual(['1', '5']);
    await db.destroy();
  });
});

/**
 * Holds the first query result `matches` accepts once armed, until released: the query has run, its caller has
 * not had the rows yet.
 */
function createResultGate(matches: (rows: Record<string, unknown>[]) => boolean) {
  let armed = false;
  let onHeld: () => void = () => undefined;
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (onHeld = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const plugin: KyselyPlugin = {
    transformQuery: (args) => args.node,
    transformResult: async (args) => {
      if (armed && matches(args.result.rows as Record<string, unknown>[])) {
        armed = false;
        onHeld();
        await released;
      }
      return args.result;
    },
  };
  return { ...plugin, held, arm: () => (armed = true), release: () => release() };
}
