import { afterEach, describe, expect, it } from 'vitest';
import { atDay, dateOfDay, START } from '../../support/build-onboarding.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

/**
 * A database as version 008 left it: an onboarding of the standard template with criteria (one whose target is below
 * its baseline), a done and a skipped milestone, a ticked step and one of the template's, an acknowledged and a
 * resolved signal, a tagged stakeholder and an
 * engagement — none of them with the fields version 009 adds.
 */
async function createVersion008Database(): Promise<string> {
  return createDatabaseAtVersion('008_parked_onboardings', (sqlite) => {
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
    const criterion = sqlite.prepare(
      `insert into criteria (portal_id, company_id, criterion_id, position, name, metric, unit, baseline, target,
       current, due_date, status, source, owner_contact_id)
       values (?, '101', ?, ?, ?, null, null, ?, ?, ?, ?, 'in_progress', 'csm', null)`,
    );
    criterion.run(PORTAL, 'c1', 0, 'Weekly active users', 2, 10, 4, dateOfDay(60));
    criterion.run(PORTAL, 'c2', 1, 'Days to close a ticket', 10, 3, 8, dateOfDay(60));
    const milestone = sqlite.prepare(
      `insert into milestones (portal_id, company_id, milestone_id, position, name, kind, due_date, completed_at,
       skipped, checklist_json, notes) values (?, '101', ?, ?, ?, ?, ?, ?, ?, '[]', null)`,
    );
    milestone.run(PORTAL, 'm1', 0, 'Kickoff', 'kickoff', dateOfDay(3), atDay(2), 0);
    milestone.run(PORTAL, 'm2', 1, 'Day-7 check-in', 'checkpoint_d7', dateOfDay(7), null, 1);
    const step = sqlite.prepare(
      `insert into first_week_steps (portal_id, company_id, step_id, position, name, done_at)
       values (?, '101', ?, ?, ?, ?)`,
    );
    step.run(PORTAL, 's1', 0, 'Connect the data source', atDay(1));
    step.run(PORTAL, 's2', 1, 'Import your data', null);
    const signal = sqlite.prepare(
      `insert into signal_states (portal_id, company_id, signal_type, position, status, detected_at, snoozed_until,
       resolved_at, note, updated_at) values (?, '101', ?, ?, ?, ?, null, ?, ?, ?)`,
    );
    signal.run(PORTAL, 'no_first_login', 0, 'acknowledged', atDay(14), null, null, atDay(15));
    signal.run(PORTAL, 'single_threaded', 1, 'resolved', atDay(5), atDay(9), 'Met the sponsor', atDay(9));
    run(
      `insert into stakeholders (portal_id, company_id, contact_id, position, name, roles_json, last_engaged_at, kpi)
       values (?, '101', '7', 0, 'Ada', '["sponsor"]', null, null)`,
      PORTAL,
    );
    run(
      `insert into engagements (portal_id, company_id, at, type, direction, connected)
       values (?, '101', ?, 'email', 'outbound', 0)`,
      PORTAL,
      atDay(4),
    );
  });
}

let app: CardsTestApp | undefined;

afterEach(async () => {
  await app?.stop();
  app = undefined;
});

describe('migration 009: plan rules and marks, signal handling, tagging days, engagement contacts, outcome', () => {
  it('reads an onboarding stored before the upgrade as it read before, and serves its card', async () => {
    app = await startCardsTestApp({ path: await createVersion008Database() });

    const stored = await app.store.onboardings.get(PORTAL, '101');
    const onboarding = stored?.onboarding;
    expect(onboarding).toMatchObject({ closedAt: null, outcomeReason: null, reopenedAt: null });
    expect(
      onboarding?.criteria.map(({ id, direction, agreedAt, achievedAt }) => ({ id, direction, agreedAt, achievedAt })),
    ).toEqual([
      { id: 'c1', direction: 'increase', agreedAt: null, achievedAt: null },
      { id: 'c2', direction: 'decrease', agreedAt: null, achievedAt: null },
    ]);
    expect(onboarding?.milestones).toEqual([
      expect.objectContaining({ id: 'm1', completedAt: atDay(2), completesWhen: null, manual: null, owner: null }),
      expect.objectContaining({ id: 'm2', skipped: true, skipReason: null, completesWhen: null, manual: null }),
    ]);
    // s2 is still the standard template's second step, so it gets the template's rule; s1 was renamed.
    expect(onboarding?.firstWeekSteps).toEqual([
      expect.objectContaining({ id: 's1', doneAt: atDay(1), completesWhen: null, manual: null }),
      expect.objectContaining({
        id: 's2',
        doneAt: null,
        completesWhen: { rule: 'key_feature_used', feature: 'imports' },
        manual: null,
      }),
    ]);
    expect(onboarding?.signals).toEqual([
      expect.objectContaining({
        type: 'no_first_login',
        status: 'acknowledged',
        acknowledgedAt: null,
        snoozedAt: null,
      }),
      expect.objectContaining({ type: 'single_threaded', status: 'resolved', resolvedAt: atDay(9), resolvedBy: null }),
    ]);
    expect(stored?.signalHandling.map((handling) => handling.history)).toEqual([[], []]);
    expect(onboarding?.stakeholders).toEqual([expect.objectContaining({ contactId: '7', taggedAt: null })]);
    expect(onboarding?.activity.engagements).toEqual([expect.objectContaining({ at: atDay(4), contactId: null })]);
    expect(stored?.milestoneReplans).toEqual([]);

    const card = await app.call('GET', '/api/cards/companies/101/onboarding');
    expect(card.status).toBe(200);
    // The criterion whose target is below its baseline progresses downwards: 10 → 8 of 10 → 3.
    expect(card.body).toMatchObject({
      kind: 'onboarding',
      onboarding: {
        companyName: 'Acme SA',
        criteria: [
          expect.objectContaining({ id: 'c1', progressPercent: 25 }),
          expect.objectContaining({ id: 'c2', progressPercent: 29 }),
        ],
      },
    });
  });
});
