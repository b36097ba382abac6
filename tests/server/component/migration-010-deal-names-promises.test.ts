import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffView } from '@liftoff/shared/contract/index';
import { DEAL } from '../../support/build-handoff.ts';
import { atDay, dateOfDay } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

const contacts = [
  { contactId: '9101', name: 'Ana Ruiz', email: 'ana@acme.test', roles: ['end_user'] },
  { contactId: '9102', name: 'Ben Okafor', email: null, roles: [] },
];

/**
 * A database as version 009 left it: a deal mirrored with its contacts (no name, no promises: 010 adds them), a
 * second mirrored deal, and a saved handoff on the first with one promise and one tagged contact.
 */
async function createVersion009Database(): Promise<string> {
  return createDatabaseAtVersion('009_plan_handling_outcome', (sqlite) => {
    const mirror = sqlite.prepare(
      `insert into deal_contacts (portal_id, deal_id, company_id, contacts_json, refreshed_at) values (?, ?, ?, ?, ?)`,
    );
    mirror.run(PORTAL, DEAL, '101', JSON.stringify(contacts), atDay(0));
    mirror.run(PORTAL, '502', null, '[]', atDay(1));
    sqlite
      .prepare(
        `insert into handoffs (portal_id, deal_id, company_id, criteria_json, contacts_json,
         validation_owner_contact_id, updated_at, updated_by) values (?, ?, '101', ?, ?, '9102', ?, '77')`,
      )
      .run(
        PORTAL,
        DEAL,
        JSON.stringify([
          {
            id: `handoff-${DEAL}-c1`,
            name: 'Invoices sent',
            metric: 'invoices per month',
            unit: 'invoices',
            baseline: 0,
            target: 200,
            dueDate: dateOfDay(60),
          },
        ]),
        JSON.stringify([{ contactId: '9102', name: 'Ben Okafor', email: null, roles: ['economic_decision_maker'] }]),
        atDay(2),
      );
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 010: the deal mirror keeps the deal’s name and the promises HubSpot holds', () => {
  it('reads each deal mirrored before the upgrade with no name and no promises, its contacts as they were', async () => {
    app = await startCardsTestApp({ path: await createVersion009Database() });

    expect(await app.store.handoffs.getDealContacts(PORTAL, DEAL)).toEqual({
      portalId: PORTAL,
      dealId: DEAL,
      dealName: null,
      companyId: '101',
      contacts,
      promises: [],
      refreshedAt: atDay(0),
    });
    expect(await app.store.handoffs.getDealContacts(PORTAL, '502')).toMatchObject({
      dealName: null,
      companyId: null,
      contacts: [],
      promises: [],
    });
  });

  it('serves the saved handoff’s card as before, unnamed until the deal’s next event refreshes its mirror', async () => {
    app = await startCardsTestApp({ path: await createVersion009Database() });

    const response = await app.call('GET', `/api/cards/deals/${DEAL}/handoff`);

    expect(response.status).toBe(200);
    const view = response.body as HandoffView;
    expect(view).toMatchObject({ dealId: DEAL, dealName: null, companyId: '101', validationOwnerContactId: '9102' });
    expect(view.criteria.map((criterion) => [criterion.id, criterion.name])).toEqual([
      [`handoff-${DEAL}-c1`, 'Invoices sent'],
    ]);
    expect(view.contacts.map((contact) => [contact.contactId, contact.roles])).toEqual([
      ['9102', ['economic_decision_maker', 'validation_owner']],
      ['9101', ['end_user']],
    ]);
  });
});
