import { afterEach, describe, expect, it } from 'vitest';
import { atDay, dateOfDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 009 left it (010 is another release's number, not in this tree): an onboarding started from
 * a won deal with two sales promises, one the CSM renegotiated, and a criterion the CSM set; and an onboarding
 * already churned — none of them with the fields version 011 adds.
 */
async function createVersion009Database(): Promise<string> {
  return createDatabaseAtVersion('009_plan_handling_outcome', (sqlite) => {
    const onboarding = sqlite.prepare(
      `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
       usage_tracked, key_features_json, created_at, updated_at, closed_at, outcome_reason, reopened_at)
       values (?, ?, ?, ?, 'standard', ?, ?, 1, '[]', ?, ?, ?, ?, null)`,
    );
    onboarding.run(PORTAL, '101', 'Acme SA', '7', START, 'in_progress', atDay(0), atDay(0), null, null);
    onboarding.run(PORTAL, '102', 'Globex', '8', START, 'churned', atDay(0), atDay(40), atDay(40), 'budget');
    const criterion = sqlite.prepare(
      `insert into criteria (portal_id, company_id, criterion_id, position, name, metric, unit, baseline, target,
       current, due_date, status, source, owner_contact_id, direction)
       values (?, ?, ?, ?, ?, null, null, 0, ?, ?, ?, 'in_progress', ?, null, 'increase')`,
    );
    criterion.run(PORTAL, '101', 'handoff-7-c1', 0, 'Invoices sent', 200, 120, dateOfDay(60), 'sales_promise');
    criterion.run(PORTAL, '101', 'handoff-7-c2', 1, 'Reports shared', 40, 10, dateOfDay(60), 'sales_promise');
    criterion.run(PORTAL, '101', '101-c3', 2, 'Automations live', 3, 1, dateOfDay(60), 'csm');
    criterion.run(PORTAL, '102', 'handoff-8-c1', 0, 'Invoices sent', 100, 20, dateOfDay(60), 'sales_promise');
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 011: the target sales handed off, and whether each promise was kept', () => {
  it('gives each sales promise its current target as handed off, other criteria none, and judges no promise', async () => {
    app = await startCardsTestApp({ path: await createVersion009Database() });

    const [acme, globex] = await app.store.onboardings.list(PORTAL);
    expect(
      acme?.onboarding.criteria.map(({ id, target, handedOffTarget, promiseKept }) => ({
        id,
        target,
        handedOffTarget,
        promiseKept,
      })),
    ).toEqual([
      { id: 'handoff-7-c1', target: 200, handedOffTarget: 200, promiseKept: null },
      { id: 'handoff-7-c2', target: 40, handedOffTarget: 40, promiseKept: null },
      { id: '101-c3', target: 3, handedOffTarget: null, promiseKept: null },
    ]);
    // Closed before the upgrade: its promise was never judged, so the card counts none kept or broken.
    expect(globex?.onboarding.criteria).toEqual([
      expect.objectContaining({ id: 'handoff-8-c1', handedOffTarget: 100, promiseKept: null }),
    ]);
    const closed = await app.call('GET', '/api/cards/companies/102/onboarding');
    expect(closed.body).toMatchObject({
      onboarding: {
        outcome: { outcome: 'churned', reason: 'budget', promisesKept: 0, promisesJudged: 0 },
      },
    });
  });

  it('lets an onboarding stored before the upgrade close with its promises judged against the handed-off target', async () => {
    app = await startCardsTestApp({ path: await createVersion009Database() });

    const response = await app.call('POST', '/api/cards/companies/101/onboarding/close', {
      body: { outcome: 'abandoned', reason: 'poor_fit', note: null },
    });

    expect(response).toMatchObject({
      status: 200,
      body: { outcome: { outcome: 'abandoned', promisesKept: 0, promisesJudged: 2 } },
    });
    const stored = await app.store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.criteria.map((criterion) => criterion.promiseKept)).toEqual([false, false, null]);
  });
});
