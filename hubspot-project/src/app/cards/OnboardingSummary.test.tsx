import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alert, Link, StatusTag, Text } from '@hubspot/ui-extensions';
import { OnboardingSummary } from './OnboardingSummary.tsx';
import { expectSpinnerWhilePending, renderLoadedCard } from './test-support/render-card.tsx';
import { buildSignal, buildSummaryView } from '../packages/test-support/build-card-views.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';

async function renderLoaded(...answers: unknown[]) {
  return renderLoadedOn({}, ...answers);
}

/** Renders on a portal with the given context fields (e.g. dataHostingLocation, not yet in the 0.17 typings). */
async function renderLoadedOn(portal: Record<string, unknown>, ...answers: unknown[]) {
  return renderLoadedCard(
    'crm.record.sidebar',
    (context) => (
      <OnboardingSummary
        context={{ ...context, location: 'crm.record.sidebar', portal: { ...context.portal, ...portal } }}
      />
    ),
    answers,
  );
}

afterEach(() => vi.restoreAllMocks());

describe('OnboardingSummary', () => {
  it('shows a spinner while GET …/companies/:companyId/summary is pending', async () => {
    await expectSpinnerWhilePending('crm.record.sidebar', (context) => <OnboardingSummary context={context} />, {
      loading: 'Loading the onboarding summary',
      url: 'https://liftoff.example.com/api/cards/companies/123/summary',
    });
  });

  it('shows the service error as an alert', async () => {
    const { findByTestId } = await renderLoaded(
      toJsonResponse({ error: { code: 'hubspot_unavailable', message: 'HubSpot is slow; try again.' } }, 503),
    );
    expect(readText(findByTestId(Alert, 'card-failure'))).toContain('HubSpot is slow; try again.');
  });

  it('shows the empty state with a link to the Onboarding tab', async () => {
    const { findByTestId, find } = await renderLoaded({ kind: 'empty', companyId: '123' });
    expect(findByTestId(Text, 'summary-empty').text).toBe('No onboarding yet.');
    expect(find(Link).props.href).toBe('https://app.hubspot.com/contacts/123/record/0-2/123');
  });

  it.each([
    ['eu1', 'https://app-eu1.hubspot.com/contacts/123/record/0-2/123'],
    ['na2', 'https://app-na2.hubspot.com/contacts/123/record/0-2/123'],
    ['na1', 'https://app.hubspot.com/contacts/123/record/0-2/123'],
  ])('links to the record on the portal’s own host (%s)', async (dataHostingLocation, href) => {
    const { find } = await renderLoadedOn({ dataHostingLocation }, { kind: 'empty', companyId: '123' });
    expect(find(Link).props.href).toBe(href);
  });

  it('shows a healthy onboarding: low risk, health, day of the plan, no signal', async () => {
    const { findByTestId } = await renderLoaded({ kind: 'summary', summary: buildSummaryView() });
    expect(findByTestId(StatusTag, 'summary-risk').props.variant).toBe('success');
    expect(findByTestId(Text, 'summary-health').text).toBe('82/100');
    expect(readText(findByTestId(Text, 'summary-day'))).toBe('Activation · day 20 of 90');
    expect(findByTestId(Text, 'summary-top-signal').text).toBe('None');
  });

  it('shows an at-risk onboarding with its most severe signal', async () => {
    const { findByTestId, getRootNode } = await renderLoaded({
      kind: 'summary',
      summary: buildSummaryView({
        riskLevel: 'critical',
        healthScore: 24,
        escalationLevel: 2,
        openSignalCount: 3,
        topSignal: buildSignal(),
      }),
    });
    expect(findByTestId(StatusTag, 'summary-risk').text).toBe('Risk: critical');
    expect(findByTestId(Text, 'summary-top-signal').text).toBe('No first login');
    expect(readText(getRootNode())).toContain('critical');
    expect(readText(getRootNode())).toContain('Escalation 2');
    expect(readText(getRootNode())).toContain('No login in 17 days since start (threshold: day 14).');
  });

  it('shows a closed onboarding as closed, with the day it closed, and no risk or health', async () => {
    const { findByTestId, maybeFindByTestId } = await renderLoaded({
      kind: 'summary',
      summary: buildSummaryView({ status: 'churned', closedAt: '2026-04-03T09:00:00.000Z' }),
    });
    expect(findByTestId(StatusTag, 'summary-closed').text).toBe('Churned');
    expect(readText(findByTestId(Text, 'summary-closed-on'))).toBe('Closed on 3 Apr 2026');
    expect(maybeFindByTestId(StatusTag, 'summary-risk')).toBeNull();
  });
});
