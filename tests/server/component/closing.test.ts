import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnboardingView } from '@liftoff/shared/contract/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { saveHandoff } from '../../../server/src/onboarding/handoff/save-handoff.ts';
import { buildHandoffInput } from '../../support/build-handoff.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildStakeholderLabels,
  buildSalesPipeline,
  startSyncTestService,
  SYNC_PORTAL as PORTAL,
  SYNC_USER as USER,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';
import { postWorkflowAction } from './cards-test-app.ts';

const COMPANY = '101';
const DEAL = '7';
const CLOSE_DATE = '2026-01-05T08:00:00.000Z';
const card = `/api/cards/companies/${COMPANY}`;
/** Sales promised 100, 200 and 300 invoices a month (buildHandoffInput); the onboarding's criteria keep these ids. */
const promises = [1, 2, 3].map((n) => `handoff-${DEAL}-c${n}`);

/**
 * Closing an onboarding with its outcome (docs/PRODUCT.md §2 step 8) through the real service: the card's and the
 * workflow's requests on the real app and SQLite store, the worker writing through to the simulated HubSpot on
 * loopback, every exchange checked against HubSpot's OpenAPI documents. The onboarding starts the way a real portal
 * starts one: sales saves three promises on the deal, the deal is won.
 */
describe('closing an onboarding', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-01-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: {
        objects: {
          companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }],
          deals: [{ id: DEAL, properties: { dealstage: 'closedwon', pipeline: 'default', closedate: CLOSE_DATE } }],
          // The contacts sales tags on the Handoff card: the worker writes their roles as Liftoff's labels.
          contacts: ['9001', '9002', '9003'].map((id) => ({ id, properties: { firstname: `Contact ${id}` } })),
        },
        associations: [buildPrimaryCompanyAssociation(DEAL, COMPANY)],
        associationLabels: buildStakeholderLabels(),
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
    hubspot = service.hubspot;
    const saved = await saveHandoff(
      { store: service.store, clock, createEventId: () => 'handoff-saved' },
      { portalId: PORTAL, userId: USER },
      DEAL,
      buildHandoffInput(),
    );
    if (!saved.ok) throw new Error('the handoff was not saved');
    await service.drain();
    clock.set(CLOSE_DATE);
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        occurredAt: Date.parse(CLOSE_DATE),
        subscriptionType: 'deal.propertyChange',
        objectId: Number(DEAL),
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);
    expect(await service.drain()).toMatchObject({ parked: 0 });
    clock.advance(20 * DAY_MS);
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  const company = () => hubspot.records('companies').find((record) => record.id === COMPANY)?.properties ?? {};
  const deal = () => hubspot.records('deals').find((record) => record.id === DEAL)?.properties ?? {};
  const stored = async () => (await service.store.onboardings.get(PORTAL, COMPANY))?.onboarding;
  /** Each card write is signed once: the next one is a new request a little later. */
  const post = async (path: string, body: unknown) => {
    clock.advance(60_000);
    return service.callCard('POST', `${card}${path}`, body);
  };
  const recordValue = (criterionId: string, current: number) =>
    post(`/criteria/${criterionId}/current-value`, { current });

  describe('from the card', () => {
    it('closes as churned with its reason, answers the closed view and logs who closed it and why', async () => {
      const response = await post('/onboarding/close', {
        outcome: 'churned',
        reason: 'budget',
        note: 'Budget cut after the merger.',
      });

      expect(response.status).toBe(200);
      const view = response.body as OnboardingView;
      expect(view.header.status).toBe('churned');
      expect(view.outcome).toEqual({
        outcome: 'churned',
        reason: 'budget',
        closedAt: new Date(clock.now()).toISOString(),
        promisesKept: 0,
        promisesJudged: 3,
      });
      expect(view.checkpointNotes[0]).toMatchObject({
        note: 'Closed as churned (budget). Budget cut after the merger.',
        loggedByUserId: USER,
        loggedAt: new Date(clock.now()).toISOString(),
      });
      expect(await stored()).toMatchObject({ status: 'churned', closedAt: clock.now(), outcomeReason: 'budget' });
    });

    it('writes the outcome to the company and the promises kept to the deal, judged against what sales promised', async () => {
      await recordValue(promises[0] ?? '', 120);
      // The CSM renegotiated the second promise down to 150 and the customer reached that, not the 200 promised.
      await post(`/criteria/${promises[1]}/agreement`, { target: 150, baseline: 0, dueDate: '2026-05-01' });
      await recordValue(promises[1] ?? '', 160);
      await post('/onboarding/close', { outcome: 'completed', reason: null, note: null });
      const closedAt = clock.now();

      expect(await service.drain()).toMatchObject({ parked: 0, retried: 0 });

      expect(company()).toMatchObject({
        liftoff_status: 'completed',
        liftoff_phase: 'completed',
        liftoff_outcome: 'completed',
        liftoff_closed_at: new Date(closedAt).toISOString(),
      });
      // A completion needs no reason: the property is never given one.
      expect(company().liftoff_outcome_reason ?? '').toBe('');
      expect(deal()).toMatchObject({ liftoff_promises_kept: '1', liftoff_promises_total: '3' });
      expect((await stored())?.criteria.map((criterion) => criterion.promiseKept)).toEqual([true, false, false]);
    });

    it('refuses to close a closed onboarding with 409, and changes nothing', async () => {
      await post('/onboarding/close', { outcome: 'abandoned', reason: 'poor_fit', note: null });
      const closedAt = clock.now();

      const again = await post('/onboarding/close', { outcome: 'completed', note: null });

      expect(again).toMatchObject({
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'This onboarding is already abandoned since 2026-01-25: reopen it before closing it again.',
          },
        },
      });
      expect(await stored()).toMatchObject({ status: 'abandoned', closedAt, outcomeReason: 'poor_fit' });
    });

    it('refuses churned or abandoned without a reason with 400 and the field', async () => {
      const response = await post('/onboarding/close', { outcome: 'churned', note: null });

      expect(response).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_request', issues: [{ path: 'reason' }] } },
      });
      expect(await stored()).toMatchObject({ status: 'in_progress', closedAt: null });
    });

    it('reopens a closed onboarding: in progress again, the outcome cleared in HubSpot, the promises’ verdicts kept', async () => {
      await recordValue(promises[0] ?? '', 100);
      await post('/onboarding/close', { outcome: 'churned', reason: 'champion_left', note: null });
      await service.drain();

      const response = await post('/onboarding/reopen', { note: 'The new champion wants to go on.' });

      expect(response.status).toBe(200);
      const view = response.body as OnboardingView;
      expect(view).toMatchObject({ outcome: null, reopenedAt: new Date(clock.now()).toISOString() });
      expect(view.header.status).toBe('in_progress');
      expect(view.checkpointNotes[0]?.note).toBe(
        'Reopened: from now on only a person closes it. The new champion wants to go on.',
      );
      await service.drain();
      expect(company()).toMatchObject({
        liftoff_status: 'in_progress',
        liftoff_outcome: '',
        liftoff_outcome_reason: '',
        liftoff_closed_at: '',
      });
      expect(deal()).toMatchObject({ liftoff_promises_kept: '1', liftoff_promises_total: '3' });
    });

    it('refuses to reopen an onboarding in progress with 409', async () => {
      const response = await post('/onboarding/reopen', {});

      expect(response).toMatchObject({
        status: 409,
        body: {
          error: {
            code: 'conflict',
            message: 'This onboarding is in progress: only a closed onboarding reopens.',
          },
        },
      });
    });
  });

  describe('by itself, in the worker', () => {
    /** The customer reaches every promise and the CSM holds the day-90 review: the completion rule holds. */
    async function deliverEverything() {
      for (const [n, id] of promises.entries()) await recordValue(id, 100 * (n + 1));
      clock.set(Date.parse(CLOSE_DATE) + 91 * DAY_MS);
      const review = (await stored())?.milestones.find((milestone) => milestone.kind === 'review_d90');
      await post(`/milestones/${review?.id}/complete`, { notes: 'Every promise delivered.' });
    }

    it('completes the onboarding once the day-90 review is done and every criterion achieved, and writes it through', async () => {
      await deliverEverything();
      const completedAt = clock.now();

      expect(await service.drain()).toMatchObject({ parked: 0, retried: 0 });

      expect(await stored()).toMatchObject({ status: 'completed', closedAt: completedAt, outcomeReason: null });
      expect(company()).toMatchObject({
        liftoff_status: 'completed',
        liftoff_outcome: 'completed',
        liftoff_closed_at: new Date(completedAt).toISOString(),
      });
      expect(deal()).toMatchObject({ liftoff_promises_kept: '3', liftoff_promises_total: '3' });
      const notes = (await service.store.onboardings.get(PORTAL, COMPANY))?.checkpointNotes ?? [];
      expect(notes.filter((note) => note.text.startsWith('Closed as completed'))).toEqual([
        expect.objectContaining({
          authorId: null,
          at: completedAt,
          text: 'Closed as completed. The day-90 review is done and every measurable criterion is achieved.',
        }),
      ]);
    });

    it('closes it only once: a later run the same day changes neither the close nor HubSpot', async () => {
      await deliverEverything();
      await service.drain();
      const completedAt = clock.now();
      const calls = hubspot.stats().calls;

      await post('/checkpoint-notes', { milestoneId: null, note: 'Renewal call booked.' });
      await service.drain();

      expect(await stored()).toMatchObject({ status: 'completed', closedAt: completedAt });
      expect(hubspot.stats().calls).toBe(calls);
      const notes = (await service.store.onboardings.get(PORTAL, COMPANY))?.checkpointNotes ?? [];
      expect(notes.filter((note) => note.text.startsWith('Closed as'))).toHaveLength(1);
    });

    it('never completes an onboarding a person reopened', async () => {
      await deliverEverything();
      await service.drain();
      await post('/onboarding/reopen', {});

      await service.drain();

      expect(await stored()).toMatchObject({ status: 'in_progress', closedAt: null });
      expect(company()).toMatchObject({ liftoff_status: 'in_progress', liftoff_outcome: '' });
    });
  });

  describe('from a workflow', () => {
    it('closes with the outcome, reason and note the workflow sets, and the worker writes it through', async () => {
      const response = await postWorkflowAction({ clock, url: service.server.url }, 'close-onboarding', PORTAL, {
        outcome: 'abandoned',
        reason: 'no_adoption',
        note: 'No login in 60 days.',
      });

      expect(response).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
      const closed = await service.store.onboardings.get(PORTAL, COMPANY);
      expect(closed?.onboarding).toMatchObject({ status: 'abandoned', closedAt: clock.now() });
      expect(closed?.checkpointNotes.at(-1)).toMatchObject({
        authorId: null,
        text: 'Closed as abandoned (no adoption). No login in 60 days.',
      });
      await service.drain();
      expect(company()).toMatchObject({
        liftoff_status: 'abandoned',
        liftoff_outcome: 'abandoned',
        liftoff_outcome_reason: 'no_adoption',
        liftoff_closed_at: new Date(clock.now()).toISOString(),
      });
      expect(deal()).toMatchObject({ liftoff_promises_kept: '0', liftoff_promises_total: '3' });
    });

    it('refuses churned without a reason with 400 on the input field, and closes nothing', async () => {
      const response = await postWorkflowAction({ clock, url: service.server.url }, 'close-onboarding', PORTAL, {
        outcome: 'churned',
        reason: '',
      });

      expect(response).toMatchObject({
        status: 400,
        body: { error: { code: 'invalid_request', issues: [{ path: 'inputFields.reason' }] } },
      });
      expect(await stored()).toMatchObject({ status: 'in_progress' });
    });
  });
});
