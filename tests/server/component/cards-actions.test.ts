import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Onboarding } from '@liftoff/shared/domain/index';
import {
  atDay,
  buildCriterion,
  buildMilestone,
  buildOnboarding,
  buildPriorSignal,
  dateOfDay,
} from '../../support/build-onboarding.ts';
import { PORTAL } from '../../support/create-test-store.ts';
import { startCardsTestApp, USER } from './cards-test-app.ts';
import type { CardsTestApp } from './cards-test-app.ts';

let app: CardsTestApp;

beforeEach(async () => {
  app = await startCardsTestApp();
});

afterEach(async () => {
  await app.stop();
});

/** Day 28 at the test clock: no login yet (no_first_login holds), criterion c1 not started, two milestones. */
function buildRunningOnboarding(overrides: Partial<Onboarding> = {}): Omit<Onboarding, 'activity'> {
  const { activity: _activity, ...onboarding } = buildOnboarding({
    criteria: [buildCriterion({ id: 'c1', baseline: 0, current: 0, target: 10, status: 'not_started' })],
    milestones: [
      buildMilestone({ id: 'm1', checklist: [{ label: 'Review first-week steps', done: false }] }),
      buildMilestone({ id: 'm2', kind: 'checkpoint_d30', dueDate: dateOfDay(30) }),
    ],
    ...overrides,
  });
  return onboarding;
}

const base = '/api/cards/companies/101';

interface ViewBody {
  criteria: {
    id: string;
    name: string;
    current: number | null;
    status: string;
    progressPercent: number | null;
    measurable: boolean;
    suggestion: { target: number; baseline: number | null; dueDate: string } | null;
  }[];
  milestones: { id: string; status: string; completedAt: string | null; checklist: unknown[]; notes: string | null }[];
  signals: { type: string; status: string; snoozedUntil: string | null }[];
  checkpointNotes: { milestoneId: string | null; note: string; loggedByUserId: string }[];
}

async function readView(): Promise<ViewBody> {
  const response = await app.call('GET', `${base}/onboarding`);
  return (response.body as { onboarding: ViewBody }).onboarding;
}

async function readCardEvents() {
  const events = await app.store.inbox.claim(100, app.clock.now(), 60_000);
  return events.filter((event) => event.source === 'card');
}

describe('card actions', () => {
  beforeEach(async () => {
    await app.seed(buildRunningOnboarding());
  });

  it('records a criterion value, starts the criterion, and the next GET shows it', async () => {
    const response = await app.call('POST', `${base}/criteria/c1/current-value`, { body: { current: 6 } });

    expect(response.status).toBe(200);
    const expected = { id: 'c1', current: 6, status: 'in_progress', progressPercent: 60 };
    expect((response.body as ViewBody).criteria[0]).toMatchObject(expected);
    expect((await readView()).criteria[0]).toMatchObject(expected);
  });

  it('closes a criterion as achieved and keeps its value', async () => {
    await app.call('POST', `${base}/criteria/c1/current-value`, { body: { current: 10 } });

    const response = await app.call('POST', `${base}/criteria/c1/status`, { body: { status: 'achieved' } });

    expect(response.status).toBe(200);
    expect((await readView()).criteria[0]).toMatchObject({ current: 10, status: 'achieved' });
  });

  it('agrees a criterion’s terms: it starts from the agreed baseline, agreed today, and the next GET shows it measurable', async () => {
    const body = { target: 20, baseline: 2, dueDate: '2026-05-01' };
    await app.seed(
      buildRunningOnboarding({
        criteria: [buildCriterion({ id: 'c1', metric: 'invoices_sent', current: null, status: 'not_started' })],
      }),
    );

    const response = await app.call('POST', `${base}/criteria/c1/agreement`, { body });

    expect(response.status).toBe(200);
    const expected = { id: 'c1', ...body, current: 2, status: 'not_started', measurable: true, suggestion: null };
    expect((response.body as ViewBody).criteria[0]).toMatchObject(expected);
    expect((await readView()).criteria[0]).toMatchObject(expected);
    const stored = await app.store.onboardings.get(PORTAL, '101');
    expect(stored?.onboarding.criteria[0]?.agreedAt).toBe(Date.UTC(2026, 2, 2));
    expect(await readCardEvents()).toEqual([
      expect.objectContaining({
        kind: 'card.agree_criterion',
        companyId: '101',
        payload: {
          action: { kind: 'agree_criterion', criterionId: 'c1', ...body, dueDate: Date.UTC(2026, 4, 1), current: null },
          userId: USER,
        },
      }),
    ]);
  });

  it.each([
    ['no HubSpot user', null, 'required'],
    ['a user id that is not HubSpot’s', 'abc', 'expected a HubSpot user id'],
  ])('refuses a card write naming %s, and records nothing', async (_label, userId, message) => {
    const response = await app.call('POST', `${base}/checkpoint-notes`, {
      body: { milestoneId: null, note: 'Who wrote this?' },
      userId,
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'userId', message }] } });
    expect((await readView()).checkpointNotes).toEqual([]);
  });

  it('refuses to take back an achievement the data proved: it is latched', async () => {
    await app.seed(
      buildRunningOnboarding({
        criteria: [buildCriterion({ id: 'c1', status: 'achieved', achievedAt: atDay(20), current: 10, target: 10 })],
      }),
    );

    const response = await app.call('POST', `${base}/criteria/c1/status`, { body: { status: 'in_progress' } });

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: { code: 'conflict', message: expect.stringContaining('stays achieved') },
    });
  });

  it('agrees a computed criterion without touching its value: it keeps reading it from the usage', async () => {
    const body = { target: 20, baseline: 0, dueDate: '2026-05-01' };

    await app.call('POST', `${base}/criteria/c1/agreement`, { body });

    expect((await app.store.onboardings.get(PORTAL, '101'))?.onboarding.criteria[0]?.current).toBe(0);
    expect((await readView()).criteria[0]).toMatchObject({ baseline: 0, target: 20 });
  });

  it('agrees a criterion with a measured value, which starts it', async () => {
    const body = { target: 20, baseline: null, dueDate: '2026-05-01', current: 7 };

    await app.call('POST', `${base}/criteria/c1/agreement`, { body });

    // Weekly active users is computed: without an agreed baseline, its value on the agreement day (none yet: 0).
    expect((await readView()).criteria[0]).toMatchObject({ baseline: 0, current: 7, status: 'in_progress' });
  });

  it('keeps the checklist, the notes and the completion date when a completion is sent again', async () => {
    const body = { checklist: [{ label: 'Review first-week steps', done: true }], notes: 'Held with the sponsor.' };
    await app.call('POST', `${base}/milestones/m1/complete`, { body });
    const first = (await readView()).milestones[0];

    app.clock.advance(3_600_000);
    const again = await app.call('POST', `${base}/milestones/m1/complete`, { body: {} });

    expect(again.status).toBe(200);
    expect((await readView()).milestones[0]).toEqual(first);
  });

  it('completes a milestone now with the ticked checklist and notes', async () => {
    const body = { checklist: [{ label: 'Review first-week steps', done: true }], notes: 'Held with the sponsor.' };

    const response = await app.call('POST', `${base}/milestones/m1/complete`, { body });

    expect(response.status).toBe(200);
    expect((await readView()).milestones[0]).toEqual(
      expect.objectContaining({
        id: 'm1',
        status: 'done',
        completedAt: '2026-03-02T09:00:00.000Z',
        checklist: body.checklist,
        notes: 'Held with the sponsor.',
      }),
    );
  });

  it('logs a checkpoint note by the signed user, newest first', async () => {
    await app.call('POST', `${base}/checkpoint-notes`, { body: { milestoneId: 'm1', note: 'First note' } });
    app.clock.advance(60_000);

    await app.call('POST', `${base}/checkpoint-notes`, { body: { milestoneId: null, note: 'Second note' } });

    expect((await readView()).checkpointNotes).toEqual([
      expect.objectContaining({ milestoneId: null, note: 'Second note', loggedByUserId: USER }),
      expect.objectContaining({ milestoneId: 'm1', note: 'First note', loggedByUserId: USER }),
    ]);
  });

  it('acknowledges a signal the worker has not stored yet, and it stays acknowledged', async () => {
    const response = await app.call('POST', `${base}/signals/no_first_login/acknowledge`, { body: {} });

    expect(response.status).toBe(200);
    expect((await readView()).signals).toContainEqual(
      expect.objectContaining({ type: 'no_first_login', status: 'acknowledged' }),
    );
  });

  it('snoozes a signal until a later date', async () => {
    const response = await app.call('POST', `${base}/signals/no_first_login/snooze`, { body: { until: '2026-03-09' } });

    expect(response.status).toBe(200);
    expect((await readView()).signals).toContainEqual(
      expect.objectContaining({
        type: 'no_first_login',
        status: 'snoozed',
        snoozedUntil: '2026-03-09T00:00:00.000Z',
      }),
    );
  });

  it('refuses a snooze past the portal’s 14-day cap, naming the last day allowed, rather than cutting it short', async () => {
    const response = await app.call('POST', `${base}/signals/no_first_login/snooze`, { body: { until: '2026-03-17' } });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { issues: [{ path: 'until', message: 'must be after 2026-03-02 and on or before 2026-03-16' }] },
    });
  });

  it('resolves a stored signal with the CSM note, kept in its history with who and when; it re-opens with its first detection time because its condition still holds', async () => {
    await app.seed(buildRunningOnboarding({ signals: [buildPriorSignal({ detectedAt: atDay(14) })] }));

    const response = await app.call('POST', `${base}/signals/no_first_login/resolve`, {
      body: { note: 'Called the sponsor; logins planned Monday.' },
    });

    expect(response.status).toBe(200);
    const stored = await app.store.onboardings.get(PORTAL, '101');
    const note = 'Called the sponsor; logins planned Monday.';
    expect(stored?.signalHandling).toContainEqual({
      type: 'no_first_login',
      note,
      resolvedAt: app.clock.now(),
      history: [{ at: app.clock.now(), authorId: USER, action: 'resolved', note }],
    });
    expect(stored?.onboarding.signals).toContainEqual(
      expect.objectContaining({ type: 'no_first_login', status: 'resolved', resolvedBy: 'person' }),
    );
    expect((response.body as { signals: { type: string; detectedAt: string }[] }).signals).toContainEqual(
      expect.objectContaining({ type: 'no_first_login', status: 'open', detectedAt: '2026-02-16T12:00:00.000Z' }),
    );
  });

  it('appends one card inbox event per action so the worker writes it through to HubSpot', async () => {
    await app.call('POST', `${base}/criteria/c1/current-value`, { body: { current: 6 } });
    await app.call('POST', `${base}/signals/no_first_login/acknowledge`, { body: {} });

    expect(await readCardEvents()).toEqual([
      expect.objectContaining({
        portalId: PORTAL,
        source: 'card',
        kind: 'card.update_criterion_value',
        companyId: '101',
        occurredAt: app.clock.now(),
        payload: { action: { kind: 'update_criterion_value', criterionId: 'c1', current: 6 }, userId: USER },
      }),
      expect.objectContaining({ kind: 'card.acknowledge_signal', companyId: '101' }),
    ]);
  });

  it.each([
    ['a non-numeric value', 'criteria/c1/current-value', { current: '6' }, 'current'],
    ['an agreement without target', 'criteria/c1/agreement', { baseline: 0, dueDate: '2026-05-01' }, 'target'],
    [
      'a non-numeric baseline',
      'criteria/c1/agreement',
      { target: 5, baseline: 'zero', dueDate: '2026-05-01' },
      'baseline',
    ],
    [
      'a due date not YYYY-MM-DD',
      'criteria/c1/agreement',
      { target: 5, baseline: 0, dueDate: '01/05/2026' },
      'dueDate',
    ],
    ['an agreement without due date', 'criteria/c1/agreement', { target: 5, baseline: 0, dueDate: null }, 'dueDate'],
    ['an unknown status', 'criteria/c1/status', { status: 'done' }, 'status'],
    [
      'a checklist item without a label',
      'milestones/m1/complete',
      { checklist: [{ done: true }], notes: null },
      'checklist.0.label',
    ],
    ['an empty note', 'checkpoint-notes', { milestoneId: null, note: '  ' }, 'note'],
    ['a body on acknowledge', 'signals/no_first_login/acknowledge', { reason: 'x' }, 'reason'],
    ['a date that does not exist', 'signals/no_first_login/snooze', { until: '2026-02-30' }, 'until'],
    ['a snooze date that is not after today', 'signals/no_first_login/snooze', { until: '2026-03-02' }, 'until'],
    ['an unknown signal type', 'signals/bad_vibes/resolve', { note: 'x' }, 'signalType'],
  ])('answers 400 with issues for %s and changes nothing', async (_label, path, body, issuePath) => {
    const response = await app.call('POST', `${base}/${path}`, { body });

    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      error: {
        code: 'invalid_request',
        message: expect.any(String),
        issues: expect.arrayContaining([expect.objectContaining({ path: issuePath })]),
      },
    });
    expect(await readCardEvents()).toEqual([]);
  });

  it.each([
    ['an unknown criterion', 'criteria/c9/current-value', { current: 1 }],
    [
      'an agreement on an unknown criterion',
      'criteria/c9/agreement',
      { target: 5, baseline: 0, dueDate: '2026-05-01' },
    ],
    ['an unknown milestone', 'milestones/m9/complete', { checklist: [], notes: null }],
    ['a note about an unknown milestone', 'checkpoint-notes', { milestoneId: 'm9', note: 'x' }],
    ['a signal whose condition does not hold', 'signals/usage_drop/acknowledge', {}],
  ])('answers 404 for %s', async (_label, path, body) => {
    const response = await app.call('POST', `${base}/${path}`, { body });

    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });
});

describe('start onboarding from the card', () => {
  it('starts from the chosen template dated from the start date, answers 201 and the next GET shows it', async () => {
    const response = await app.call('POST', `${base}/onboarding`, {
      body: { templateId: 'smb', startDate: '2026-02-23' },
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ companyId: '101', header: { startDate: '2026-02-23', day: 7 } });
    const view = await app.call('GET', `${base}/onboarding`);
    expect(view.body).toMatchObject({
      kind: 'onboarding',
      onboarding: { milestones: expect.arrayContaining([expect.objectContaining({ id: '101-m1', name: 'Kickoff' })]) },
    });
    expect(await readCardEvents()).toEqual([
      expect.objectContaining({ kind: 'card.start_onboarding', companyId: '101' }),
    ]);
  });

  it('starts the template’s default criteria as proposals: no_criteria holds at day 7 until the CSM agrees 3', async () => {
    await app.call('POST', `${base}/onboarding`, { body: { templateId: 'standard', startDate: '2026-02-23' } });
    const proposed = await readView();
    expect(proposed.signals.map((signal) => signal.type)).toContain('no_criteria');
    expect(proposed.criteria.map(({ name, measurable, suggestion }) => ({ name, measurable, suggestion }))).toEqual([
      {
        name: '5 weekly active users',
        measurable: false,
        suggestion: { target: 5, baseline: 0, dueDate: '2026-03-25' },
      },
      { name: '3 automations live', measurable: false, suggestion: { target: 3, baseline: 0, dueDate: '2026-04-24' } },
      {
        name: 'Weekly report used by management',
        measurable: false,
        suggestion: { target: 4, baseline: 0, dueDate: '2026-05-24' },
      },
    ]);

    for (const { id, suggestion } of proposed.criteria) {
      const response = await app.call('POST', `${base}/criteria/${id}/agreement`, { body: suggestion });
      expect(response.status).toBe(200);
    }

    const agreed = await readView();
    expect(agreed.criteria.every((criterion) => criterion.measurable && criterion.suggestion === null)).toBe(true);
    expect(agreed.signals.map((signal) => signal.type)).not.toContain('no_criteria');
  });

  it('answers 409 when the company already has an onboarding', async () => {
    await app.seed(buildRunningOnboarding());

    const response = await app.call('POST', `${base}/onboarding`, {
      body: { templateId: 'smb', startDate: '2026-02-23' },
    });

    expect(response.status).toBe(409);
    expect(response.body).toEqual({ error: { code: 'conflict', message: expect.any(String) } });
  });

  it('answers 400 naming templateId for an unknown template', async () => {
    const response = await app.call('POST', `${base}/onboarding`, {
      body: { templateId: 'nope', startDate: '2026-02-23' },
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'templateId' }] } });
  });

  it('answers 404 to an action on a company without an onboarding', async () => {
    const response = await app.call('POST', `${base}/criteria/c1/current-value`, { body: { current: 1 } });

    expect(response.status).toBe(404);
  });
});
