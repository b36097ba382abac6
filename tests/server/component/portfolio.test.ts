import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PortfolioRow } from '../../../server/src/onboarding/ports/index.ts';
import { buildPortfolioRow } from '../../support/build-portfolio-row.ts';
import { buildHealthyOnboarding, buildOnboarding, date, withoutActivity } from '../../support/build-onboarding.ts';
import { buildAssessment, buildOnboardingRecord, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

/** A CSM in two HubSpot teams, as the owners cache holds them (the primary team is listed second). */
const OWNER_ANA = {
  id: '71',
  name: 'Ana Lopez',
  email: 'ana@example.com',
  teams: [
    { id: '9', name: 'Enterprise', primary: false },
    { id: '8', name: 'CS Europe', primary: true },
  ],
};

async function saveRows(...rows: Partial<PortfolioRow>[]) {
  for (const row of rows)
    await app.store.portfolioRows.save(PORTAL, buildPortfolioRow({ assessedAt: app.clock.now(), ...row }));
}

const companyIds = (body: unknown) =>
  (body as { onboardings: { companyId: string }[] }).onboardings.map((row) => row.companyId);

describe('GET /api/portfolio', () => {
  it('lists the signed portal onboardings riskiest first, one page at a time', async () => {
    app.clock.set('2026-03-05T12:00:00.000Z');
    await app.seed(withoutActivity(buildHealthyOnboarding(31, { companyId: '201', companyName: 'Healthy' })));
    await app.seed(withoutActivity(buildOnboarding({ companyId: '202', companyName: 'No login' })));
    await app.seed(withoutActivity(buildOnboarding({ companyId: '301', companyName: 'Elsewhere' })), OTHER_PORTAL);

    const response = await app.call('GET', '/api/portfolio');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      asOf: '2026-03-05T12:00:00.000Z',
      onboardings: [
        {
          companyId: '202',
          companyName: 'No login',
          owner: null,
          templateId: 'default',
          cohort: '2026-02',
          startDate: '2026-02-02',
          status: 'in_progress',
          phase: 'adoption',
          day: 31,
          healthScore: expect.any(Number),
          riskLevel: 'critical',
          riskReason: 'no_first_login',
          escalationLevel: expect.any(Number),
          openSignalTypes: expect.arrayContaining(['no_first_login']),
          openSignals: expect.any(Number),
          openSevereSignals: expect.any(Number),
          overdueCheckpoints: expect.any(Number),
          activated: false,
          activationDay: null,
          activatedBy: { d30: false, d60: null, d90: null },
          nextCheckpointDate: null,
          closedAt: null,
          outcomeReason: null,
          assessedAt: '2026-03-05T12:00:00.000Z',
        },
        expect.objectContaining({ companyId: '201', companyName: 'Healthy' }),
      ],
      page: { total: 2, limit: 50, offset: 0, nextOffset: null },
    });
  });

  it('answers an empty portfolio for a portal without onboardings', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '301', companyName: 'Elsewhere' })), OTHER_PORTAL);

    const response = await app.call('GET', '/api/portfolio');

    expect(response.body).toEqual({
      asOf: '2026-03-02T09:00:00.000Z',
      onboardings: [],
      page: { total: 0, limit: 50, offset: 0, nextOffset: null },
    });
  });

  it('answers 401 without a valid signature, on the list and on the aggregates', async () => {
    expect((await app.call('GET', '/api/portfolio', { sign: 'none' })).status).toBe(401);
    expect((await app.call('GET', '/api/portfolio/aggregates', { sign: 'none' })).status).toBe(401);
  });

  it('keeps a finished onboarding that was assessed before in the cohort history', async () => {
    const finished = withoutActivity(
      buildOnboarding({ companyId: '203', status: 'completed', startDate: date('2026-01-05') }),
    );
    await app.seed(finished);
    await app.store.assessments.save(PORTAL, buildAssessment('203', app.clock.now()));

    const list = await app.call('GET', '/api/portfolio');
    const aggregates = await app.call('GET', '/api/portfolio/aggregates');

    expect(list.body).toMatchObject({
      onboardings: [expect.objectContaining({ companyId: '203', status: 'completed', phase: 'completed' })],
    });
    expect(aggregates.body).toMatchObject({ cohorts: [{ cohort: '2026-01', size: 1 }] });
  });

  it('answers from the stored row, without re-running the engine on the onboarding', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '101', companyName: 'Acme' })));
    await saveRows({ companyId: '101', healthScore: 42, riskLevel: 'medium' });

    const response = await app.call('GET', '/api/portfolio');

    expect(response.body).toMatchObject({
      onboardings: [{ companyId: '101', healthScore: 42, riskLevel: 'medium' }],
    });
  });

  it('filters by template, cohort, risk, phase and status; a filter takes several values', async () => {
    await saveRows(
      { companyId: '1', templateId: 'smb', riskLevel: 'high' },
      { companyId: '2', cohort: '2026-02', startDate: date('2026-02-03'), riskLevel: 'critical', phase: 'activation' },
      { companyId: '3', status: 'churned', phase: 'completed', riskLevel: 'low' },
      { companyId: '4', riskLevel: 'medium' },
    );
    const listed = async (query: string) => companyIds((await app.call('GET', `/api/portfolio?${query}`)).body);

    expect(await listed('template=smb')).toEqual(['1']);
    expect(await listed('cohort=2026-02')).toEqual(['2']);
    expect(await listed('risk=high,critical')).toEqual(['2', '1']);
    expect(await listed('risk=high&risk=medium')).toEqual(['1', '4']);
    expect(await listed('phase=completed')).toEqual(['3']);
    expect(await listed('status=in_progress&template=standard')).toEqual(['2', '4']);
  });

  it('filters by CSM, `none` keeping the onboardings nobody owns, and names each CSM from the owners cache', async () => {
    await app.store.owners.put(PORTAL, [{ ...OWNER_ANA, refreshedAt: app.clock.now() }]);
    await saveRows(
      { companyId: '1', ownerId: '71' },
      { companyId: '2', ownerId: '72' },
      { companyId: '3', ownerId: null },
    );
    const listed = async (query: string) => companyIds((await app.call('GET', `/api/portfolio?${query}`)).body);

    expect(await listed('owner=71')).toEqual(['1']);
    expect(await listed('owner=none')).toEqual(['3']);
    expect(await listed('owner=72,none')).toEqual(['2', '3']);
    const page = (await app.call('GET', '/api/portfolio?owner=71,72')).body as { onboardings: { owner: unknown }[] };
    expect(page.onboardings.map((row) => row.owner)).toEqual([
      { id: '71', name: 'Ana Lopez', teams: ['CS Europe', 'Enterprise'] },
      { id: '72', name: null, teams: [] },
    ]);
    expect((await app.call('GET', '/api/portfolio?owner=ana')).body).toMatchObject({
      error: { code: 'invalid_request', issues: [{ path: 'owner.0' }] },
    });
  });

  it('counts in the aggregates exactly the onboardings the list filters', async () => {
    await saveRows(
      { companyId: '1', ownerId: '71', templateId: 'smb', riskLevel: 'high' },
      { companyId: '2', ownerId: null, templateId: null, riskLevel: 'critical', phase: 'activation' },
      { companyId: '3', ownerId: '72', status: 'churned', phase: 'completed', cohort: '2026-02' },
      { companyId: '4', ownerId: '71', riskLevel: 'medium' },
    );
    const queries = [
      '',
      'owner=71',
      'owner=none',
      'owner=72,none&risk=low,critical',
      'template=smb,standard',
      'cohort=2026-02',
      'phase=activation,completed&status=in_progress',
    ];

    for (const query of queries) {
      const page = (await app.call('GET', `/api/portfolio?${query}`)).body as { page: { total: number } };
      const aggregates = (await app.call('GET', `/api/portfolio/aggregates?${query}`)).body as { total: number };
      expect({ query, total: aggregates.total }).toEqual({ query, total: page.page.total });
    }
  });

  it('sorts by health, day, company name and next checkpoint, either way; ties by company id', async () => {
    await saveRows(
      {
        companyId: '1',
        companyName: 'Charlie',
        healthScore: 50,
        startDate: date('2026-01-20'),
        nextCheckpointDate: null,
      },
      { companyId: '2', companyName: 'alpha', healthScore: 90, startDate: date('2026-01-02') },
      {
        companyId: '3',
        companyName: null,
        healthScore: 50,
        startDate: date('2026-01-10'),
        nextCheckpointDate: date('2026-03-03'),
      },
    );
    const listed = async (query: string) => companyIds((await app.call('GET', `/api/portfolio?${query}`)).body);

    expect(await listed('sort=health')).toEqual(['1', '3', '2']);
    expect(await listed('sort=health&order=desc')).toEqual(['2', '1', '3']);
    // Day 0 first: the latest start leads.
    expect(await listed('sort=day')).toEqual(['1', '3', '2']);
    expect(await listed('sort=day&order=desc')).toEqual(['2', '3', '1']);
    // Without a name or a next checkpoint, last either way.
    expect(await listed('sort=company_name')).toEqual(['2', '1', '3']);
    expect(await listed('sort=company_name&order=desc')).toEqual(['1', '2', '3']);
    expect(await listed('sort=next_checkpoint')).toEqual(['3', '2', '1']);
  });

  it('pages with limit and offset, and says where the next page starts', async () => {
    await saveRows(...['1', '2', '3', '4', '5'].map((companyId) => ({ companyId })));

    const first = await app.call('GET', '/api/portfolio?limit=2');
    const last = await app.call('GET', '/api/portfolio?limit=2&offset=4');

    expect(companyIds(first.body)).toEqual(['1', '2']);
    expect(first.body).toMatchObject({ page: { total: 5, limit: 2, offset: 0, nextOffset: 2 } });
    expect(companyIds(last.body)).toEqual(['5']);
    expect(last.body).toMatchObject({ page: { total: 5, limit: 2, offset: 4, nextOffset: null } });
  });

  it('refuses a query it cannot answer, naming each parameter at fault', async () => {
    const response = await app.call('GET', '/api/portfolio?limit=500&risk=severe&sort=owner&cohort=2026-13');

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'invalid_request',
        message: 'The request query is not valid.',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: 'limit' }),
          expect.objectContaining({ path: expect.stringMatching(/^risk/) }),
          expect.objectContaining({ path: 'sort' }),
          expect.objectContaining({ path: expect.stringMatching(/^cohort/) }),
        ]),
      },
    });
  });
});

describe('GET /api/portfolio/aggregates', () => {
  it('counts by risk and phase, activation per cohort with its n, and time to first value', async () => {
    app.clock.set('2026-04-20T09:00:00.000Z');
    await saveRows(
      // 2026-01: all past day 90.
      { companyId: '1', activationDay: 5, riskLevel: 'low', phase: 'completed', status: 'completed' },
      { companyId: '2', activationDay: 45, riskLevel: 'high', phase: 'overdue' },
      { companyId: '3', activated: false, activationDay: null, riskLevel: 'critical', phase: 'overdue' },
      { companyId: '4', usageTracked: false, activated: null, activationDay: null, phase: 'overdue' },
      // 2026-03: day 35 to 50, only the 30-day rate is due.
      { companyId: '5', cohort: '2026-03', startDate: date('2026-03-01'), activationDay: 20, phase: 'adoption' },
    );

    const response = await app.call('GET', '/api/portfolio/aggregates');

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      asOf: '2026-04-20T09:00:00.000Z',
      total: 5,
      byRisk: { low: 3, medium: 0, high: 1, critical: 1 },
      byPhase: { kickoff: 0, activation: 0, adoption: 1, value_review: 0, completed: 1, overdue: 3 },
      cohorts: [
        {
          cohort: '2026-01',
          size: 4,
          activationRate: { d30: 1 / 3, d60: 2 / 3, d90: 2 / 3 },
          counts: {
            d30: { activated: 1, eligible: 3 },
            d60: { activated: 2, eligible: 3 },
            d90: { activated: 2, eligible: 3 },
          },
        },
        {
          cohort: '2026-03',
          size: 1,
          activationRate: { d30: 1, d60: null, d90: null },
          counts: {
            d30: { activated: 1, eligible: 1 },
            d60: { activated: 0, eligible: 0 },
            d90: { activated: 0, eligible: 0 },
          },
        },
      ],
      timeToFirstValue: {
        reached: 3,
        notYet: 1,
        medianDays: 20,
        buckets: [
          { fromDay: 0, toDay: 7, count: 1 },
          { fromDay: 8, toDay: 14, count: 0 },
          { fromDay: 15, toDay: 30, count: 1 },
          { fromDay: 31, toDay: 60, count: 1 },
          { fromDay: 61, toDay: 90, count: 0 },
          { fromDay: 91, toDay: null, count: 0 },
        ],
      },
      workload: [{ owner: null, onboardings: 4, atRisk: 2, overdueCheckpoints: 0, openSevereSignals: 0 }],
      options: { owners: [], unassigned: true, templates: ['standard'], cohorts: ['2026-01', '2026-03'] },
    });
  });

  it('sums each CSM load over their onboardings in progress, the busiest first and the unassigned last', async () => {
    await app.store.owners.put(PORTAL, [
      { ...OWNER_ANA, refreshedAt: app.clock.now() },
      { id: '72', name: 'Bob Martin', email: null, teams: [], refreshedAt: app.clock.now() },
    ]);
    await saveRows(
      { companyId: '1', ownerId: '72', riskLevel: 'high', overdueCheckpoints: 2, openSevereSignals: 1 },
      { companyId: '2', ownerId: '72', riskLevel: 'critical', overdueCheckpoints: 1, openSevereSignals: 2 },
      { companyId: '3', ownerId: '71', riskLevel: 'medium' },
      { companyId: '4', ownerId: '71', status: 'completed', phase: 'completed', riskLevel: 'high' },
      { companyId: '5', ownerId: null, overdueCheckpoints: 1 },
      { companyId: '6', ownerId: '73' },
    );

    const response = await app.call('GET', '/api/portfolio/aggregates');

    expect(response.body).toMatchObject({
      workload: [
        {
          owner: { id: '72', name: 'Bob Martin', teams: [] },
          onboardings: 2,
          atRisk: 2,
          overdueCheckpoints: 3,
          openSevereSignals: 3,
        },
        { owner: { id: '71', name: 'Ana Lopez', teams: ['CS Europe', 'Enterprise'] }, onboardings: 1, atRisk: 0 },
        // Owner 73 is not in the owners cache yet: named by id until the refresh reads it.
        { owner: { id: '73', name: null, teams: [] }, onboardings: 1 },
        { owner: null, onboardings: 1, overdueCheckpoints: 1 },
      ],
      options: {
        owners: [
          { id: '71', name: 'Ana Lopez' },
          { id: '72', name: 'Bob Martin' },
          { id: '73', name: null },
        ],
        unassigned: true,
      },
    });
  });

  it('offers every filter choice of the whole portfolio while a filter narrows the counts', async () => {
    await saveRows(
      { companyId: '1', ownerId: '71', templateId: 'smb' },
      { companyId: '2', ownerId: '72', cohort: '2026-02', startDate: date('2026-02-02') },
    );

    const response = await app.call('GET', '/api/portfolio/aggregates?owner=71');

    expect(response.body).toMatchObject({
      total: 1,
      workload: [{ owner: { id: '71' }, onboardings: 1 }],
      options: {
        owners: [{ id: '71' }, { id: '72' }],
        unassigned: false,
        templates: ['smb', 'standard'],
        cohorts: ['2026-01', '2026-02'],
      },
    });
  });

  it('answers again what changed since the last answer: a row, an owner name, the day', async () => {
    app.clock.set('2026-02-03T23:00:00.000Z');
    await saveRows({ companyId: '1', ownerId: '71', activationDay: 20 });
    const aggregates = async () => (await app.call('GET', '/api/portfolio/aggregates')).body as Record<string, unknown>;
    expect(await aggregates()).toMatchObject({ total: 1, workload: [{ owner: { id: '71', name: null } }] });

    await saveRows({ companyId: '2' });
    expect(await aggregates()).toMatchObject({ total: 2 });

    await app.store.owners.put(PORTAL, [{ ...OWNER_ANA, refreshedAt: app.clock.now() }]);
    expect(await aggregates()).toMatchObject({
      workload: [{ owner: { id: '71', name: 'Ana Lopez' } }, { owner: null }],
    });

    // Started 2026-01-05: day 29 tonight, day 30 after midnight, when the 30-day rate becomes due.
    expect(await aggregates()).toMatchObject({ cohorts: [{ counts: { d30: { eligible: 0 } } }] });
    app.clock.set('2026-02-04T00:30:00.000Z');
    expect(await aggregates()).toMatchObject({
      asOf: '2026-02-04T00:30:00.000Z',
      cohorts: [{ counts: { d30: { activated: 2, eligible: 2 } } }],
    });
  });

  it('aggregates the filtered onboardings only', async () => {
    await saveRows({ companyId: '1', templateId: 'smb' }, { companyId: '2' });

    const response = await app.call('GET', '/api/portfolio/aggregates?template=smb');

    expect(response.body).toMatchObject({ total: 1, cohorts: [{ cohort: '2026-01', size: 1 }] });
  });

  it('refuses an unknown filter value', async () => {
    const response = await app.call('GET', '/api/portfolio/aggregates?phase=launch');

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request' } });
  });
});

describe('the portfolio read model', () => {
  it('derives the row of an onboarding that has none at the first read, then keeps it', async () => {
    await app.store.onboardings.save(
      buildOnboardingRecord({ templateId: 'smb', onboarding: withoutActivity(buildOnboarding({ companyId: '101' })) }),
    );
    expect(await app.store.portfolioRows.listMissing(PORTAL)).toEqual(['101']);

    const response = await app.call('GET', '/api/portfolio?template=smb');

    expect(companyIds(response.body)).toEqual(['101']);
    expect(await app.store.portfolioRows.listMissing(PORTAL)).toEqual([]);
  });

  it('moves an onboarding to the CSM the refresh reads, in the list and in the aggregates', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '101' })));
    await app.call('GET', '/api/portfolio/aggregates');

    await app.store.onboardings.setOwnerIds(PORTAL, [{ companyId: '101', ownerId: '71' }]);

    expect(companyIds((await app.call('GET', '/api/portfolio?owner=71')).body)).toEqual(['101']);
    expect((await app.call('GET', '/api/portfolio/aggregates')).body).toMatchObject({
      workload: [{ owner: { id: '71' }, onboardings: 1 }],
      options: { owners: [{ id: '71' }], unassigned: false },
    });
  });

  it('forgets the row of a removed onboarding', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '101' })));
    await app.call('GET', '/api/portfolio');

    await app.store.onboardings.remove(PORTAL, '101');

    expect(companyIds((await app.call('GET', '/api/portfolio')).body)).toEqual([]);
    expect((await app.call('GET', '/api/portfolio/aggregates')).body).toMatchObject({ total: 0, workload: [] });
  });

  it('queues a re-assessment of every active onboarding when the thresholds change', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '101' })));
    await app.seed(withoutActivity(buildOnboarding({ companyId: '102' })));
    await app.seed(withoutActivity(buildOnboarding({ companyId: '103', status: 'churned' })));
    const settingsPath = '/api/cards/settings';

    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }] } });
    const claimed = await app.store.inbox.claim(10, app.clock.now(), 60_000);
    app.clock.advance(1_000);
    await app.call('PUT', settingsPath, { body: { thresholds: [{ key: 'noFirstLogin.fromDay', value: 10 }] } });

    expect(claimed.map(({ kind, companyId }) => ({ kind, companyId }))).toEqual([
      { kind: 'sweep.reassess', companyId: '101' },
      { kind: 'sweep.reassess', companyId: '102' },
    ]);
    // The same thresholds saved again change nothing, so nothing is queued.
    expect(await app.store.inbox.claim(10, app.clock.now(), 60_000)).toEqual([]);
  });
});
