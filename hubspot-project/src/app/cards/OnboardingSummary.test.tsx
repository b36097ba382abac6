import { afterEach, describe, expect, it, vi } from 'vitest';
import { Alert, Link, LoadingSpinner, StatusTag, Text, hubspot } from '@hubspot/ui-extensions';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { OnboardingSummary } from './OnboardingSummary.tsx';
import { buildSignal, buildSummaryView } from '../packages/test-support/build-card-views.ts';
import { readText } from '../packages/test-support/read-text.ts';
import { readFetchCall, stubHubspotFetch, toJsonResponse } from '../packages/test-support/stub-hubspot-fetch.ts';

async function renderLoaded(...answers: unknown[]) {
  return renderLoadedOn({}, ...answers);
}

/** Renders on a portal with the given context fields (e.g. dataHostingLocation, not yet in the 0.17 typings). */
async function renderLoadedOn(portal: Record<string, unknown>, ...answers: unknown[]) {
  const spy = stubHubspotFetch(hubspot, ...answers);
  const renderer = createRenderer('crm.record.sidebar');
  const context = renderer.mocks.context;
  renderer.render(
    <OnboardingSummary
      context={{ ...context, location: 'crm.record.sidebar', portal: { ...context.portal, ...portal } }}
    />,
  );
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return { ...renderer, spy };
}

afterEach(() => vi.restoreAllMocks());

describe('OnboardingSummary', () => {
  it('shows a spinner while GET …/companies/:companyId/summary is pending', async () => {
    const spy = vi.spyOn(hubspot, 'fetch').mockReturnValue(new Promise(() => undefined));
    const { find, render, mocks } = createRenderer('crm.record.sidebar');
    render(<OnboardingSummary context={mocks.context} />);
    expect(find(LoadingSpinner).props.label).toBe('Loading the onboarding summary');
    await vi.waitFor(() => expect(spy).toHaveBeenCalledOnce());
    expect(readFetchCall(spy, 0)).toMatchObject({
      url: 'https://liftoff.example.com/api/cards/companies/123/summary',
      method: 'GET',
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
});
