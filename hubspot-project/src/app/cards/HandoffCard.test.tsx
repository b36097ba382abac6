import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Alert,
  Button,
  DateInput,
  Heading,
  Input,
  List,
  MultiSelect,
  NumberInput,
  ProgressBar,
  Select,
  Text,
} from '@hubspot/ui-extensions';
import { HandoffCard } from './HandoffCard.tsx';
import { expectSpinnerWhilePending, renderLoadedCard } from './test-support/render-card.tsx';
import { buildHandoffView } from '../packages/test-support/build-card-views.ts';
import { fireEvent } from '../packages/test-support/fire-event.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { readFetchCall, toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';

const handoffUrl = 'https://liftoff.example.com/api/cards/deals/123/handoff';

const renderLoaded = (...answers: unknown[]) =>
  renderLoadedCard(
    'crm.record.tab',
    (context, actions) => (
      <HandoffCard context={{ ...context, crm: { objectId: 123, objectTypeId: '0-3' } }} actions={actions} />
    ),
    answers,
  );

const readyView = () =>
  buildHandoffView({
    validationOwnerContactId: '201',
    readiness: { score: 100, missing: [] },
  });

afterEach(() => vi.restoreAllMocks());

describe('HandoffCard states', () => {
  it('shows a spinner while GET …/deals/:dealId/handoff is pending', async () => {
    await expectSpinnerWhilePending(
      'crm.record.tab',
      (context, actions) => <HandoffCard context={context} actions={actions} />,
      { loading: 'Loading the handoff', url: handoffUrl },
    );
  });

  it('shows the service error as an alert', async () => {
    const { findByTestId } = await renderLoaded(
      toJsonResponse({ error: { code: 'not_found', message: 'Deal 123 not found.' } }, 404),
    );
    expect(readText(findByTestId(Alert, 'card-failure'))).toContain('Deal 123 not found.');
  });

  it('shows an empty handoff: no criteria, everything missing, one field set to add a criterion', async () => {
    const { find, findByTestId } = await renderLoaded(
      buildHandoffView({
        criteria: [],
        readiness: { score: 0, missing: buildHandoffView().readiness.missing },
      }),
    );
    expect(findByTestId(ProgressBar, 'readiness-score').props.title).toBe('0/100');
    expect(readText(findByTestId(List, 'readiness-missing'))).toContain(
      'Write 3–5 measurable criteria (2 so far). (−40)',
    );
    expect(find(Button, { testId: 'add-criterion' })).toBeDefined();
  });

  it('shows exactly what is missing when the handoff is not ready (at risk)', async () => {
    const { findByTestId, findAll } = await renderLoaded(buildHandoffView());
    expect(findByTestId(ProgressBar, 'readiness-score').props.variant).toBe('danger');
    expect(
      findByTestId(List, 'readiness-missing')
        .findAll(Text)
        .map((item) => readText(item)),
    ).toEqual([
      'Write 3–5 measurable criteria (2 so far). (−40)',
      'Give every criterion a baseline (1 missing). (−15)',
      'Tag a technical influencer. (−30)',
      'Name the validation owner. (−15)',
    ]);
    expect(findAll(Input, { label: 'Criterion' }).map((input) => input.props.value)).toEqual([
      '5 weekly active users',
      'Reporting time halved',
    ]);
  });

  it('names the deal above the handoff, and shows no name the service has not read yet', async () => {
    const named = await renderLoaded(buildHandoffView());
    expect(readText(named.findByTestId(Heading, 'handoff-deal-name'))).toBe('Acme — annual plan');

    const unnamed = await renderLoaded(buildHandoffView({ dealName: null }));
    expect(unnamed.maybeFindByTestId(Heading, 'handoff-deal-name')).toBeNull();
  });

  it('shows a complete handoff as ready', async () => {
    const { findByTestId } = await renderLoaded(readyView());
    expect(findByTestId(ProgressBar, 'readiness-score').props).toMatchObject({ title: '100/100', variant: 'success' });
    expect(findByTestId(Text, 'readiness-complete').text).toBe('Ready for the customer-success team.');
  });

  it('stops offering new criteria at the maximum of 5', async () => {
    const criterion = buildHandoffView().criteria[0]!;
    const { maybeFindByTestId, getRootNode } = await renderLoaded(
      buildHandoffView({ criteria: [1, 2, 3, 4, 5].map((n) => ({ ...criterion, id: `h${n}` })) }),
    );
    expect(maybeFindByTestId(Button, 'add-criterion')).toBeNull();
    expect(readText(getRootNode())).toContain('5 criteria at most');
  });
});

describe('HandoffCard saves the edited handoff', () => {
  it('sends the criteria, the contacts’ roles and the validation owner, then shows the new readiness', async () => {
    const renderer = await renderLoaded(buildHandoffView(), readyView());
    fireEvent(renderer.find(NumberInput, { name: 'criterion-1-baseline' }), 'onChange', 10);
    renderer.findByTestId(Button, 'add-criterion').trigger('onClick');
    fireEvent(renderer.find(Input, { name: 'criterion-2-name' }), 'onChange', 'Onboarding NPS ≥ 40');
    fireEvent(renderer.find(NumberInput, { name: 'criterion-2-baseline' }), 'onChange', 20);
    fireEvent(renderer.find(NumberInput, { name: 'criterion-2-target' }), 'onChange', 40);
    fireEvent(renderer.find(DateInput, { name: 'criterion-2-due' }), 'onChange', { year: 2026, month: 5, date: 30 });
    fireEvent(renderer.find(MultiSelect, { name: 'roles-203' }), 'onChange', ['technical_influencer']);
    fireEvent(renderer.find(Select, { name: 'validation-owner' }), 'onChange', '201');
    renderer.findByTestId(Button, 'save-handoff').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());

    const [first, second] = buildHandoffView().criteria;
    expect(readFetchCall(renderer.spy, 1)).toEqual({
      url: handoffUrl,
      method: 'PUT',
      body: {
        criteria: [
          first,
          { ...second, baseline: 10 },
          {
            name: 'Onboarding NPS ≥ 40',
            metric: null,
            unit: null,
            baseline: 20,
            target: 40,
            dueDate: '2026-06-30',
          },
        ],
        contacts: [
          { contactId: '201', roles: ['economic_decision_maker'] },
          { contactId: '202', roles: ['end_user'] },
          { contactId: '203', roles: ['technical_influencer'] },
        ],
        validationOwnerContactId: '201',
      },
    });
    expect(readText(renderer.findByTestId(Alert, 'action-outcome'))).toBe('Handoff saved.');
    expect(renderer.actions.refreshObjectProperties).toHaveBeenCalledOnce();
    expect(renderer.findByTestId(ProgressBar, 'readiness-score').props.title).toBe('100/100');
  });

  it('removes a criterion before saving', async () => {
    const renderer = await renderLoaded(buildHandoffView(), readyView());
    renderer.findByTestId(Button, 'remove-criterion-0').trigger('onClick');
    renderer.findByTestId(Button, 'save-handoff').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());
    const body = readFetchCall(renderer.spy, 1).body as { criteria: { id?: string }[] };
    expect(body.criteria.map((criterion) => criterion.id)).toEqual(['h2']);
  });

  it('shows the service’s refusal and keeps the edits', async () => {
    const renderer = await renderLoaded(
      buildHandoffView(),
      toJsonResponse({ error: { code: 'invalid_request', message: 'A deal takes 5 criteria at most.' } }, 400),
    );
    fireEvent(renderer.find(Input, { name: 'criterion-0-name' }), 'onChange', '6 weekly active users');
    renderer.findByTestId(Button, 'save-handoff').trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Alert, 'action-outcome')).not.toBeNull());
    expect(renderer.findByTestId(Alert, 'action-outcome').props.title).toBe('Not saved');
    expect(renderer.find(Input, { name: 'criterion-0-name' }).props.value).toBe('6 weekly active users');
  });
});
