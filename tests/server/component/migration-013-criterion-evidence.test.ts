import { afterEach, describe, expect, it } from 'vitest';
import { toCalendarDate } from '@liftoff/shared/time/calendar';
import { atDay, dateOfDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 012 left it: an onboarding with an agreed criterion whose baseline and current value a person
 * entered, and a proposal still to agree — without the dates and evidence version 013 keeps.
 */
async function createVersion012Database(): Promise<string> {
  return createDatabaseAtVersion('012_stakeholder_history', (sqlite) => {
    sqlite
      .prepare(
        `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
         usage_tracked, key_features_json, created_at, updated_at)
         values (?, '101', 'Acme SA', null, 'standard', ?, 'in_progress', 1, '[]', ?, ?)`,
      )
      .run(PORTAL, START, atDay(0), atDay(0));
    const criterion = sqlite.prepare(
      `insert into criteria (portal_id, company_id, criterion_id, position, name, metric, unit, baseline, target,
       current, due_date, status, source, owner_contact_id, direction, agreed_at)
       values (?, '101', ?, ?, ?, null, 'tickets', ?, ?, ?, ?, ?, 'csm', null, 'decrease', ?)`,
    );
    criterion.run(PORTAL, '101-c1', 0, 'Fewer tickets', 12, 4, 8, dateOfDay(60), 'in_progress', dateOfDay(2));
    criterion.run(PORTAL, '101-c2', 1, 'Reports shared', null, null, null, null, 'not_started', null);
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 013: when a baseline was measured, its evidence, and when a value was entered', () => {
  it('reads existing criteria with none recorded, and serves their card as before', async () => {
    app = await startCardsTestApp({ path: await createVersion012Database() });

    const stored = await app.store.onboardings.get(PORTAL, '101');
    expect(
      stored?.onboarding.criteria.map(({ id, baseline, current, baselineDate, baselineEvidence, currentAt }) => ({
        id,
        baseline,
        current,
        baselineDate,
        baselineEvidence,
        currentAt,
      })),
    ).toEqual([
      { id: '101-c1', baseline: 12, current: 8, baselineDate: null, baselineEvidence: null, currentAt: null },
      { id: '101-c2', baseline: null, current: null, baselineDate: null, baselineEvidence: null, currentAt: null },
    ]);
    const card = await app.call('GET', '/api/cards/companies/101/onboarding');
    expect(card.status).toBe(200);
    expect(card.body).toMatchObject({
      onboarding: {
        criteria: [
          { id: '101-c1', baseline: 12, baselineDate: null, currentEnteredAt: null, direction: 'decrease' },
          { id: '101-c2', measurable: false },
        ],
      },
    });
  });

  it('records them from the next card actions on a migrated database', async () => {
    app = await startCardsTestApp({ path: await createVersion012Database() });

    await app.call('POST', '/api/cards/companies/101/criteria/101-c1/current-value', { body: { current: 6 } });
    app.clock.advance(60_000);
    const agreed = await app.call('POST', '/api/cards/companies/101/criteria/101-c1/agreement', {
      body: { target: 4, baseline: 12, dueDate: '2026-05-01', baselineEvidence: 'Zendesk export, March' },
    });

    expect(agreed.status).toBe(200);
    const criterion = (await app.store.onboardings.get(PORTAL, '101'))?.onboarding.criteria[0];
    // The same baseline agreed again: recorded today, the first day Liftoff knows of it; the evidence as given.
    expect(criterion).toMatchObject({
      current: 6,
      currentAt: app.clock.now() - 60_000,
      baselineEvidence: 'Zendesk export, March',
    });
    expect(criterion?.baselineDate).toBe(toCalendarDate(app.clock.now()));
  });
});
