import { afterEach, describe, expect, it } from 'vitest';
import { atDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 013 left it (the latest before 015 in this tree): a portal with its settings and an
 * onboarding in progress — without the owner property, the onboarding's owner or the owners cache 015 adds.
 */
async function createVersion013Database(): Promise<string> {
  return createDatabaseAtVersion('013_criterion_evidence', (sqlite) => {
    sqlite
      .prepare(
        `insert into portal_settings (portal_id, mode, thresholds_json, templates_json, usage_property_mapping_json,
         usage_key_last_four, updated_at)
         values (?, 'store_only', '{}', '{}', '{"logins7d":"weekly_logins"}', null, ?)`,
      )
      .run(PORTAL, atDay(0));
    sqlite
      .prepare(
        `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
         usage_tracked, key_features_json, created_at, updated_at)
         values (?, '101', 'Acme SA', null, 'standard', ?, 'in_progress', 1, '[]', ?, ?)`,
      )
      .run(PORTAL, START, atDay(0), atDay(0));
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 015: the onboarding owner, the owner property and the owners cache', () => {
  it('reads an existing onboarding with no owner until the next refresh, and serves its card as before', async () => {
    app = await startCardsTestApp({ path: await createVersion013Database() });

    const stored = await app.store.onboardings.get(PORTAL, '101');
    expect(stored).toMatchObject({ ownerId: null, ownerName: null, onboarding: { companyName: 'Acme SA' } });
    const card = await app.call('GET', '/api/cards/companies/101/onboarding');
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({ kind: 'onboarding', onboarding: { companyId: '101', owner: null } });
  });

  it("keeps the portal's settings, on the company owner until an owner property is named", async () => {
    app = await startCardsTestApp({ path: await createVersion013Database() });

    const settings = await app.store.portalSettings.get(PORTAL);
    expect(settings).toMatchObject({ usagePropertyMapping: { logins7d: 'weekly_logins' } });
    expect(settings).not.toHaveProperty('ownerProperty');
    const view = await app.call('GET', '/api/cards/settings');
    expect(view.body).toMatchObject({ ownerProperty: null, usagePropertyMapping: { logins7d: 'weekly_logins' } });
  });

  it('records owners on a migrated database: the onboarding names its CSM from the new cache', async () => {
    app = await startCardsTestApp({ path: await createVersion013Database() });

    await app.store.owners.put(PORTAL, [
      { id: '9001', name: 'Casey Morgan', email: 'casey@vendor.test', teams: [], refreshedAt: app.clock.now() },
    ]);
    await app.store.onboardings.setOwnerIds(PORTAL, [{ companyId: '101', ownerId: '9001' }]);

    const card = await app.call('GET', '/api/cards/companies/101/onboarding');
    expect(card.body).toMatchObject({ onboarding: { owner: { id: '9001', name: 'Casey Morgan' } } });
  });
});
