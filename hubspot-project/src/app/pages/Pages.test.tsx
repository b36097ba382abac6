import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Alert,
  BarChart,
  Button,
  EmptyState,
  LineChart,
  Link,
  LoadingSpinner,
  MultiSelect,
  StatisticsItem,
  Table,
  TableHeader,
  TableRow,
  Tag,
  Text,
  hubspot,
} from '@hubspot/ui-extensions';
import type { ChartDataRow } from '@hubspot/ui-extensions';
import { PageTitle } from '@hubspot/ui-extensions/pages';
import { createRenderer } from '@hubspot/ui-extensions/testing';
import { Pages } from './Pages.tsx';
import {
  buildPortfolioAggregatesView,
  buildPortfolioPageView,
  buildPortfolioRow,
  buildPortfolioTrendsView,
  buildSignalOutcomesView,
} from '../packages/test-support/build-card-views.ts';
import { fireEvent } from '../packages/test-support/fire-event.ts';
import { readText } from '../packages/test-support/read-text.ts';
import {
  historyAnswer,
  readFetchCall,
  stubHubspotFetch,
  toJsonResponse,
} from '../packages/test-support/stub-hubspot-fetch.ts';

const portfolioUrl = 'https://liftoff.example.com/api/portfolio';
const aggregatesUrl = 'https://liftoff.example.com/api/portfolio/aggregates';
const trendsUrl = 'https://liftoff.example.com/api/portfolio/trends';
const outcomesUrl = 'https://liftoff.example.com/api/portfolio/signal-outcomes';

/** Nothing in the portal: no onboarding, so no owner, template or cohort to filter by. */
const emptyAggregates = () =>
  buildPortfolioAggregatesView({
    total: 0,
    byRisk: { low: 0, medium: 0, high: 0, critical: 0 },
    cohorts: [],
    timeToFirstValue: { reached: 0, notYet: 0, medianDays: null, buckets: [] },
    workload: [],
    options: { owners: [], unassigned: false, templates: [], cohorts: [] },
  });

/** Renders the home page; its fetches answer in order (the aggregates, then the page) and the first answer shows. */
async function renderLoaded(...answers: unknown[]) {
  const spy = stubHubspotFetch(hubspot, ...answers);
  const renderer = createRenderer('pages');
  renderer.render(<Pages />);
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
  return { ...renderer, spy };
}

type Rendered = Awaited<ReturnType<typeof renderLoaded>>;

/** Waits until the page has sent `count` requests in all and shows no spinner. */
async function settle(renderer: Rendered, count: number) {
  await renderer.waitFor(() => expect(renderer.spy).toHaveBeenCalledTimes(count));
  await renderer.waitFor(() => expect(renderer.maybeFind(LoadingSpinner)).toBeNull());
}

const historyUrls = (renderer: Rendered) => renderer.spy.history.mock.calls.map(([url]) => url);

const urlsFrom = (renderer: Rendered, from: number) =>
  renderer.spy.mock.calls.slice(from).map((_call, index) => readFetchCall(renderer.spy, from + index).url);

const findHeader = (renderer: Rendered, label: string) => {
  const header = renderer.findAll(TableHeader).find((node) => readText(node) === label);
  if (header === undefined) throw new Error(`no table header ${label}`);
  return header;
};

const rowTexts = (renderer: Rendered, testId: string) =>
  renderer
    .findByTestId(Table, testId)
    .findAll(TableRow)
    .map((row) => readText(row))
    .slice(1);

afterEach(() => vi.restoreAllMocks());

describe('the app home page (the manager’s portfolio)', () => {
  it('shows a spinner while the portfolio loads, and asks for the trends and signal outcomes at once', async () => {
    const spy = vi.spyOn(hubspot, 'fetch').mockReturnValue(new Promise(() => undefined));
    const { find, render } = createRenderer('pages');
    render(<Pages />);

    expect(find(PageTitle).text).toBe('Onboarding portfolio');
    expect(find(LoadingSpinner).props.label).toBe('Loading the portfolio');
    await vi.waitFor(() => expect(spy).toHaveBeenCalledTimes(4));
    expect(spy.mock.calls.map(([url]) => url)).toEqual([aggregatesUrl, portfolioUrl, trendsUrl, outcomesUrl]);
  });

  it('shows the headline numbers, both charts with their counts, the workload and the onboardings', async () => {
    const renderer = await renderLoaded(buildPortfolioAggregatesView(), buildPortfolioPageView());

    expect(urlsFrom(renderer, 0)).toEqual([aggregatesUrl, portfolioUrl]);
    expect(renderer.findAll(StatisticsItem).map(({ props }) => [props.label, props.number])).toEqual([
      ['Onboardings', 3],
      ['At risk (high or critical)', 2],
      ['Median time to first value', '12 days'],
    ]);
    // Activation: a bar per cohort and day with its counts; a day nobody is eligible for has no bar.
    expect(renderer.findByTestId(BarChart, 'activation-chart').props.data).toEqual([
      { cohort: 'Jan 2026', day: 'By day 30', rate: 100, activated: 1, eligible: 1 },
      { cohort: 'Jan 2026', day: 'By day 60', rate: 100, activated: 1, eligible: 1 },
    ]);
    expect(rowTexts(renderer, 'activation-counts')).toEqual([
      'Jan 20261' + '1 / 1 (100 %)' + '1 / 1 (100 %)' + '— (none eligible)',
      'Mar 20262' + '— (none eligible)'.repeat(3),
    ]);
    const buckets = renderer.findByTestId(BarChart, 'time-to-value-chart').props.data as ChartDataRow[];
    expect(buckets.map((bucket) => bucket['days'])).toEqual([
      '0–7 days',
      '8–14 days',
      '15–30 days',
      '31–60 days',
      '61–90 days',
      '91+ days',
    ]);
    expect(buckets[1]).toEqual({ days: '8–14 days', onboardings: 1 });
    expect(readText(renderer.findByTestId(Text, 'time-to-value-reached'))).toMatch(
      /^Reached first value: 1 · not yet: 2/,
    );
    expect(rowTexts(renderer, 'workload-table')).toEqual([
      'Casey SuccessCS East1111',
      'Owner o2—1122',
      'Unassigned—1000',
    ]);

    const links = renderer.findAll(Link);
    expect(links.map((link) => [readText(link), link.props.href])).toEqual([
      ['Acme Corp', 'https://app.hubspot.com/contacts/123/record/0-2/1002'],
      ['Company 1003', 'https://app.hubspot.com/contacts/123/record/0-2/1003'],
    ]);
    expect(rowTexts(renderer, 'portfolio-table')).toEqual([
      'Acme CorpCasey SuccessActivation2041High119 Apr 2026',
      'Company 1003UnassignedAdoption4578Low00—',
    ]);
    expect(renderer.findAll(Tag).map(({ props }) => props.variant)).toEqual(['error', 'success']);
    expect(renderer.findByTestId(Table, 'portfolio-table').props).toMatchObject({
      paginated: true,
      pageCount: 2,
      page: 1,
    });
    expect(findHeader(renderer, 'Risk').props.sortDirection).toBe('ascending');
  });

  it('offers every owner of the portfolio as a filter, "Unassigned" included', async () => {
    const renderer = await renderLoaded(buildPortfolioAggregatesView(), buildPortfolioPageView());

    expect(renderer.find(MultiSelect, { name: 'filter-owner' }).props.options).toEqual([
      { label: 'Casey Success', value: 'o1' },
      { label: 'Owner o2', value: 'o2' },
      { label: 'Unassigned', value: 'none' },
    ]);
    expect(renderer.find(MultiSelect, { name: 'filter-cohort' }).props.options).toEqual([
      { label: 'Jan 2026', value: '2026-01' },
      { label: 'Mar 2026', value: '2026-03' },
    ]);
    expect(renderer.findByTestId(Button, 'clear-filters').props.disabled).toBe(true);
  });

  it('shows the service error with a retry that loads both again', async () => {
    const renderer = await renderLoaded(
      toJsonResponse({ error: { code: 'internal', message: 'The portfolio store is unavailable.' } }, 500),
      buildPortfolioPageView(),
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
    );
    const alert = renderer.findByTestId(Alert, 'card-failure');
    expect(alert.props.title).toBe('Could not load the portfolio');
    expect(readText(alert)).toContain('The portfolio store is unavailable.');

    alert.find(Button).trigger('onClick');
    await settle(renderer, 4);

    expect(urlsFrom(renderer, 2)).toEqual([aggregatesUrl, portfolioUrl]);
    expect(renderer.maybeFindByTestId(Alert, 'card-failure')).toBeNull();
    expect(renderer.findAll(StatisticsItem)).toHaveLength(3);
  });

  it('says how to start when the portal has no onboarding yet', async () => {
    const renderer = await renderLoaded(
      emptyAggregates(),
      buildPortfolioPageView({ onboardings: [], page: { total: 0, limit: 50, offset: 0, nextOffset: null } }),
    );

    const empty = renderer.findByTestId(EmptyState, 'portfolio-empty');
    expect(empty.props.title).toBe('No onboardings yet');
    expect(readText(empty)).toContain("Start one from a company record's Onboarding card");
    expect(renderer.maybeFind(MultiSelect)).toBeNull();
    expect(renderer.maybeFind(Table)).toBeNull();
  });

  it('refetches both with each filter, says when nothing matches, and clears the filters', async () => {
    const noRows = buildPortfolioPageView({
      onboardings: [],
      page: { total: 0, limit: 50, offset: 0, nextOffset: null },
    });
    const renderer = await renderLoaded(
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
      buildPortfolioAggregatesView({ total: 0, cohorts: [], workload: [] }),
      noRows,
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
    );

    fireEvent(renderer.find(MultiSelect, { name: 'filter-template' }), 'onChange', ['enterprise']);
    await settle(renderer, 4);
    fireEvent(renderer.find(MultiSelect, { name: 'filter-risk' }), 'onChange', ['high', 'critical']);
    await settle(renderer, 6);

    expect(urlsFrom(renderer, 2)).toEqual([
      `${aggregatesUrl}?template=enterprise`,
      `${portfolioUrl}?template=enterprise`,
      `${aggregatesUrl}?risk=high%2Ccritical&template=enterprise`,
      `${portfolioUrl}?risk=high%2Ccritical&template=enterprise`,
    ]);
    const noMatch = renderer.findByTestId(EmptyState, 'portfolio-no-match');
    expect(noMatch.props.title).toBe('No onboarding matches these filters');
    expect(renderer.maybeFind(Table)).toBeNull();
    // The options stay those of the whole portfolio: a filter never hides itself.
    expect(renderer.find(MultiSelect, { name: 'filter-owner' }).props.options).toHaveLength(3);
    expect(renderer.find(MultiSelect, { name: 'filter-risk' }).props.value).toEqual(['high', 'critical']);

    noMatch.find(Button).trigger('onClick');
    await settle(renderer, 8);

    expect(urlsFrom(renderer, 6)).toEqual([aggregatesUrl, portfolioUrl]);
    expect(renderer.find(MultiSelect, { name: 'filter-risk' }).props.value).toEqual([]);
    expect(renderer.find(MultiSelect, { name: 'filter-template' }).props.value).toEqual([]);
    expect(renderer.findByTestId(Table, 'portfolio-table')).toBeTruthy();
  });

  it.each([
    ['a named CSM', 'o1', 'owner=o1'],
    ['the unassigned companies', 'none', 'owner=none'],
  ])('narrows the page to %s from the workload table', async (_label, ownerId, query) => {
    const renderer = await renderLoaded(
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
    );

    renderer.findByTestId(Button, `workload-owner-${ownerId}`).trigger('onClick');
    await settle(renderer, 4);

    expect(urlsFrom(renderer, 2)).toEqual([`${aggregatesUrl}?${query}`, `${portfolioUrl}?${query}`]);
    expect(renderer.find(MultiSelect, { name: 'filter-owner' }).props.value).toEqual([ownerId]);
    expect(renderer.findByTestId(Button, 'clear-filters').props.disabled).toBe(false);
  });

  it('pages through the onboardings without reloading the charts', async () => {
    const renderer = await renderLoaded(
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
      buildPortfolioPageView({
        onboardings: [buildPortfolioRow({ companyId: '1004', companyName: 'Globex' })],
        page: { total: 3, limit: 2, offset: 2, nextOffset: null },
      }),
    );
    expect(readText(renderer.findByTestId(Text, 'portfolio-range'))).toBe('1–2 of 3');

    fireEvent(renderer.findByTestId(Table, 'portfolio-table'), 'onPageChange', 2);
    await settle(renderer, 3);

    expect(urlsFrom(renderer, 2)).toEqual([`${portfolioUrl}?offset=2`]);
    expect(renderer.findByTestId(Table, 'portfolio-table').props).toMatchObject({ page: 2 });
    expect(readText(renderer.findByTestId(Text, 'portfolio-range'))).toBe('3–3 of 3');
    expect(renderer.findAll(Link).map((link) => readText(link))).toEqual(['Globex']);
  });

  it('sorts by a column header, from the first page', async () => {
    const renderer = await renderLoaded(
      buildPortfolioAggregatesView(),
      buildPortfolioPageView(),
      buildPortfolioPageView({ page: { total: 3, limit: 2, offset: 2, nextOffset: null } }),
      buildPortfolioPageView(),
    );
    fireEvent(renderer.findByTestId(Table, 'portfolio-table'), 'onPageChange', 2);
    await settle(renderer, 3);

    fireEvent(findHeader(renderer, 'Health'), 'onSortChange', 'descending');
    await settle(renderer, 4);

    expect(urlsFrom(renderer, 3)).toEqual([`${portfolioUrl}?order=desc&sort=health`]);
    expect(findHeader(renderer, 'Health').props.sortDirection).toBe('descending');
    expect(findHeader(renderer, 'Risk').props.sortDirection).toBe('none');
  });
});

describe('the app home page’s history: trends and signal outcomes', () => {
  const loaded = () => [buildPortfolioAggregatesView(), buildPortfolioPageView()];

  it('stacks each week’s onboardings by risk and draws each CSM’s weekly health', async () => {
    const renderer = await renderLoaded(...loaded());

    expect(historyUrls(renderer)).toEqual([trendsUrl, outcomesUrl]);
    const risk = renderer.findByTestId(BarChart, 'risk-trend-chart');
    const riskRows = risk.props.data as ChartDataRow[];
    expect(riskRows).toHaveLength(48);
    expect(riskRows.slice(0, 4)).toEqual([
      { week: '11 Jan 2026', risk: 'Low', onboardings: 1 },
      { week: '11 Jan 2026', risk: 'Medium', onboardings: 0 },
      { week: '11 Jan 2026', risk: 'High', onboardings: 0 },
      { week: '11 Jan 2026', risk: 'Critical', onboardings: 0 },
    ]);
    expect(riskRows.slice(-2)).toEqual([
      { week: '29 Mar 2026', risk: 'High', onboardings: 1 },
      { week: '29 Mar 2026', risk: 'Critical', onboardings: 1 },
    ]);
    expect(risk.props.axes).toMatchObject({
      x: { field: 'week', fieldType: 'category' },
      options: { groupFieldByColor: 'risk', stacking: true },
    });
    // History covers the twelve weeks: no note about where it starts.
    expect(renderer.maybeFindByTestId(Text, 'risk-trend-since')).toBeNull();

    const health = renderer.findByTestId(LineChart, 'health-trend-chart');
    const healthRows = health.props.data as ChartDataRow[];
    expect(healthRows.filter((row) => row['csm'] === 'Casey Success')).toEqual([
      { week: '2026-03-15', csm: 'Casey Success', health: 62 },
      { week: '2026-03-22', csm: 'Casey Success', health: 50 },
      { week: '2026-03-29', csm: 'Casey Success', health: 41 },
    ]);
    expect([...new Set(healthRows.map((row) => row['csm']))]).toEqual(['Casey Success', 'Owner o2', 'Unassigned']);
    expect(healthRows).toHaveLength(3 + 3 + 12);
    expect(health.props.axes).toMatchObject({ x: { fieldType: 'datetime' }, options: { groupFieldByColor: 'csm' } });
  });

  it('lists how each signal did on the closed onboardings, most churned first', async () => {
    const renderer = await renderLoaded(...loaded());

    expect(readText(renderer.findByTestId(Text, 'signal-outcomes-summary'))).toBe(
      'Closed onboardings: 12 · churned: 4 · churned with no warning: 1 (25 %)',
    );
    expect(rowTexts(renderer, 'signal-outcomes-table')).toEqual([
      'No first login8' + '3 of 8 (38 %)' + '12 days',
      'Usage drop4' + '2 of 4 (50 %)' + '21 days',
      'Single-threaded5' + '0 of 5 (0 %)' + '—',
    ]);
  });

  it('says when history starts inside the twelve weeks', async () => {
    const renderer = await renderLoaded(
      ...loaded(),
      historyAnswer('getPortfolioTrends', buildPortfolioTrendsView({ historySince: '2026-03-10T07:00:00.000Z' })),
    );
    expect(readText(renderer.findByTestId(Text, 'risk-trend-since'))).toBe('History since 10 Mar 2026');
    expect(renderer.findByTestId(BarChart, 'risk-trend-chart')).toBeTruthy();
  });

  it('says history starts with this version, and that outcomes wait for closed onboardings', async () => {
    const trends = buildPortfolioTrendsView();
    const renderer = await renderLoaded(
      ...loaded(),
      historyAnswer(
        'getPortfolioTrends',
        buildPortfolioTrendsView({
          historySince: null,
          riskByWeek: trends.riskByWeek.map((week) => ({
            ...week,
            onboardings: 0,
            byRisk: { low: 0, medium: 0, high: 0, critical: 0 },
          })),
          healthByOwner: [],
        }),
      ),
      historyAnswer(
        'getSignalOutcomes',
        buildSignalOutcomesView({ closed: 0, churned: 0, unwarned: { count: 0, share: null }, bySignal: [] }),
      ),
    );

    expect(readText(renderer.findByTestId(Text, 'risk-trend-none'))).toBe(
      'History starts with this version: trends fill in week by week.',
    );
    expect(renderer.maybeFindByTestId(BarChart, 'risk-trend-chart')).toBeNull();
    expect(readText(renderer.findByTestId(Text, 'health-trend-none'))).toBe(
      "No weekly health yet: each CSM's line fills in week by week.",
    );
    expect(renderer.maybeFind(LineChart)).toBeNull();
    expect(readText(renderer.findByTestId(Text, 'signal-outcomes-none'))).toBe(
      'No closed onboardings yet: outcomes appear once onboardings close.',
    );
    expect(renderer.maybeFindByTestId(Table, 'signal-outcomes-table')).toBeNull();
  });

  it('shows each failed history section with its own retry, the portfolio unaffected', async () => {
    const failure = (message: string) => toJsonResponse({ error: { code: 'internal', message } }, 500);
    const renderer = await renderLoaded(
      ...loaded(),
      historyAnswer('getPortfolioTrends', failure('The trends are unavailable.')),
      historyAnswer('getSignalOutcomes', failure('The outcomes are unavailable.')),
    );

    const trendsAlert = renderer.findByTestId(Alert, 'trends-failure');
    expect(trendsAlert.props.title).toBe('Could not load the trends');
    expect(readText(trendsAlert)).toContain('The trends are unavailable.');
    const outcomesAlert = renderer.findByTestId(Alert, 'signal-outcomes-failure');
    expect(outcomesAlert.props.title).toBe('Could not load the signal outcomes');
    expect(readText(outcomesAlert)).toContain('The outcomes are unavailable.');
    expect(renderer.maybeFindByTestId(Alert, 'card-failure')).toBeNull();
    expect(renderer.findAll(StatisticsItem)).toHaveLength(3);
    expect(renderer.findByTestId(Table, 'portfolio-table')).toBeTruthy();

    trendsAlert.find(Button).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(BarChart, 'risk-trend-chart')).not.toBeNull());
    expect(historyUrls(renderer).slice(2)).toEqual([trendsUrl]);
    expect(renderer.maybeFindByTestId(Alert, 'signal-outcomes-failure')).not.toBeNull();

    renderer.findByTestId(Alert, 'signal-outcomes-failure').find(Button).trigger('onClick');
    await renderer.waitFor(() => expect(renderer.maybeFindByTestId(Table, 'signal-outcomes-table')).not.toBeNull());
    expect(historyUrls(renderer).slice(3)).toEqual([outcomesUrl]);
    expect(renderer.spy).toHaveBeenCalledTimes(2);
  });

  it('refetches the trends with each filter and the signal outcomes never', async () => {
    const renderer = await renderLoaded(...loaded(), ...loaded());

    fireEvent(renderer.find(MultiSelect, { name: 'filter-template' }), 'onChange', ['enterprise']);
    await settle(renderer, 4);

    expect(historyUrls(renderer)).toEqual([trendsUrl, outcomesUrl, `${trendsUrl}?template=enterprise`]);
    expect(renderer.findByTestId(BarChart, 'risk-trend-chart')).toBeTruthy();
    expect(renderer.findByTestId(Table, 'signal-outcomes-table')).toBeTruthy();
  });
});
