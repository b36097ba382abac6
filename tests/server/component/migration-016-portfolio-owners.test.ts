import { afterEach, describe, expect, it } from 'vitest';
import { atDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 015 left it: two onboardings with their portfolio rows, one whose owner the refresh had
 * read (71) and one without, and the owners cache naming 71 — but no owner on the portfolio rows yet.
 */
async function createVersion015Database(): Promise<string> {
  return createDatabaseAtVersion('015_owners', (sqlite) => {
    const onboarding = sqlite.prepare(
      `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
       usage_tracked, key_features_json, created_at, updated_at, owner_id)
       values (?, ?, ?, null, 'standard', ?, 'in_progress', 1, '[]', ?, ?, ?)`,
    );
    onboarding.run(PORTAL, '101', 'Acme SA', START, atDay(0), atDay(0), '71');
    onboarding.run(PORTAL, '102', 'Globex', START, atDay(0), atDay(0), null);
    const row = sqlite.prepare(
      `insert into portfolio_rows (portal_id, company_id, company_name, template_id, cohort, start_date, status,
       phase, health_score, risk_level, risk_rank, risk_reason, escalation_level, open_signal_types_json,
       open_signals, open_severe_signals, overdue_checkpoints, usage_tracked, activated, activation_day,
       next_checkpoint_date, outcome_reason, closed_at, assessed_at)
       values (?, ?, ?, 'standard', '2026-02', ?, 'in_progress', 'kickoff', 80, 'low', 3, 'score', 0, '[]',
       0, 0, 0, 1, null, null, null, null, null, ?)`,
    );
    row.run(PORTAL, '101', 'Acme SA', START, atDay(0));
    row.run(PORTAL, '102', 'Globex', START, atDay(0));
    sqlite
      .prepare(
        `insert into owners (portal_id, owner_id, name, email, teams_json, refreshed_at)
         values (?, '71', 'Ana Lopez', 'ana@example.com', '[]', ?)`,
      )
      .run(PORTAL, atDay(0));
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 016: the CSM on the portfolio rows', () => {
  it('gives each existing row its onboarding owner, so the owner filter and the workload work at once', async () => {
    app = await startCardsTestApp({ path: await createVersion015Database() });

    const ana = await app.call('GET', '/api/portfolio?owner=71');
    const unassigned = await app.call('GET', '/api/portfolio?owner=none');
    const aggregates = await app.call('GET', '/api/portfolio/aggregates');

    expect(ana.body).toMatchObject({
      onboardings: [{ companyId: '101', owner: { id: '71', name: 'Ana Lopez', teams: [] }, healthScore: 80 }],
      page: { total: 1 },
    });
    expect(unassigned.body).toMatchObject({ onboardings: [{ companyId: '102', owner: null }], page: { total: 1 } });
    expect(aggregates.body).toMatchObject({
      total: 2,
      workload: [
        { owner: { id: '71', name: 'Ana Lopez' }, onboardings: 1 },
        { owner: null, onboardings: 1 },
      ],
    });
  });
});
