import { afterEach, describe, expect, it } from 'vitest';
import { atDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 013 left it: an onboarding in progress and a churned one, both assessed long ago, and no
 * portfolio read model yet.
 */
async function createVersion013Database(): Promise<string> {
  return createDatabaseAtVersion('013_criterion_evidence', (sqlite) => {
    const onboarding = sqlite.prepare(
      `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
       usage_tracked, key_features_json, created_at, updated_at, closed_at, outcome_reason)
       values (?, ?, ?, null, 'standard', ?, ?, 1, '[]', ?, ?, ?, ?)`,
    );
    onboarding.run(PORTAL, '101', 'Acme SA', START, 'in_progress', atDay(0), atDay(0), null, null);
    onboarding.run(PORTAL, '102', 'Globex', START, 'churned', atDay(0), atDay(20), atDay(20), 'no_adoption');
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 014: the portfolio read model', () => {
  it('starts with no row for the existing onboardings and derives them at the first portfolio read', async () => {
    app = await startCardsTestApp({ path: await createVersion013Database() });
    expect(await app.store.portfolioRows.listMissing(PORTAL)).toEqual(['101', '102']);

    const response = await app.call('GET', '/api/portfolio?sort=company_name');

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      onboardings: [
        { companyId: '101', companyName: 'Acme SA', templateId: 'standard', cohort: '2026-02', status: 'in_progress' },
        {
          companyId: '102',
          companyName: 'Globex',
          status: 'churned',
          outcomeReason: 'no_adoption',
          closedAt: expect.any(String),
        },
      ],
      page: { total: 2 },
    });
    expect(await app.store.portfolioRows.listMissing(PORTAL)).toEqual([]);
  });

  it('answers the aggregates over the existing onboardings too', async () => {
    app = await startCardsTestApp({ path: await createVersion013Database() });

    const response = await app.call('GET', '/api/portfolio/aggregates');

    expect(response.body).toMatchObject({ total: 2, cohorts: [{ cohort: '2026-02', size: 2 }] });
  });
});
