import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffView, SaveHandoffBody } from '@liftoff/shared/contract/index';
import { buildHandoff, buildSaveHandoffBody, DEAL, EVERY_READINESS_GAP } from '../../support/build-handoff.ts';
import { buildOnboarding, buildStakeholder } from '../../support/build-onboarding.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp, USER } from './cards-test-app.ts';
import type { CallOptions, CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

const path = `/api/cards/deals/${DEAL}/handoff`;

async function readHandoff(options: CallOptions = {}): Promise<HandoffView> {
  const response = await app.call('GET', path, options);
  expect(response.status).toBe(200);
  return response.body as HandoffView;
}

async function readCardEvents(portalId = PORTAL) {
  const events = await app.store.inbox.claim(100, app.clock.now(), 60_000);
  return events.filter((event) => event.source === 'card' && event.portalId === portalId);
}

describe('the Handoff card API', () => {
  it('answers a deal with nothing saved from the store: no promises, readiness 0, every requirement missing', async () => {
    const view = await readHandoff();

    expect(view).toMatchObject({ dealId: DEAL, criteria: [], contacts: [], validationOwnerContactId: null });
    expect(view.readiness.score).toBe(0);
    expect(view.readiness.missing.map((gap) => gap.code)).toEqual(EVERY_READINESS_GAP);
  });

  it('saves a complete handoff, answers it scored 100 with ids given to the new promises, and the next GET shows it', async () => {
    const response = await app.call('PUT', path, { body: buildSaveHandoffBody() });

    expect(response.status).toBe(200);
    const saved = response.body as HandoffView;
    expect(saved.readiness).toEqual({ score: 100, missing: [] });
    expect(saved.criteria.map((criterion) => [criterion.id, criterion.target, criterion.dueDate])).toEqual([
      ['handoff-501-c1', 100, '2026-05-01'],
      ['handoff-501-c2', 200, '2026-05-01'],
      ['handoff-501-c3', 300, '2026-05-01'],
    ]);
    expect(saved.contacts.find((contact) => contact.contactId === '9001')?.roles).toEqual([
      'economic_decision_maker',
      'validation_owner',
    ]);
    expect(await readHandoff()).toEqual(saved);
  });

  it('queues one card.handoff.saved event per save for the worker to write the readiness to the deal', async () => {
    await app.call('PUT', path, { body: buildSaveHandoffBody() });

    const events = await readCardEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'card.handoff.saved', payload: { dealId: DEAL, userId: USER } });
  });

  it('keeps a promise id across saves, drops removed promises and scores what is left', async () => {
    const first = (await app.call('PUT', path, { body: buildSaveHandoffBody() })).body as HandoffView;
    const [kept] = first.criteria;

    const response = await app.call('PUT', path, {
      body: buildSaveHandoffBody({ criteria: kept === undefined ? [] : [{ ...kept, baseline: null }] }),
    });

    const view = response.body as HandoffView;
    expect(view.criteria.map((criterion) => criterion.id)).toEqual(['handoff-501-c1']);
    expect(view.readiness.missing.map((gap) => gap.code)).toEqual(['criteria_count', 'criteria_baseline']);
    // 1 measurable criterion of 3 (13 of 40), no baseline (0 of 15), the circles and the validation owner in full.
    expect(view.readiness.score).toBe(58);
  });

  it('accepts incomplete promises: 3–5 measurable criteria is a readiness rule, not a validation rule', async () => {
    const body = buildSaveHandoffBody({
      criteria: [{ name: 'Faster close', metric: null, unit: null, baseline: null, target: null, dueDate: null }],
      contacts: [],
      validationOwnerContactId: null,
    });

    const response = await app.call('PUT', path, { body });

    expect(response.status).toBe(200);
    expect((response.body as HandoffView).readiness.score).toBe(0);
  });

  it('offers the stakeholders of the deal’s company, once known, to tag', async () => {
    await app.store.handoffs.save(buildHandoff({ companyId: '101', contacts: [] }));
    const { activity: _activity, ...onboarding } = buildOnboarding({
      stakeholders: [buildStakeholder({ contactId: '9010', name: 'Noor Admin', roles: ['technical_influencer'] })],
    });
    await app.seed(onboarding);

    const view = await readHandoff();

    expect(view.companyId).toBe('101');
    expect(view.contacts).toEqual([{ contactId: '9010', name: 'Noor Admin', email: null, roles: [] }]);
  });

  const invalidBodies: [string, SaveHandoffBody | Record<string, unknown>, string][] = [
    [
      'a promise without a name',
      buildSaveHandoffBody({
        criteria: [{ name: ' ', metric: null, unit: null, baseline: 0, target: 1, dueDate: null }],
      }),
      'criteria.0.name',
    ],
    [
      'a due date that is not YYYY-MM-DD',
      buildSaveHandoffBody({
        criteria: [{ name: 'A', metric: null, unit: null, baseline: 0, target: 1, dueDate: '01/05/2026' }],
      }),
      'criteria.0.dueDate',
    ],
    [
      'more than 10 promises',
      buildSaveHandoffBody({
        criteria: Array.from({ length: 11 }, () => ({
          name: 'A',
          metric: null,
          unit: null,
          baseline: 0,
          target: 1,
          dueDate: '2026-05-01',
        })),
      }),
      'criteria',
    ],
    [
      'a role outside the closed list',
      { ...buildSaveHandoffBody(), contacts: [{ contactId: '9001', roles: ['champion'] }] },
      'contacts.0.roles.0',
    ],
    [
      'a validation owner who is not a listed contact',
      buildSaveHandoffBody({ validationOwnerContactId: '9999' }),
      'validationOwnerContactId',
    ],
    [
      'the same contact twice',
      buildSaveHandoffBody({
        contacts: [
          { contactId: '9001', roles: [] },
          { contactId: '9001', roles: ['end_user'] },
        ],
      }),
      'contacts.1.contactId',
    ],
    [
      'a promise id this deal does not have',
      buildSaveHandoffBody({
        criteria: [
          { id: 'handoff-777-c1', name: 'A', metric: null, unit: null, baseline: 0, target: 1, dueDate: null },
        ],
      }),
      'criteria.0.id',
    ],
    ['an unknown field', { ...buildSaveHandoffBody(), dealName: 'Acme' }, ''],
  ];

  it.each(invalidBodies)('answers 400 with issues to %s and saves nothing', async (_label, body, issuePath) => {
    const response = await app.call('PUT', path, { body });

    expect(response.status).toBe(400);
    const { error } = response.body as { error: { code: string; issues: { path: string }[] } };
    expect(error.code).toBe('invalid_request');
    expect(error.issues.map((issue) => issue.path)).toContain(issuePath);
    expect(await app.store.handoffs.get(PORTAL, DEAL)).toBeNull();
    expect(await readCardEvents()).toEqual([]);
  });

  it('answers 400 to a deal id that is not a HubSpot record id', async () => {
    const response = await app.call('GET', '/api/cards/deals/abc/handoff');

    expect(response.status).toBe(400);
  });

  it.each<[string, CallOptions]>([
    ['carries no signature', { sign: 'none' }],
    ['was signed with another secret', { sign: 'other-secret' }],
    ['had its body changed after signing', { sign: 'tampered-body' }],
  ])('answers 401 and saves nothing when the PUT %s', async (_label, options) => {
    const response = await app.call('PUT', path, { body: buildSaveHandoffBody(), ...options });

    expect(response.status).toBe(401);
    expect(await app.store.handoffs.get(PORTAL, DEAL)).toBeNull();
  });

  it('keeps each portal’s handoffs apart: another portal is refused the same deal id, and cannot save one', async () => {
    await app.call('PUT', path, { body: buildSaveHandoffBody() });

    const fromOther = await app.call('GET', path, { portalId: OTHER_PORTAL });
    const savedByOther = await app.call('PUT', path, { body: buildSaveHandoffBody(), portalId: OTHER_PORTAL });

    expect(fromOther).toMatchObject({ status: 403, body: { error: { code: 'portal_not_served' } } });
    expect(savedByOther.status).toBe(403);
    expect(await app.store.handoffs.get(OTHER_PORTAL, DEAL)).toBeNull();
    expect((await readHandoff()).readiness.score).toBe(100);
  });
});
