import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { atDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp, USER } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** A database as version 009 left it: an onboarding with a tagged stakeholder and a contact without a role. */
async function createVersion009Database(): Promise<string> {
  return createDatabaseAtVersion('009_plan_handling_outcome', (sqlite) => {
    const run = (statement: string, ...values: unknown[]) => sqlite.prepare(statement).run(...values);
    run(
      `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
       usage_tracked, key_features_json, created_at, updated_at) values (?, '101', 'Acme SA', null, 'standard', ?,
       'in_progress', 1, '["reports"]', ?, ?)`,
      PORTAL,
      START,
      atDay(0),
      atDay(0),
    );
    const stakeholder = sqlite.prepare(
      `insert into stakeholders (portal_id, company_id, contact_id, position, name, roles_json, last_engaged_at, kpi,
       tagged_at) values (?, '101', ?, ?, ?, ?, null, null, ?)`,
    );
    stakeholder.run(PORTAL, '7', 0, 'Ada', '["sponsor"]', START);
    stakeholder.run(PORTAL, '8', 1, 'Bo', '[]', null);
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 012: the stakeholder history', () => {
  it('keeps the stakeholders stored before the upgrade, with no history, and records each mapping from the card', async () => {
    const path = await createVersion009Database();
    app = await startCardsTestApp({ path });
    expect((await app.store.onboardings.get(PORTAL, '101'))?.onboarding.stakeholders).toEqual([
      expect.objectContaining({ contactId: '7', roles: ['sponsor'], taggedAt: START }),
      expect.objectContaining({ contactId: '8', roles: [], taggedAt: null }),
    ]);

    app.clock.set(atDay(3));
    const response = await app.call('PUT', '/api/cards/companies/101/stakeholders/8', {
      body: { roles: ['end_user'], kpi: 'Fewer manual exports' },
    });

    expect(response).toMatchObject({
      status: 200,
      body: {
        stakeholders: {
          candidates: [],
          circles: expect.arrayContaining([
            {
              circle: 'end_user',
              contacts: [expect.objectContaining({ contactId: '8', kpi: 'Fewer manual exports' })],
            },
          ]),
        },
      },
    });
    await app.stop();
    app = undefined;
    const sqlite = new BetterSqlite3(path, { readonly: true });
    const history = sqlite
      .prepare('select contact_id, at, author_id, roles_json, kpi from stakeholder_history where company_id = ?')
      .all('101');
    sqlite.close();
    expect(history).toEqual([
      { contact_id: '8', at: atDay(3), author_id: USER, roles_json: '["end_user"]', kpi: 'Fewer manual exports' },
    ]);
  });
});
