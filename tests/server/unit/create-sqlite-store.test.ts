import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStore } from '../../support/create-test-store.ts';

const directories: string[] = [];

function createTempPath(): string {
  const directory = mkdtempSync(join(tmpdir(), 'liftoff-store-'));
  directories.push(directory);
  return join(directory, 'data', 'liftoff.db');
}

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

describe('store migrations', () => {
  it('applies every versioned migration on a new database and reports none pending', async () => {
    const { store } = await createTestStore();
    expect(await store.health()).toEqual({ ok: true, migrations: { applied: 17, pending: 0 } });
    await store.close();
  });

  it('creates the parent directory and applies nothing again when the file is reopened', async () => {
    const path = createTempPath();
    const first = await createTestStore({ path });
    await first.store.close();
    const reopened = await createTestStore({ path });
    expect(await reopened.store.health()).toEqual({ ok: true, migrations: { applied: 17, pending: 0 } });
    await reopened.store.close();

    const sqlite = new BetterSqlite3(path, { readonly: true });
    const versions = sqlite.prepare('select name from kysely_migration order by name').pluck().all();
    const journalMode = sqlite.pragma('journal_mode', { simple: true });
    sqlite.close();
    expect(versions).toEqual([
      '001_initial',
      '002_handoffs',
      '003_deal_contacts',
      '004_usage_key_last_four',
      '005_company_domains',
      '006_inbox_crm_changes',
      '007_hubspot_event_keys',
      '008_parked_onboardings',
      '009_plan_handling_outcome',
      '010_deal_names_promises',
      '011_promises_kept',
      '012_stakeholder_history',
      '013_criterion_evidence',
      '014_portfolio_rows',
      '015_owners',
      '016_portfolio_owners',
      '017_assessment_history',
    ]);
    expect(journalMode).toBe('wal');
  });

  it('reports the store as unreachable once closed', async () => {
    const { store } = await createTestStore();
    await store.close();
    await expect(store.health()).rejects.toThrow();
  });
});
