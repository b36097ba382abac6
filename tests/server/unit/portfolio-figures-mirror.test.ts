import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
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

  it('keep a write made while the portal is first read', async () => {
    const store = await openStore();

    await Promise.all([
      ids(store),
      store.portfolioRows.save(PORTAL, buildPortfolioRow({ companyId: '5' })),
      ids(store),
    ]);

    expect(await ids(store)).toEqual(['5']);
  });
});
