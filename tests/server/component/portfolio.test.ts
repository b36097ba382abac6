import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildHealthyOnboarding, buildOnboarding, date, withoutActivity } from '../../support/build-onboarding.ts';
import { buildAssessment, OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

describe('GET /api/portfolio', () => {
  it('lists the signed portal onboardings riskiest first, with cohort activation', async () => {
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
          status: 'in_progress',
          phase: 'adoption',
          day: 31,
          healthScore: expect.any(Number),
          riskLevel: 'critical',
          escalationLevel: expect.any(Number),
          openSignalTypes: expect.arrayContaining(['no_first_login']),
          activated: false,
          activationDay: null,
        },
        expect.objectContaining({ companyId: '201', companyName: 'Healthy' }),
      ],
      cohorts: [
        {
          cohort: '2026-02',
          size: 2,
          activationRate: { d30: expect.any(Number), d60: null, d90: null },
          counts: {
            d30: { activated: expect.any(Number), eligible: 2 },
            d60: { activated: 0, eligible: 0 },
            d90: { activated: 0, eligible: 0 },
          },
        },
      ],
    });
  });

  it('answers an empty portfolio for a portal without onboardings', async () => {
    await app.seed(withoutActivity(buildOnboarding({ companyId: '301', companyName: 'Elsewhere' })), OTHER_PORTAL);

    const response = await app.call('GET', '/api/portfolio');

    expect(response.body).toEqual({ asOf: '2026-03-02T09:00:00.000Z', onboardings: [], cohorts: [] });
  });

  it('answers 401 without a valid signature', async () => {
    const response = await app.call('GET', '/api/portfolio', { sign: 'none' });

    expect(response.status).toBe(401);
  });

  it('keeps a finished onboarding that was assessed before in the cohort history', async () => {
    const finished = withoutActivity(
      buildOnboarding({ companyId: '203', status: 'completed', startDate: date('2026-01-05') }),
    );
    await app.seed(finished);
    await app.store.assessments.save(PORTAL, buildAssessment('203', app.clock.now()));

    const response = await app.call('GET', '/api/portfolio');

    expect(response.body).toMatchObject({
      onboardings: [expect.objectContaining({ companyId: '203', status: 'completed', phase: 'completed' })],
      cohorts: [{ cohort: '2026-01', size: 1 }],
    });
  });
});
