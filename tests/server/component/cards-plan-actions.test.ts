import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnboardingView } from '@liftoff/shared/contract/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { startSyncTestService } from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const COMPANY = '42';
const base = `/api/cards/companies/${COMPANY}`;

/**
 * The CSM works the plan from the company card, on a portal with Liftoff's objects: each action answers the fresh
 * view at once, and the worker writes it through to the simulated HubSpot (exchanges checked against HubSpot's
 * OpenAPI documents). Started from an empty store by the card's own start.
 */
describe('working the plan from the card', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      mode: 'custom_objects',
      dataset: { objects: { companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }] } },
    });
    hubspot = service.hubspot;
    await act('POST', '/onboarding', { templateId: 'standard', startDate: '2026-03-02' }, 201);
    await service.drain();
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  /** A card action a minute after the last one (a signed request is accepted once), answering the fresh view. */
  async function act(method: string, path: string, body: unknown, status = 200): Promise<OnboardingView> {
    clock.advance(60_000);
    const response = await service.callCard(method, `${base}${path}`, body);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    return response.body as OnboardingView;
  }

  async function refused(method: string, path: string, body: unknown) {
    clock.advance(60_000);
    return service.callCard(method, `${base}${path}`, body);
  }

  /** The Liftoff records of one object in HubSpot, by their liftoff_key. */
  function records(objectName: string): Map<string, Record<string, string | null>> {
    const schema = hubspot.objectSchemas().find((candidate) => candidate.name === objectName);
    if (schema === undefined) throw new Error(`the portal has no ${objectName} object`);
    return new Map(
      hubspot.records(schema.objectTypeId).map((record) => [record.properties['liftoff_key'] ?? '', record.properties]),
    );
  }

  describe('first-week steps', () => {
    it('ticks a step on the day the person gives, unticks it back to its rule, and marks it not done', async () => {
      clock.advance(2 * DAY_MS);
      const ticked = await act('POST', `/first-week-steps/${COMPANY}-s2/mark`, { mark: 'done', doneOn: '2026-03-03' });
      expect(ticked.firstWeekSteps[1]).toMatchObject({
        done: true,
        doneAt: '2026-03-03T00:00:00.000Z',
        completedBy: 'person',
        mark: 'done',
        rule: 'Completes at the first use of imports',
      });

      const unticked = await act('POST', `/first-week-steps/${COMPANY}-s2/mark`, { mark: null });
      expect(unticked.firstWeekSteps[1]).toMatchObject({ done: false, doneAt: null, completedBy: null, mark: null });

      const refusedStep = await act('POST', `/first-week-steps/${COMPANY}-s2/mark`, { mark: 'not_done' });
      expect(refusedStep.firstWeekSteps[1]).toMatchObject({ done: false, mark: 'not_done' });
    });

    it('removes a step not done, trimming the path; a done one stays', async () => {
      const trimmed = await act('POST', `/first-week-steps/${COMPANY}-s4/remove`, {});
      expect(trimmed.firstWeekSteps.map((step) => step.id)).toEqual([
        `${COMPANY}-s1`,
        `${COMPANY}-s2`,
        `${COMPANY}-s3`,
      ]);

      await act('POST', `/first-week-steps/${COMPANY}-s1/mark`, { mark: 'done' });
      expect((await refused('POST', `/first-week-steps/${COMPANY}-s1/remove`, {})).status).toBe(409);
    });

    it('refuses a done date before day 0 or after today, naming the field', async () => {
      const response = await refused('POST', `/first-week-steps/${COMPANY}-s1/mark`, {
        mark: 'done',
        doneOn: '2026-02-20',
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'doneOn' }] } });
    });
  });

  describe('milestones', () => {
    it('re-plans a milestone with its reason, keeps the date it replaced, and moves the HubSpot record', async () => {
      const view = await act('POST', `/milestones/${COMPANY}-m4/replan`, {
        dueDate: '2026-03-16',
        reason: 'The customer’s IT freeze until mid-March',
      });
      await service.drain();

      expect(view.milestones[3]).toMatchObject({
        dueDate: '2026-03-16',
        replans: [
          {
            byUserId: '77',
            previousDueDate: '2026-03-09',
            reason: 'The customer’s IT freeze until mid-March',
          },
        ],
      });
      expect(records('liftoff_milestone').get(`${COMPANY}-m4`)).toMatchObject({ due_date: '2026-03-16' });
    });

    it('skips a milestone with its reason, and HubSpot shows it skipped', async () => {
      const view = await act('POST', `/milestones/${COMPANY}-m3/skip`, { reason: 'Value proven in the pilot' });
      await service.drain();

      expect(view.milestones[2]).toMatchObject({ status: 'skipped', skipReason: 'Value proven in the pilot' });
      expect(records('liftoff_milestone').get(`${COMPANY}-m3`)).toMatchObject({
        status: 'skipped',
        skip_reason: 'Value proven in the pilot',
      });
    });

    it('sets and clears a milestone’s owner, in HubSpot too', async () => {
      await act('POST', `/milestones/${COMPANY}-m1/owner`, { owner: 'Dana (CSM)' });
      await service.drain();
      expect(records('liftoff_milestone').get(`${COMPANY}-m1`)).toMatchObject({ owner: 'Dana (CSM)' });

      const cleared = await act('POST', `/milestones/${COMPANY}-m1/owner`, { owner: '' });
      await service.drain();
      expect(cleared.milestones[0]?.owner).toBeNull();
      expect(records('liftoff_milestone').get(`${COMPANY}-m1`)?.['owner'] ?? '').toBe('');
    });

    it('completes a milestone on a given day, then reopens it as the person’s "not done"', async () => {
      clock.advance(DAY_MS);
      await act('POST', `/milestones/${COMPANY}-m1/complete`, {
        completedOn: '2026-03-02',
        checklist: [{ label: 'Confirm success criteria and due dates', done: true }],
        notes: 'Kickoff held with the sponsor',
      });
      await service.drain();
      expect(records('liftoff_milestone').get(`${COMPANY}-m1`)).toMatchObject({ status: 'done' });

      const reopened = await act('POST', `/milestones/${COMPANY}-m1/reopen`, {});
      await service.drain();

      expect(reopened.milestones[0]).toMatchObject({
        status: 'pending',
        completedAt: null,
        mark: 'not_done',
        notes: 'Kickoff held with the sponsor',
      });
      expect(records('liftoff_milestone').get(`${COMPANY}-m1`)).toMatchObject({ status: 'pending' });
    });

    it('adds a custom milestone before the first one due later, and creates its record in HubSpot', async () => {
      const view = await act('POST', '/milestones', { name: 'Security review', dueDate: '2026-03-20', owner: 'IT' });
      await service.drain();

      const added = view.milestones.find((milestone) => milestone.name === 'Security review');
      expect(added).toMatchObject({ id: `${COMPANY}-m8`, kind: 'custom', dueDate: '2026-03-20', owner: 'IT' });
      const ids = view.milestones.map((milestone) => milestone.id);
      expect(ids.indexOf(`${COMPANY}-m8`)).toBe(ids.indexOf(`${COMPANY}-m5`) - 1);
      expect(records('liftoff_milestone').get(`${COMPANY}-m8`)).toMatchObject({
        name: 'Security review',
        kind: 'custom',
        status: 'pending',
      });
    });

    it('answers 409 to re-planning or skipping a done milestone, and 404 to an unknown one', async () => {
      await act('POST', `/milestones/${COMPANY}-m1/complete`, {});

      const replan = await refused('POST', `/milestones/${COMPANY}-m1/replan`, { dueDate: '2026-03-20', reason: 'x' });
      const skip = await refused('POST', `/milestones/${COMPANY}-m1/skip`, { reason: 'x' });
      const unknown = await refused('POST', `/milestones/${COMPANY}-m99/skip`, { reason: 'x' });

      expect([replan.status, skip.status, unknown.status]).toEqual([409, 409, 404]);
      expect(replan.body).toMatchObject({ error: { code: 'conflict', message: expect.stringContaining('reopen') } });
    });
  });

  describe('criteria', () => {
    it('adds an agreed criterion on a computed metric, and creates its record in HubSpot', async () => {
      const view = await act('POST', '/criteria', {
        name: 'Fewer support tickets',
        metric: null,
        unit: 'tickets',
        direction: 'decrease',
        baseline: 12,
        target: 4,
        dueDate: '2026-05-01',
      });
      await service.drain();

      expect(view.criteria.at(-1)).toMatchObject({
        id: `${COMPANY}-c4`,
        direction: 'decrease',
        source: 'csm',
        measurable: true,
        baseline: 12,
        target: 4,
      });
      expect(records('liftoff_success_criterion').get(`${COMPANY}-c4`)).toMatchObject({
        name: 'Fewer support tickets',
        source: 'csm',
        target_value: '4',
      });
    });

    it('edits what a criterion measures and retires one: it counts nowhere, and HubSpot shows it retired', async () => {
      const edited = await act('PATCH', `/criteria/${COMPANY}-c2`, { name: '2 automations live', metric: null });
      const retired = await act('POST', `/criteria/${COMPANY}-c3/retire`, {});
      await service.drain();

      expect(edited.criteria[1]).toMatchObject({ name: '2 automations live', metric: null });
      expect(retired.criteria[2]?.status).toBe('retired');
      expect(records('liftoff_success_criterion').get(`${COMPANY}-c2`)).toMatchObject({ name: '2 automations live' });
      expect(records('liftoff_success_criterion').get(`${COMPANY}-c3`)).toMatchObject({ status: 'retired' });
      const company = hubspot.records('companies').find((record) => record.id === COMPANY);
      expect(company?.properties['liftoff_criteria_total']).toBe('2');
    });

    it('takes back a mistaken verdict, but not an achievement the data proved', async () => {
      await act('POST', `/criteria/${COMPANY}-c2/status`, { status: 'achieved' });
      const back = await act('POST', `/criteria/${COMPANY}-c2/status`, { status: 'in_progress' });
      expect(back.criteria[1]?.status).toBe('in_progress');
    });

    it('refuses a target without a due date, naming the field', async () => {
      const response = await refused('POST', '/criteria', {
        name: 'Adoption',
        metric: 'weekly_active_users',
        unit: null,
        direction: 'increase',
        target: 5,
      });
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { issues: [{ path: 'dueDate' }] } });
    });
  });

  describe('signal handling', () => {
    it('keeps who acknowledged and resolved, with the note, on the card and in the HubSpot signal record', async () => {
      clock.advance(15 * DAY_MS);
      await service.drain();
      await act('POST', '/signals/no_criteria/acknowledge', {});
      const resolved = await act('POST', '/signals/no_criteria/resolve', { note: 'Criteria agreed by phone' });
      await service.drain();

      expect(resolved.signalHistory.slice(0, 2)).toEqual([
        expect.objectContaining({
          type: 'no_criteria',
          action: 'resolved',
          byUserId: '77',
          note: 'Criteria agreed by phone',
        }),
        expect.objectContaining({ type: 'no_criteria', action: 'acknowledged', byUserId: '77', note: null }),
      ]);
      const history = records('liftoff_signal').get(`${COMPANY}:no_criteria`)?.['history'] ?? '';
      expect(history).toContain('Acknowledged · user 77');
      expect(history).toContain('Resolved · user 77 · Criteria agreed by phone');
    });
  });
});
