import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Alert,
  Button,
  DateInput,
  Input,
  NumberInput,
  Select,
  StatusTag,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import type { OnboardingView } from '../packages/contract/index.ts';
import {
  buildAtRiskOnboardingView,
  buildCriterion,
  buildFirstWeekStep,
  buildMilestone,
  buildOnboardingView,
  buildSignal,
} from '../packages/test-support/build-card-views.ts';
import { fireEvent } from '../packages/test-support/fire-event.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { readFetchCall, toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';
import { renderOnboardingCard } from './test-support/render-onboarding-card.tsx';

const company = 'https://liftoff.example.com/api/cards/companies/123';

const showing = (onboarding: OnboardingView) => ({ kind: 'onboarding', onboarding });

type Card = Awaited<ReturnType<typeof renderOnboardingCard>>;

const readTile = (card: Pick<Card, 'findByTestId'>, testId: string) => readText(card.findByTestId(Tile, testId));

const pickDate = (card: Card, name: string, date: { year: number; month: number; date: number }) =>
  fireEvent(card.find(DateInput, { name }), 'onChange', date);

afterEach(() => vi.restoreAllMocks());

describe('the first-week steps on the card', () => {
  const tickedByPerson = buildFirstWeekStep({
    id: 's3',
    name: 'Build a first report',
    done: true,
    doneAt: '2026-03-16T00:00:00.000Z',
    completedBy: 'person',
    mark: 'done',
  });
  const refusedByPerson = buildFirstWeekStep({
    id: 's4',
    name: 'Connect the CRM',
    mark: 'not_done',
    rule: 'Completes at the first use of imports',
  });
  const steps = buildOnboardingView({
    firstWeekSteps: [...buildOnboardingView().firstWeekSteps, tickedByPerson, refusedByPerson],
  });

  it('say who completed each step and when, with the rule that completes it by itself', async () => {
    const card = await renderOnboardingCard(showing(steps));
    expect(readTile(card, 'step-s1')).toContain('done by the data on 15 Mar 2026');
    expect(readTile(card, 'step-s1')).toContain('Completes at the first login');
    expect(readTile(card, 'step-s2')).toContain('not done yet');
    expect(readTile(card, 'step-s3')).toContain('done by a person on 16 Mar 2026');
    expect(readTile(card, 'step-s4')).toContain('marked not done by a person');
  });

  it('offer "Not done" on a done step, "Done" on the others, and "Undo" only where a person gave their word', async () => {
    const card = await renderOnboardingCard(showing(steps));
    const offered = (testId: string) => card.maybeFindByTestId(Button, testId) !== null;
    expect([offered('step-not-done-s1'), offered('step-done-s1'), offered('step-undo-s1')]).toEqual([
      true,
      false,
      false,
    ]);
    expect([offered('step-not-done-s2'), offered('step-done-s2'), offered('step-undo-s2')]).toEqual([
      false,
      true,
      false,
    ]);
    expect([offered('step-not-done-s3'), offered('step-undo-s3')]).toEqual([true, true]);
    expect([offered('step-done-s4'), offered('step-undo-s4')]).toEqual([true, true]);
  });

  it('tick a step done on the day the CSM gives, and show it done', async () => {
    const ticked = buildFirstWeekStep({
      done: true,
      doneAt: '2026-03-16T00:00:00.000Z',
      completedBy: 'person',
      mark: 'done',
    });
    const card = await renderOnboardingCard(showing(steps), buildOnboardingView({ firstWeekSteps: [ticked] }));
    pickDate(card, 'step-done-on-s2', { year: 2026, month: 2, date: 16 });
    await card.clickAndSettle('step-done-s2');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/first-week-steps/s2/mark`,
      method: 'POST',
      body: { mark: 'done', doneOn: '2026-03-16' },
    });
    expect(card.readOutcome()).toBe('Import your data: done.');
    expect(readTile(card, 'step-s2')).toContain('done by a person on 16 Mar 2026');
  });

  it('tick a step done today when no day is given', async () => {
    const card = await renderOnboardingCard(showing(steps), steps);
    await card.clickAndSettle('step-done-s2');
    expect(readFetchCall(card.spy, 1).body).toEqual({ mark: 'done' });
  });

  it('mark a step its rule completed as not done', async () => {
    const card = await renderOnboardingCard(showing(steps), steps);
    await card.clickAndSettle('step-not-done-s1');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/first-week-steps/s1/mark`,
      method: 'POST',
      body: { mark: 'not_done' },
    });
    expect(card.readOutcome()).toBe('Invite the team: marked not done.');
  });

  it('remove a step not done, to keep the path to 3–5 steps; a done one offers no removal', async () => {
    const card = await renderOnboardingCard(showing(steps), steps);
    expect(card.maybeFindByTestId(Button, 'step-remove-s1')).toBeNull();
    await card.clickAndSettle('step-remove-s2');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/first-week-steps/s2/remove`,
      method: 'POST',
      body: {},
    });
    expect(card.readOutcome()).toBe('Import your data: removed from the first week.');
  });

  it('undo a person’s word so the step follows its rule again', async () => {
    const card = await renderOnboardingCard(showing(steps), steps);
    await card.clickAndSettle('step-undo-s4');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/first-week-steps/s4/mark`,
      method: 'POST',
      body: { mark: null },
    });
    expect(card.readOutcome()).toBe('Connect the CRM: back to its rule.');
  });
});

describe('the milestones on the card', () => {
  const late = buildMilestone({
    id: 'm4',
    name: 'First value',
    kind: 'first_value',
    dueDate: '2026-03-16',
    status: 'late',
    rule: 'Completes at the first use of a key feature',
    owner: 'Dana (CSM)',
    replans: [
      {
        replannedAt: '2026-03-05T09:00:00.000Z',
        byUserId: '77',
        previousDueDate: '2026-03-09',
        reason: 'IT freeze until mid-March',
      },
    ],
    checklist: [],
  });
  const skipped = buildMilestone({
    id: 'm5',
    name: 'Day-60 checkpoint',
    kind: 'checkpoint_d60',
    dueDate: '2026-05-13',
    status: 'skipped',
    skipReason: 'Value proven in the pilot',
  });
  const byData = buildMilestone({
    id: 'm2',
    name: 'First login',
    kind: 'first_login',
    dueDate: '2026-03-21',
    completedAt: '2026-03-17T08:00:00.000Z',
    status: 'done',
    completedBy: 'data',
    rule: 'Completes at the first login',
  });
  const plan = buildOnboardingView({
    milestones: [...buildOnboardingView().milestones, byData, late, skipped],
  });
  const withMilestone = (milestone: ReturnType<typeof buildMilestone>) =>
    buildOnboardingView({ milestones: [milestone] });

  it('show who completed a done one, and let the CSM reopen it', async () => {
    const card = await renderOnboardingCard(showing(plan));
    expect(readTile(card, 'milestone-m1')).toContain('done 14 Mar 2026 by a person');
    expect(readTile(card, 'milestone-m2')).toContain('done 17 Mar 2026 by the data');
    expect(readTile(card, 'milestone-m2')).toContain('Completes at the first login');
    expect(card.findByTestId(Button, 'reopen-m2').text).toBe('Reopen');
    expect(card.maybeFindByTestId(Button, 'show-replan-m2')).toBeNull();
    expect(card.maybeFindByTestId(Button, 'complete-m2')).toBeNull();
  });

  it('show a late one’s owner, its rule and how its date moved', async () => {
    const card = await renderOnboardingCard(showing(plan));
    const tile = readTile(card, 'milestone-m4');
    expect(tile).toContain('due 16 Mar 2026');
    expect(tile).toContain('owner: Dana (CSM)');
    expect(tile).toContain('Completes at the first use of a key feature');
    expect(tile).toContain('moved from 9 Mar 2026: IT freeze until mid-March');
    expect(card.find(Input, { name: 'owner-m4' }).props.value).toBe('Dana (CSM)');
  });

  it('show a skipped one with its reason, offering only to re-plan it back', async () => {
    const card = await renderOnboardingCard(showing(plan));
    expect(card.findByTestId(Text, 'skip-reason-m5').text).toBe('Skipped: Value proven in the pilot');
    expect(card.findByTestId(Button, 'show-replan-m5')).toBeDefined();
    expect(card.maybeFindByTestId(Button, 'show-skip-m5')).toBeNull();
    expect(card.maybeFindByTestId(Button, 'complete-m5')).toBeNull();
    expect(card.maybeFind(Input, { name: 'owner-m5' })).toBeNull();
  });

  it('complete one on the day the CSM gives', async () => {
    const card = await renderOnboardingCard(showing(plan), plan);
    pickDate(card, 'm3-done-on', { year: 2026, month: 3, date: 2 });
    await card.clickAndSettle('complete-m3');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones/m3/complete`,
      method: 'POST',
      body: {
        completedOn: '2026-04-02',
        checklist: [
          { label: 'Review usage with the sponsor', done: false },
          { label: 'Confirm the criteria', done: false },
        ],
        notes: null,
      },
    });
  });

  it('reopen a done one, and show it pending again', async () => {
    const reopened = {
      ...byData,
      completedAt: null,
      status: 'pending' as const,
      completedBy: null,
      mark: 'not_done' as const,
    };
    const card = await renderOnboardingCard(showing(plan), withMilestone(reopened));
    await card.clickAndSettle('reopen-m2');
    expect(readFetchCall(card.spy, 1)).toEqual({ url: `${company}/milestones/m2/reopen`, method: 'POST', body: {} });
    expect(card.readOutcome()).toBe('First login: reopened.');
    expect(card.findByTestId(Button, 'complete-m2')).toBeDefined();
  });

  it('re-plan one only with a new date and a reason, and show the date it replaced', async () => {
    const moved = {
      ...late,
      dueDate: '2026-03-30',
      status: 'pending' as const,
      replans: [
        ...late.replans,
        {
          replannedAt: '2026-04-03T09:00:00.000Z',
          byUserId: '77',
          previousDueDate: '2026-03-16',
          reason: 'Sponsor on leave',
        },
      ],
    };
    const card = await renderOnboardingCard(showing(plan), withMilestone(moved));
    card.findByTestId(Button, 'show-replan-m4').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'replan-m4')).not.toBeNull());
    pickDate(card, 'replan-date-m4', { year: 2026, month: 2, date: 30 });
    expect(card.findByTestId(Button, 'replan-m4').props.disabled).toBe(true);
    fireEvent(card.find(TextArea, { name: 'replan-reason-m4' }), 'onChange', ' Sponsor on leave ');
    await card.clickAndSettle('replan-m4');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones/m4/replan`,
      method: 'POST',
      body: { dueDate: '2026-03-30', reason: 'Sponsor on leave' },
    });
    expect(card.readOutcome()).toBe('First value: re-planned to 2026-03-30.');
    expect(readTile(card, 'milestone-m4')).toContain('moved from 16 Mar 2026: Sponsor on leave');
    expect(card.maybeFindByTestId(Button, 'replan-m4')).toBeNull();
  });

  it('show the service’s refusal of a re-plan and keep the form with what the CSM typed', async () => {
    const card = await renderOnboardingCard(
      showing(plan),
      toJsonResponse(
        { error: { code: 'conflict', message: 'First value is done: reopen it before re-planning it.' } },
        409,
      ),
    );
    card.findByTestId(Button, 'show-replan-m4').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'replan-m4')).not.toBeNull());
    pickDate(card, 'replan-date-m4', { year: 2026, month: 2, date: 30 });
    fireEvent(card.find(TextArea, { name: 'replan-reason-m4' }), 'onChange', 'Sponsor on leave');
    await card.clickAndSettle('replan-m4');
    expect(card.findByTestId(Alert, 'action-outcome').props).toMatchObject({ title: 'Not saved', variant: 'error' });
    expect(card.readOutcome()).toBe('First value is done: reopen it before re-planning it.');
    expect(card.find(TextArea, { name: 'replan-reason-m4' }).props.value).toBe('Sponsor on leave');
  });

  it('re-plan a skipped one back into the plan', async () => {
    const card = await renderOnboardingCard(showing(plan), plan);
    card.findByTestId(Button, 'show-replan-m5').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFind(DateInput, { name: 'replan-date-m5' })).not.toBeNull());
    pickDate(card, 'replan-date-m5', { year: 2026, month: 4, date: 20 });
    fireEvent(card.find(TextArea, { name: 'replan-reason-m5' }), 'onChange', 'The sponsor wants the checkpoint');
    await card.clickAndSettle('replan-m5');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones/m5/replan`,
      method: 'POST',
      body: { dueDate: '2026-05-20', reason: 'The sponsor wants the checkpoint' },
    });
  });

  it('skip one only with a reason, and show it skipped', async () => {
    const card = await renderOnboardingCard(
      showing(plan),
      withMilestone({ ...late, status: 'skipped', skipReason: 'Covered by the pilot' }),
    );
    card.findByTestId(Button, 'show-skip-m4').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'skip-m4')).not.toBeNull());
    expect(card.findByTestId(Button, 'skip-m4').props.disabled).toBe(true);
    fireEvent(card.find(TextArea, { name: 'skip-reason-m4' }), 'onChange', 'Covered by the pilot');
    await card.clickAndSettle('skip-m4');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones/m4/skip`,
      method: 'POST',
      body: { reason: 'Covered by the pilot' },
    });
    expect(card.readOutcome()).toBe('First value: skipped.');
    expect(card.findByTestId(Text, 'skip-reason-m4').text).toBe('Skipped: Covered by the pilot');
  });

  it('save an owner, once it changed', async () => {
    const card = await renderOnboardingCard(showing(plan), plan);
    expect(card.findByTestId(Button, 'save-owner-m3').props.disabled).toBe(true);
    fireEvent(card.find(Input, { name: 'owner-m3' }), 'onChange', ' Eli User ');
    await card.clickAndSettle('save-owner-m3');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones/m3/owner`,
      method: 'POST',
      body: { owner: 'Eli User' },
    });
    expect(card.readOutcome()).toBe('Day-30 checkpoint: owner saved.');
  });

  it('clear an owner with an empty field', async () => {
    const card = await renderOnboardingCard(showing(plan), plan);
    fireEvent(card.find(Input, { name: 'owner-m4' }), 'onChange', '');
    await card.clickAndSettle('save-owner-m4');
    expect(readFetchCall(card.spy, 1).body).toEqual({ owner: null });
    expect(card.readOutcome()).toBe('First value: owner cleared.');
  });

  it('add a milestone with its name, due date and owner, then empty the form', async () => {
    const added = buildMilestone({ id: 'm8', name: 'Security review', kind: 'custom', owner: 'IT', checklist: [] });
    const card = await renderOnboardingCard(showing(plan), withMilestone(added));
    expect(card.findByTestId(Button, 'add-milestone').props.disabled).toBe(true);
    fireEvent(card.find(Input, { name: 'new-milestone-name' }), 'onChange', 'Security review');
    pickDate(card, 'new-milestone-due', { year: 2026, month: 2, date: 20 });
    fireEvent(card.find(Input, { name: 'new-milestone-owner' }), 'onChange', 'IT');
    await card.clickAndSettle('add-milestone');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/milestones`,
      method: 'POST',
      body: { name: 'Security review', dueDate: '2026-03-20', owner: 'IT' },
    });
    expect(card.readOutcome()).toBe('Security review: added to the plan.');
    expect(readTile(card, 'milestone-m8')).toContain('owner: IT');
    expect(card.find(Input, { name: 'new-milestone-name' }).props.value).toBe('');
  });
});

describe('the success criteria on the card', () => {
  const fewerTickets = buildCriterion({
    id: 'c2',
    name: 'Fewer support tickets',
    metric: null,
    unit: 'tickets',
    direction: 'decrease',
    baseline: 12,
    current: 8,
    currentSource: 'manual',
    target: 4,
    progressPercent: 50,
    expectedProgressPercent: null,
    source: 'csm',
  });
  const reached = buildCriterion({
    id: 'c3',
    name: 'Reports live',
    status: 'achieved',
    achievedAt: '2026-04-02T09:00:00.000Z',
    progressPercent: 100,
  });
  const retired = buildCriterion({ id: 'c4', name: 'Mobile app adoption', status: 'retired' });
  const criteria = buildOnboardingView({ criteria: [buildCriterion(), fewerTickets, reached, retired] });

  it('show where the current value comes from, the expected progress by today and which way is better', async () => {
    const { getRootNode, findByTestId } = await renderOnboardingCard(showing(criteria));
    const text = readText(getRootNode());
    expect(text).toContain('0 → 5 users (now 4, from usage)');
    expect(readText(findByTestId(Text, 'expected-progress-c1'))).toBe('expected by today: 60 %');
    expect(text).toContain('12 → 4 tickets (now 8, entered)fewer is better');
    expect(text).toContain('target reached 2 Apr 2026');
  });

  it('show a retired criterion greyed, as retired, with no action', async () => {
    const { findAll, maybeFindByTestId, maybeFind } = await renderOnboardingCard(showing(criteria));
    expect(findAll(StatusTag).map((tag) => tag.text)).toContain('Retired');
    expect(maybeFindByTestId(Button, 'retire-c4')).toBeNull();
    expect(maybeFindByTestId(Button, 'show-edit-c4')).toBeNull();
    expect(maybeFind(NumberInput, { name: 'current-c4' })).toBeNull();
    expect(maybeFindByTestId(Text, 'expected-progress-c4')).toBeNull();
  });

  it('take back a verdict a person gave, and offer none on a target the data reached', async () => {
    const marked = buildCriterion({ id: 'c5', name: 'Invoices sent', status: 'achieved', achievedAt: null });
    const view = buildOnboardingView({ criteria: [marked, reached] });
    const card = await renderOnboardingCard(showing(view), view);
    expect(card.maybeFindByTestId(Button, `reopen-criterion-${reached.id}`)).toBeNull();
    await card.clickAndSettle('reopen-criterion-c5');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/criteria/c5/status`,
      method: 'POST',
      body: { status: 'in_progress' },
    });
    expect(card.readOutcome()).toBe('Invoices sent: back in progress.');
  });

  it('retire a criterion', async () => {
    const card = await renderOnboardingCard(
      showing(criteria),
      buildOnboardingView({ criteria: [{ ...fewerTickets, status: 'retired' }] }),
    );
    await card.clickAndSettle('retire-c2');
    expect(readFetchCall(card.spy, 1)).toEqual({ url: `${company}/criteria/c2/retire`, method: 'POST', body: {} });
    expect(card.readOutcome()).toBe('Fewer support tickets: retired.');
    expect(card.maybeFindByTestId(Button, 'retire-c2')).toBeNull();
  });

  it('renegotiate an agreed criterion’s terms with the customer: a baseline captured late, a target moved', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    card.findByTestId(Button, 'show-renegotiate-c1').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'renegotiate-c1')).not.toBeNull());
    fireEvent(card.find(NumberInput, { name: 'target-c1' }), 'onChange', 8);
    fireEvent(card.find(NumberInput, { name: 'baseline-c1' }), 'onChange', 1);
    await card.clickAndSettle('renegotiate-c1');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/criteria/c1/agreement`,
      method: 'POST',
      body: { target: 8, baseline: 1, dueDate: '2026-04-13' },
    });
    expect(card.readOutcome()).toBe('5 weekly active users: new terms saved.');
  });

  it('show when the baseline was measured with its evidence, and when a person entered the current value', async () => {
    const dated = buildCriterion({
      baselineDate: '2026-03-03',
      baselineEvidence: 'usage-export.csv',
      currentSource: 'manual',
      currentEnteredAt: '2026-04-01T10:00:00.000Z',
    });
    const { getRootNode, findByTestId } = await renderOnboardingCard(
      showing(buildOnboardingView({ criteria: [dated] })),
    );
    expect(readText(findByTestId(Text, 'baseline-c1'))).toBe('baseline measured 3 Mar 2026 · usage-export.csv');
    expect(readText(getRootNode())).toContain('(now 4, entered on 1 Apr 2026)');
  });

  it('send the baseline’s evidence and measurement day when renegotiating', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    card.findByTestId(Button, 'show-renegotiate-c1').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'renegotiate-c1')).not.toBeNull());
    fireEvent(card.find(Input, { name: 'baseline-evidence-c1' }), 'onChange', 'export 2 Mar');
    pickDate(card, 'baseline-date-c1', { year: 2026, month: 2, date: 2 });
    await card.clickAndSettle('renegotiate-c1');
    expect(readFetchCall(card.spy, 1).body).toEqual({
      target: 5,
      baseline: 0,
      dueDate: '2026-04-13',
      baselineDate: '2026-03-02',
      baselineEvidence: 'export 2 Mar',
    });
  });

  it('edit a criterion’s name and direction, sending only what changed', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    card.findByTestId(Button, 'show-edit-c1').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFindByTestId(Button, 'edit-c1')).not.toBeNull());
    expect(card.findByTestId(Button, 'edit-c1').props.disabled).toBe(true);
    fireEvent(card.find(Input, { name: 'edit-name-c1' }), 'onChange', '6 weekly active users');
    fireEvent(card.find(Select, { name: 'edit-direction-c1' }), 'onChange', 'decrease');
    await card.clickAndSettle('edit-c1');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/criteria/c1`,
      method: 'PATCH',
      body: { name: '6 weekly active users', direction: 'decrease' },
    });
    expect(card.readOutcome()).toBe('6 weekly active users: saved.');
  });

  it('edit a criterion’s unit, an empty one clearing it', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    card.findByTestId(Button, 'show-edit-c2').trigger('onClick');
    await card.waitFor(() => expect(card.maybeFind(Input, { name: 'edit-unit-c2' })).not.toBeNull());
    fireEvent(card.find(Input, { name: 'edit-unit-c2' }), 'onChange', ' ');
    await card.clickAndSettle('edit-c2');
    expect(readFetchCall(card.spy, 1).body).toEqual({ unit: null });
  });

  it('add an agreed criterion on a computed metric', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    expect(card.find(Select, { name: 'new-criterion-metric' }).props.options).toEqual([
      { label: 'Weekly active users', value: 'weekly_active_users' },
      { label: 'reports: Uses in the last 30 days', value: 'feature_uses_30d:reports' },
      { label: 'Entered by hand', value: '' },
    ]);
    fireEvent(card.find(Input, { name: 'new-criterion-name' }), 'onChange', 'Reports used weekly');
    fireEvent(card.find(Select, { name: 'new-criterion-metric' }), 'onChange', 'feature_uses_30d:reports');
    fireEvent(card.find(Input, { name: 'new-criterion-unit' }), 'onChange', 'uses');
    fireEvent(card.find(NumberInput, { name: 'new-criterion-baseline' }), 'onChange', 0);
    fireEvent(card.find(NumberInput, { name: 'new-criterion-target' }), 'onChange', 20);
    pickDate(card, 'new-criterion-due', { year: 2026, month: 4, date: 1 });
    await card.clickAndSettle('add-criterion');
    expect(readFetchCall(card.spy, 1)).toEqual({
      url: `${company}/criteria`,
      method: 'POST',
      body: {
        name: 'Reports used weekly',
        metric: 'feature_uses_30d:reports',
        unit: 'uses',
        direction: 'increase',
        baseline: 0,
        target: 20,
        dueDate: '2026-05-01',
      },
    });
    expect(card.readOutcome()).toBe('Reports used weekly: added.');
    expect(card.find(Input, { name: 'new-criterion-name' }).props.value).toBe('');
  });

  it('add a proposal entered by hand, where fewer is better, without terms', async () => {
    const card = await renderOnboardingCard(showing(criteria), criteria);
    fireEvent(card.find(Input, { name: 'new-criterion-name' }), 'onChange', 'Fewer manual exports');
    fireEvent(card.find(Select, { name: 'new-criterion-direction' }), 'onChange', 'decrease');
    await card.clickAndSettle('add-criterion');
    expect(readFetchCall(card.spy, 1).body).toEqual({
      name: 'Fewer manual exports',
      metric: null,
      unit: null,
      direction: 'decrease',
    });
  });

  it('cannot add a criterion with a target but no due date', async () => {
    const card = await renderOnboardingCard(showing(criteria));
    fireEvent(card.find(Input, { name: 'new-criterion-name' }), 'onChange', 'Adoption');
    fireEvent(card.find(NumberInput, { name: 'new-criterion-target' }), 'onChange', 5);
    await card.waitFor(() => expect(card.findByTestId(Button, 'add-criterion').props.disabled).toBe(true));
    expect(readText(card.getRootNode())).toContain('Give a target and a due date together');
  });

  it('agree a proposal with the direction the CSM chose', async () => {
    const proposal = buildCriterion({
      id: 'c5',
      name: 'Faster month-end close',
      baseline: null,
      target: null,
      dueDate: null,
      progressPercent: null,
      measurable: false,
      suggestion: { target: 3, baseline: 5, dueDate: '2026-05-01' },
    });
    const card = await renderOnboardingCard(showing(buildOnboardingView({ criteria: [proposal] })), criteria);
    expect(card.find(Select, { name: 'direction-c5' }).props.value).toBe('increase');
    fireEvent(card.find(Select, { name: 'direction-c5' }), 'onChange', 'decrease');
    await card.clickAndSettle('agree-c5');
    expect(readFetchCall(card.spy, 1).body).toEqual({
      target: 3,
      baseline: 5,
      dueDate: '2026-05-01',
      direction: 'decrease',
    });
  });
});

describe('the signals on the card', () => {
  it('say a signal a person resolved is back while its condition still holds', async () => {
    const atRisk = buildAtRiskOnboardingView();
    const card = await renderOnboardingCard(
      showing({ ...atRisk, signals: [buildSignal({ reopened: true }), ...atRisk.signals.slice(1)] }),
    );
    expect(card.findByTestId(Text, 'reopened-no_first_login').text).toBe('Re-opened: its condition still holds');
    expect(card.maybeFindByTestId(Text, 'reopened-milestone_overdue')).toBeNull();
  });

  it('list how each signal was handled, newest first, by whom and with the note', async () => {
    const card = await renderOnboardingCard(
      showing(
        buildOnboardingView({
          signalHistory: [
            {
              type: 'no_criteria',
              at: '2026-03-20T09:00:00.000Z',
              action: 'condition_cleared',
              byUserId: null,
              note: null,
            },
            {
              type: 'no_criteria',
              at: '2026-03-18T09:00:00.000Z',
              action: 'resolved',
              byUserId: '77',
              note: 'Criteria agreed by phone',
            },
            { type: 'no_first_login', at: '2026-03-17T09:00:00.000Z', action: 'snoozed', byUserId: '77', note: null },
          ],
        }),
      ),
    );
    expect([0, 1, 2].map((index) => card.findByTestId(Text, `signal-history-${index}`).text)).toEqual([
      '20 Mar 2026 · No measurable criteria · Condition cleared · Liftoff',
      '18 Mar 2026 · No measurable criteria · Resolved · user 77 · Criteria agreed by phone',
      '17 Mar 2026 · No first login · Snoozed · user 77',
    ]);
  });

  it('say when no signal was handled yet', async () => {
    const { getRootNode } = await renderOnboardingCard(showing(buildOnboardingView()));
    expect(readText(getRootNode())).toContain('No signal handled yet.');
  });
});
