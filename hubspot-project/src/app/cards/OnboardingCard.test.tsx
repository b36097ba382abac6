import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Alert,
  Button,
  Checkbox,
  DateInput,
  DescriptionListItem,
  MultiSelect,
  NumberInput,
  Select,
  StatusTag,
  Text,
  TextArea,
  LineChart,
  Tile,
  hubspot,
} from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { OnboardingCard } from './OnboardingCard.tsx';
import { expectSpinnerWhilePending } from './test-support/render-card.tsx';
import { renderOnboardingCard } from './test-support/render-onboarding-card.tsx';
import {
  buildAtRiskOnboardingView,
  buildCriterion,
  buildEmptyView,
  buildHealthHistoryView,
  buildOnboardingView,
} from '../packages/test-support/build-card-views.ts';
import { fireEvent } from '../packages/test-support/fire-event.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { historyAnswer, readFetchCall, toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';

const company = 'https://liftoff.example.com/api/cards/companies/123';

const readFailure = (renderer: { findByTestId: Awaited<ReturnType<typeof renderOnboardingCard>>['findByTestId'] }) =>
  readText(renderer.findByTestId(Alert, 'card-failure'));

afterEach(() => vi.restoreAllMocks());

describe('OnboardingCard states', () => {
  it('shows a spinner while GET …/companies/:companyId/onboarding is pending', async () => {
    await expectSpinnerWhilePending(
      'crm.record.tab',
      (context, actions) => <OnboardingCard context={context} actions={actions} />,
      { loading: 'Loading the onboarding', url: `${company}/onboarding` },
    );
  });

  it('shows the service error as an alert with a retry, never a blank card', async () => {
    const renderer = await renderOnboardingCard(
      toJsonResponse({ error: { code: 'not_found', message: 'Company 123 is unknown to Liftoff.' } }, 404),
      { kind: 'onboarding', onboarding: buildOnboardingView() },
    );
    expect(renderer.find(Alert).props).toMatchObject({ title: 'Could not load the onboarding', variant: 'error' });
    expect(readFailure(renderer)).toContain('Company 123 is unknown to Liftoff.');
    renderer.find(Button).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.findByTestId(Text, 'health-score').text).toBe('82/100'));
  });

  it('shows an unreachable service as an alert', async () => {
    vi.spyOn(hubspot, 'fetch').mockRejectedValue(new Error('timeout'));
    const renderer = createRenderer('crm.record.tab');
    renderer.render(<OnboardingCard context={renderer.mocks.context} actions={renderer.mocks.actions} />);
    await renderer.waitFor(() =>
      expect(readFailure(renderer)).toBe('Could not reach the Liftoff service (timeout).Try again'),
    );
  });

  it.each([
    ['an object', { error: { code: 'hubspot_unavailable', message: 'HubSpot is slow; try again.' } }],
    ['JSON text', JSON.stringify({ error: { code: 'hubspot_unavailable', message: 'HubSpot is slow; try again.' } })],
  ])('reads the service’s error from the proxy’s 502 wrapper (responseBody as %s)', async (_kind, responseBody) => {
    const wrapper = { status: 'error', responseBody, context: { appServerStatusCode: ['503'] } };
    const renderer = await renderOnboardingCard(toJsonResponse(wrapper, 502));
    expect(readFailure(renderer)).toContain('HubSpot is slow; try again.');
  });

  it('names the service’s own status when the proxy’s wrapper holds no readable error', async () => {
    const wrapper = { status: 'error', responseBody: '<html>', context: { appServerStatusCode: ['504'] } };
    const renderer = await renderOnboardingCard(toJsonResponse(wrapper, 502));
    expect(readFailure(renderer)).toContain('The Liftoff service answered HTTP 504.');
  });

  it('shows a non-JSON 502 from HubSpot’s proxy as an alert with the status', async () => {
    const renderer = await renderOnboardingCard(new Response('Bad gateway', { status: 502 }));
    expect(readFailure(renderer)).toContain('The Liftoff service answered HTTP 502.');
  });

  it('shows the empty state with the suggested template and start date', async () => {
    const { find } = await renderOnboardingCard({ kind: 'empty', empty: buildEmptyView() });
    expect(find(Select, { name: 'template' }).props.value).toBe('standard');
    expect(find(DateInput).props.value).toEqual({ year: 2026, month: 2, date: 14 });
  });

  it('shows a healthy onboarding: day N of 90, health and its components, low risk, no signal', async () => {
    const { findAll, findByTestId, maybeFindByTestId, getRootNode } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: buildOnboardingView(),
    });
    expect(readText(getRootNode())).toContain('Activation · day 20 of 90');
    expect(findAll(DescriptionListItem).map((item) => item.props.label)).toEqual(
      expect.arrayContaining(['Usage (30 %)', 'Engagement (20 %)', 'Support (10 %)']),
    );
    expect(findByTestId(Text, 'health-score').text).toBe('82/100');
    expect(findByTestId(Text, 'owner').text).toBe('Casey Morgan');
    expect(findByTestId(StatusTag, 'risk-level').props.variant).toBe('success');
    expect(findByTestId(Text, 'next-action').text).toBe('Hold the day-30 checkpoint with the sponsor.');
    expect(maybeFindByTestId(StatusTag, 'escalation-level')).toBeNull();
    expect(maybeFindByTestId(Alert, 'single-threaded')).toBeNull();
    expect(maybeFindByTestId(Alert, 'parked')).toBeNull();
    expect(readText(getRootNode())).toContain('No open signal.');
  });

  it.each([
    ['an owner not named yet by its id', { id: '9002', name: null }, 'Owner 9002'],
    ['a company without owner as such', null, 'No owner'],
  ] as const)('shows %s', async (_case, owner, label) => {
    const { findByTestId } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: buildOnboardingView({ owner }),
    });
    expect(findByTestId(Text, 'owner').text).toBe(label);
  });

  it('shows a parked onboarding as not synced with HubSpot, with the reason, above its content', async () => {
    const message = 'HubSpot does not know company 123, so Liftoff stopped syncing this onboarding on 2026-03-14.';
    const { findByTestId } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: buildOnboardingView({
        parked: { reason: 'company_not_found', parkedAt: '2026-03-14T09:00:00.000Z', message },
      }),
    });
    expect(findByTestId(Alert, 'parked').props).toMatchObject({ title: 'Not synced with HubSpot', variant: 'warning' });
    expect(readText(findByTestId(Alert, 'parked'))).toBe(message);
    expect(findByTestId(Text, 'health-score').text).toBe('82/100');
  });

  it('shows an at-risk onboarding: critical risk, escalation, signals by severity with evidence, single-threaded', async () => {
    const { findAll, findByTestId } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: buildAtRiskOnboardingView(),
    });
    expect(findByTestId(StatusTag, 'risk-level').text).toBe('Risk: critical · No first login');
    expect(findByTestId(StatusTag, 'escalation-level').text).toBe('Escalation 2');
    expect(findByTestId(Text, 'health-score').text).toBe('24/100');
    expect(readText(findByTestId(Tile, 'signal-no_first_login'))).toContain(
      'No login in 17 days since start (threshold: day 14).',
    );
    expect(findAll(StatusTag).map((tag) => tag.text)).toEqual(expect.arrayContaining(['critical', 'high']));
    expect(readText(findByTestId(Alert, 'single-threaded'))).toContain('technical influencer');
  });
});

describe('OnboardingCard actions send the right request and show the result', () => {
  const loaded = () => ({ kind: 'onboarding', onboarding: buildOnboardingView() });
  const atRisk = () => ({ kind: 'onboarding', onboarding: buildAtRiskOnboardingView() });

  it('starts an onboarding with the chosen template and start date', async () => {
    const renderer = await renderOnboardingCard({ kind: 'empty', empty: buildEmptyView() }, buildOnboardingView());
    fireEvent(renderer.find(Select, { name: 'template' }), 'onChange', 'smb');
    fireEvent(renderer.find(DateInput), 'onChange', { year: 2026, month: 2, date: 16 });
    await renderer.clickAndSettle('start-onboarding');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/onboarding`,
      method: 'POST',
      body: { templateId: 'smb', startDate: '2026-03-16' },
    });
    expect(renderer.readOutcome()).toBe('Onboarding started.');
    expect(renderer.findByTestId(Text, 'health-score').text).toBe('82/100');
  });

  it('updates a criterion’s current value', async () => {
    const renderer = await renderOnboardingCard(loaded(), buildOnboardingView());
    fireEvent(renderer.find(NumberInput, { name: 'current-c1' }), 'onChange', 5);
    await renderer.clickAndSettle('save-current-c1');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/criteria/c1/current-value`,
      method: 'POST',
      body: { current: 5 },
    });
    expect(renderer.readOutcome()).toBe('5 weekly active users: value saved.');
    expect(renderer.actions.refreshObjectProperties).toHaveBeenCalledOnce();
  });

  it('refreshes the record’s properties only after an action succeeds', async () => {
    const renderer = await renderOnboardingCard(
      loaded(),
      toJsonResponse({ error: { code: 'conflict', message: 'The criterion changed meanwhile.' } }, 409),
    );
    fireEvent(renderer.find(NumberInput, { name: 'current-c1' }), 'onChange', 5);
    await renderer.clickAndSettle('save-current-c1');
    expect(renderer.readOutcome()).toContain('The criterion changed meanwhile.');
    expect(renderer.actions.refreshObjectProperties).not.toHaveBeenCalled();
  });

  it.each([
    ['achieved-c1', 'achieved'],
    ['missed-c1', 'missed'],
  ])('marks a criterion %s', async (testId, status) => {
    const renderer = await renderOnboardingCard(loaded(), buildOnboardingView());
    await renderer.clickAndSettle(testId);
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/criteria/c1/status`,
      method: 'POST',
      body: { status },
    });
    expect(renderer.readOutcome()).toBe(`5 weekly active users: marked ${status}.`);
  });

  it('completes a milestone with its ticked checklist and notes', async () => {
    const renderer = await renderOnboardingCard(loaded(), buildOnboardingView());
    fireEvent(renderer.find(Checkbox, { name: 'm3-item-0' }), 'onChange', true);
    fireEvent(renderer.find(TextArea, { name: 'm3-notes' }), 'onChange', 'Sponsor happy.');
    await renderer.clickAndSettle('complete-m3');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/milestones/m3/complete`,
      method: 'POST',
      body: {
        checklist: [
          { label: 'Review usage with the sponsor', done: true },
          { label: 'Confirm the criteria', done: false },
        ],
        notes: 'Sponsor happy.',
      },
    });
    expect(renderer.readOutcome()).toBe('Day-30 checkpoint: completed.');
  });

  it('logs a checkpoint note about a milestone', async () => {
    const renderer = await renderOnboardingCard(loaded(), buildOnboardingView());
    fireEvent(renderer.find(Select, { name: 'checkpoint-milestone' }), 'onChange', 'm3');
    fireEvent(renderer.find(TextArea, { name: 'checkpoint-note' }), 'onChange', ' Usage review done. ');
    await renderer.clickAndSettle('log-checkpoint');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/checkpoint-notes`,
      method: 'POST',
      body: { milestoneId: 'm3', note: 'Usage review done.' },
    });
    expect(renderer.readOutcome()).toBe('Checkpoint note logged.');
  });

  it('adds a company contact as a stakeholder with its roles, and answers the map with it', async () => {
    const mapped = buildOnboardingView();
    const answer = buildOnboardingView({ stakeholders: { ...mapped.stakeholders, candidates: [] } });
    const renderer = await renderOnboardingCard({ kind: 'onboarding', onboarding: buildOnboardingView() }, answer);
    expect(renderer.findByTestId(Button, 'add-stakeholder').props.disabled).toBe(true);
    fireEvent(renderer.find(Select, { name: 'candidate' }), 'onChange', '204');
    fireEvent(renderer.find(MultiSelect, { name: 'candidate-roles' }), 'onChange', ['economic_decision_maker']);

    await renderer.clickAndSettle('add-stakeholder');

    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/stakeholders/204`,
      method: 'PUT',
      body: { roles: ['economic_decision_maker'], kpi: null },
    });
    expect(renderer.readOutcome()).toBe('Finn Finance: added.');
    expect(readText(renderer.getRootNode())).toContain(
      'Every contact associated with the company in HubSpot is mapped.',
    );
  });

  it('retags a stakeholder and edits its KPI; saving with no role untags it', async () => {
    const view = buildOnboardingView();
    const renderer = await renderOnboardingCard({ kind: 'onboarding', onboarding: view }, view, view);
    fireEvent(renderer.find(MultiSelect, { name: 'roles-202' }), 'onChange', ['end_user', 'sponsor']);
    fireEvent(renderer.find(TextArea, { name: 'kpi-202' }), 'onChange', '  Reports in one click ');

    await renderer.clickAndSettle('save-stakeholder-202');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/stakeholders/202`,
      method: 'PUT',
      body: { roles: ['end_user', 'sponsor'], kpi: 'Reports in one click' },
    });
    expect(renderer.readOutcome()).toBe('Eli User: saved.');

    fireEvent(renderer.find(MultiSelect, { name: 'roles-203' }), 'onChange', []);
    renderer.findByTestId(Button, 'save-stakeholder-203').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.readOutcome()).toBe('Tess Tech: untagged.'));
    expect(readFetchCall(renderer.spy, 2)).toEqual({
      url: `${company}/stakeholders/203`,
      method: 'PUT',
      body: { roles: [], kpi: null },
    });
  });

  it('acknowledges an open signal', async () => {
    const renderer = await renderOnboardingCard(atRisk(), buildAtRiskOnboardingView());
    await renderer.clickAndSettle('acknowledge-no_first_login');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/signals/no_first_login/acknowledge`,
      method: 'POST',
      body: {},
    });
    expect(renderer.readOutcome()).toBe('No first login: acknowledged.');
  });

  it('snoozes a signal until a date', async () => {
    const renderer = await renderOnboardingCard(atRisk(), buildAtRiskOnboardingView());
    fireEvent(renderer.find(DateInput, { name: 'snooze-no_first_login' }), 'onChange', {
      year: 2026,
      month: 3,
      date: 10,
    });
    await renderer.clickAndSettle('snooze-no_first_login');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/signals/no_first_login/snooze`,
      method: 'POST',
      body: { until: '2026-04-10' },
    });
    expect(renderer.readOutcome()).toBe('No first login: snoozed until 2026-04-10.');
  });

  it('resolves a signal with a note', async () => {
    const renderer = await renderOnboardingCard(atRisk(), buildAtRiskOnboardingView());
    fireEvent(
      renderer.find(TextArea, { name: 'resolve-note-milestone_overdue' }),
      'onChange',
      'Checkpoint held on 15 Apr.',
    );
    await renderer.clickAndSettle('resolve-milestone_overdue');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/signals/milestone_overdue/resolve`,
      method: 'POST',
      body: { note: 'Checkpoint held on 15 Apr.' },
    });
    expect(renderer.readOutcome()).toBe('Milestone overdue: resolved.');
  });

  it('shows the service’s refusal of an action and keeps the onboarding on screen', async () => {
    const renderer = await renderOnboardingCard(
      loaded(),
      toJsonResponse({ error: { code: 'invalid_request', message: 'current must be a number ≥ 0' } }, 400),
    );
    fireEvent(renderer.find(NumberInput, { name: 'current-c1' }), 'onChange', -1);
    await renderer.clickAndSettle('save-current-c1');
    expect(renderer.findByTestId(Alert, 'action-outcome').props).toMatchObject({
      title: 'Not saved',
      variant: 'error',
    });
    expect(renderer.readOutcome()).toBe('current must be a number ≥ 0');
    expect(renderer.findByTestId(Text, 'health-score').text).toBe('82/100');
  });
});

describe('OnboardingCard agrees a proposed criterion with the customer', () => {
  const proposal = buildCriterion({
    id: 'c2',
    name: '3 automations live',
    baseline: 0,
    current: 0,
    target: null,
    progressPercent: null,
    dueDate: null,
    status: 'not_started',
    source: 'csm',
    measurable: false,
    suggestion: { target: 3, baseline: 0, dueDate: '2026-04-24' },
  });
  const agreed = buildCriterion({ ...proposal, target: 4, dueDate: '2026-04-24', measurable: true, suggestion: null });
  const withCriteria = (criterion: typeof proposal) => buildOnboardingView({ criteria: [criterion] });

  it('shows a proposal as to agree, with a form pre-filled from the suggestion and no value buttons', async () => {
    const { find, findByTestId, maybeFind } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: withCriteria(proposal),
    });
    expect(findByTestId(StatusTag, 'to-agree-c2').text).toBe('To agree with the customer');
    expect(find(NumberInput, { name: 'target-c2' }).props.value).toBe(3);
    expect(find(NumberInput, { name: 'baseline-c2' }).props.value).toBe(0);
    expect(find(DateInput, { name: 'due-date-c2' }).props.value).toEqual({ year: 2026, month: 3, date: 24 });
    expect(maybeFind(NumberInput, { name: 'current-c2' })).toBeNull();
  });

  it('sends the agreed terms and shows the criterion measurable', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: withCriteria(proposal) },
      withCriteria(agreed),
    );
    fireEvent(renderer.find(NumberInput, { name: 'target-c2' }), 'onChange', 4);
    await renderer.clickAndSettle('agree-c2');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/criteria/c2/agreement`,
      method: 'POST',
      body: { target: 4, baseline: 0, dueDate: '2026-04-24' },
    });
    expect(renderer.readOutcome()).toBe('3 automations live: agreed with the customer.');
    expect(renderer.maybeFindByTestId(StatusTag, 'to-agree-c2')).toBeNull();
    expect(renderer.find(NumberInput, { name: 'current-c2' })).toBeDefined();
  });

  it('sends an empty baseline as null', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: withCriteria(proposal) },
      withCriteria(agreed),
    );
    fireEvent(renderer.find(NumberInput, { name: 'baseline-c2' }), 'onChange', undefined);
    await renderer.clickAndSettle('agree-c2');
    expect(readFetchCall(renderer.spy, 1).body).toEqual({ target: 3, baseline: null, dueDate: '2026-04-24' });
  });

  it('cannot agree without a target', async () => {
    const { findByTestId } = await renderOnboardingCard({
      kind: 'onboarding',
      onboarding: withCriteria({ ...proposal, suggestion: null }),
    });
    expect(findByTestId(Button, 'agree-c2').props.disabled).toBe(true);
  });

  it('shows the service’s refusal as an alert and keeps the form', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: withCriteria(proposal) },
      toJsonResponse({ error: { code: 'invalid_request', message: 'dueDate: expected a YYYY-MM-DD date' } }, 400),
    );
    await renderer.clickAndSettle('agree-c2');
    expect(renderer.findByTestId(Alert, 'action-outcome').props).toMatchObject({ variant: 'error' });
    expect(renderer.readOutcome()).toBe('dueDate: expected a YYYY-MM-DD date');
    expect(renderer.findByTestId(StatusTag, 'to-agree-c2')).toBeDefined();
  });
});

describe('OnboardingCard closes and reopens the onboarding', () => {
  const closedAs = (outcome: 'completed' | 'churned' | 'abandoned', reason: 'budget' | null) =>
    buildOnboardingView({
      header: {
        ...buildOnboardingView().header,
        status: outcome,
        phase: outcome === 'completed' ? 'completed' : 'activation',
      },
      outcome: { outcome, reason, closedAt: '2026-04-03T09:00:00.000Z', promisesKept: 2, promisesJudged: 3 },
    });

  it('closes as completed with no reason and a note, and shows the outcome it answers', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: buildOnboardingView() },
      closedAs('completed', null),
    );
    fireEvent(renderer.find(TextArea, { name: 'close-note' }), 'onChange', ' Signed off by the sponsor. ');
    await renderer.clickAndSettle('close-onboarding');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/onboarding/close`,
      method: 'POST',
      body: { outcome: 'completed', reason: null, note: 'Signed off by the sponsor.' },
    });
    expect(renderer.readOutcome()).toBe('Onboarding closed as completed.');
    expect(renderer.findByTestId(StatusTag, 'outcome').text).toBe('Completed');
    expect(renderer.findByTestId(Text, 'promises-kept').text).toBe('Sales promises kept: 2 of 3');
    expect(renderer.maybeFindByTestId(Button, 'close-onboarding')).toBeNull();
  });

  it('asks for a reason before closing as churned, then sends it', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: buildOnboardingView() },
      closedAs('churned', 'budget'),
    );
    fireEvent(renderer.find(Select, { name: 'close-outcome' }), 'onChange', 'churned');
    expect(renderer.findByTestId(Button, 'close-onboarding').props.disabled).toBe(true);
    fireEvent(renderer.find(Select, { name: 'close-reason' }), 'onChange', 'budget');
    await renderer.clickAndSettle('close-onboarding');
    expect(readFetchCall(renderer.spy, 1).body).toEqual({ outcome: 'churned', reason: 'budget', note: null });
    expect(renderer.findByTestId(Text, 'outcome-detail').text).toBe('Closed on 3 Apr 2026 · Budget');
  });

  it('shows a closed onboarding’s outcome and reopens it with the note', async () => {
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: closedAs('churned', 'budget') },
      buildOnboardingView(),
    );
    expect(renderer.findByTestId(StatusTag, 'outcome').props.variant).toBe('danger');
    fireEvent(renderer.find(TextArea, { name: 'reopen-note' }), 'onChange', 'Budget found after all.');
    await renderer.clickAndSettle('reopen-onboarding');
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: `${company}/onboarding/reopen`,
      method: 'POST',
      body: { note: 'Budget found after all.' },
    });
    expect(renderer.readOutcome()).toBe('Onboarding reopened: it now closes only when a person closes it.');
    expect(renderer.findByTestId(Button, 'close-onboarding')).toBeDefined();
  });

  it('shows the service’s conflict and keeps the closed onboarding on screen', async () => {
    const message = 'This onboarding is in progress: only a closed onboarding reopens.';
    const renderer = await renderOnboardingCard(
      { kind: 'onboarding', onboarding: closedAs('abandoned', null) },
      toJsonResponse({ error: { code: 'conflict', message } }, 409),
    );
    await renderer.clickAndSettle('reopen-onboarding');
    expect(readFetchCall(renderer.spy, 1).body).toEqual({});
    expect(renderer.readOutcome()).toBe(message);
    expect(renderer.findByTestId(StatusTag, 'outcome').text).toBe('Abandoned');
  });
});

describe('OnboardingCard health history, last 90 days', () => {
  const loaded = () => ({ kind: 'onboarding', onboarding: buildOnboardingView() });

  it('draws the daily health and lists the days signals were detected, fetched once the onboarding shows', async () => {
    const renderer = await renderOnboardingCard(loaded(), historyAnswer('getHealthHistory', buildHealthHistoryView()));

    expect(renderer.spy.history.mock.calls.map(([url]) => url)).toEqual([`${company}/health-history`]);
    const chart = renderer.findByTestId(LineChart, 'health-history-chart');
    expect(chart.props.data).toEqual([
      { date: '2026-03-14', health: 70 },
      { date: '2026-03-21', health: 76 },
      { date: '2026-03-28', health: 58 },
      { date: '2026-04-01', health: 78 },
      { date: '2026-04-03', health: 82 },
    ]);
    expect(chart.props.axes).toMatchObject({ x: { field: 'date', fieldType: 'datetime' }, y: { field: 'health' } });
    expect(renderer.findByTestId(Text, 'health-detection-0').text).toBe('Detected: No first login on 28 Mar 2026');
    // History older than the window: nothing to say about where it starts.
    expect(renderer.maybeFindByTestId(Text, 'health-history-since')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'health-history-none')).toBeNull();
  });

  it('says from when the line is drawn when history started inside the 90 days', async () => {
    const renderer = await renderOnboardingCard(
      loaded(),
      historyAnswer('getHealthHistory', buildHealthHistoryView({ historySince: '2026-03-20T06:00:00.000Z' })),
    );
    expect(renderer.findByTestId(Text, 'health-history-since').text).toBe('History since 20 Mar 2026');
    expect(renderer.findByTestId(LineChart, 'health-history-chart')).toBeTruthy();
  });

  it('says history starts with this version when there is none yet, without an empty chart', async () => {
    const renderer = await renderOnboardingCard(
      loaded(),
      historyAnswer('getHealthHistory', buildHealthHistoryView({ historySince: null, points: [], detections: [] })),
    );
    expect(renderer.findByTestId(Text, 'health-history-none').text).toBe(
      'History starts with this version: the line fills in day by day.',
    );
    expect(renderer.maybeFindByTestId(LineChart, 'health-history-chart')).toBeNull();
    expect(renderer.maybeFindByTestId(Text, 'health-detection-0')).toBeNull();
  });

  it('shows a failed history as its own alert with a retry, the rest of the card working', async () => {
    const renderer = await renderOnboardingCard(
      loaded(),
      historyAnswer(
        'getHealthHistory',
        toJsonResponse({ error: { code: 'internal', message: 'The history store is unavailable.' } }, 500),
      ),
      historyAnswer('getHealthHistory', buildHealthHistoryView()),
    );
    const alert = renderer.findByTestId(Alert, 'health-history-failure');
    expect(alert.props.title).toBe('Could not load the health history');
    expect(readText(alert)).toContain('The history store is unavailable.');
    expect(renderer.maybeFindByTestId(Alert, 'card-failure')).toBeNull();
    expect(renderer.findByTestId(Text, 'health-score').text).toBe('82/100');
    expect(renderer.findByTestId(Button, 'save-current-c1')).toBeTruthy();

    alert.find(Button).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(LineChart, 'health-history-chart')).not.toBeNull());

    expect(renderer.spy.history).toHaveBeenCalledTimes(2);
    expect(renderer.maybeFindByTestId(Alert, 'health-history-failure')).toBeNull();
    expect(renderer.spy).toHaveBeenCalledOnce();
  });

  it('keeps the card whole when the history request cannot reach the service', async () => {
    const renderer = await renderOnboardingCard(loaded(), historyAnswer('getHealthHistory', new Error('timeout')));
    expect(readText(renderer.findByTestId(Alert, 'health-history-failure'))).toContain(
      'Could not reach the Liftoff service (timeout).',
    );
    expect(renderer.findByTestId(Text, 'health-score').text).toBe('82/100');
  });
});
