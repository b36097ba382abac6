import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../server/src/jobs/create-scheduler.ts';
import { createLogger } from '../../../server/src/logger.ts';
import type { HistoryEntry } from '../../../server/src/onboarding/ports/index.ts';
import { atDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/** A database as version 016 left it: an onboarding in progress, assessed, with its portfolio row — and no history. */
async function createVersion016Database(): Promise<string> {
  return createDatabaseAtVersion('016_portfolio_owners', (sqlite) => {
    sqlite
      .prepare(
        `insert into onboardings (portal_id, company_id, company_name, deal_id, template_id, start_date, status,
         usage_tracked, key_features_json, created_at, updated_at, owner_id)
         values (?, '101', 'Acme SA', null, 'standard', ?, 'in_progress', 1, '[]', ?, ?, '71')`,
      )
      .run(PORTAL, START, atDay(0), atDay(0));
    sqlite
      .prepare(
        `insert into portfolio_rows (portal_id, company_id, company_name, owner_id, template_id, cohort, start_date,
         status, phase, health_score, risk_level, risk_rank, risk_reason, escalation_level, open_signal_types_json,
         open_signals, open_severe_signals, overdue_checkpoints, usage_tracked, activated, activation_day,
         next_checkpoint_date, outcome_reason, closed_at, assessed_at)
         values (?, '101', 'Acme SA', '71', 'standard', '2026-02', ?, 'in_progress', 'kickoff', 80, 'low', 3, 'score',
         0, '[]', 0, 0, 0, 1, null, null, null, null, null, ?)`,
      )
      .run(PORTAL, START, atDay(0));
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

const entry = (recordedAt: number): HistoryEntry => ({
  companyId: '101',
  recordedAt,
  ownerId: '71',
  templateId: 'standard',
  cohort: '2026-02',
  status: 'in_progress',
  phase: 'kickoff',
  healthScore: 80,
  riskLevel: 'low',
  escalationLevel: 0,
  openSignalTypes: [],
});

describe('migration 017: the assessment history', () => {
  it('starts empty after the upgrade and says so, rather than inventing a past', async () => {
    app = await startCardsTestApp({ path: await createVersion016Database() });

    const chart = await app.call('GET', '/api/cards/companies/101/health-history');
    const trends = await app.call('GET', '/api/portfolio/trends');

    expect(chart.body).toMatchObject({ historySince: null, points: [], detections: [] });
    expect(trends.body).toMatchObject({ historySince: null });
    // This week's count is the row as it is now; the ended weeks have nothing recorded.
    const weeks = (trends.body as { riskByWeek: { onboardings: number }[] }).riskByWeek;
    expect(weeks.map((week) => week.onboardings)).toEqual([...Array<number>(11).fill(0), 1]);
  });
});

describe('history retention', () => {
  it('purges the rows and weeks older than the retention at each sweep, and keeps the rest', async () => {
    app = await startCardsTestApp();
    const now = app.clock.now();
    const day = 86_400_000;
    await app.store.history.append(PORTAL, entry(now - 200 * day));
    await app.store.history.append(PORTAL, entry(now - 20 * day));
    const scheduler = createScheduler({
      store: app.store,
      portalIds: [PORTAL],
      intervalMs: 3_600_000,
      historyRetentionMs: 100 * day,
      clock: app.clock,
      sleep: () => Promise.resolve(),
      logger: createLogger({ level: 'silent' }),
    });

    const report = await scheduler.sweepOnce();

    expect(report.purgedHistory).toBe(1);
    expect((await app.store.history.listCompany(PORTAL, '101', 0)).map((state) => state.recordedAt)).toEqual([
      now - 20 * day,
    ]);
    expect(await app.store.history.listWeeks(PORTAL, 0, now)).toHaveLength(1);
    expect(await app.store.history.firstRecordedAt(PORTAL)).toBe(now - 20 * day);
  });
});
