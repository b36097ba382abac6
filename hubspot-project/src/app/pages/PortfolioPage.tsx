import { useEffect, useState } from 'react';
import { Button, EmptyState, Flex, LoadingSpinner, Text, useExtensionContext } from '@hubspot/ui-extensions';
import type { PagesContext } from '@hubspot/ui-extensions';
import { PageTitle } from '@hubspot/ui-extensions/pages';
import { toPortfolioQueryString } from '../packages/contract/index.ts';
import type { PortfolioFilterOptionsView } from '../packages/contract/index.ts';
import {
  fetchPortfolio,
  fetchPortfolioAggregates,
  fetchPortfolioTrends,
  fetchSignalOutcomes,
} from './api/portfolio-api.ts';
import { CardFailureAlert } from './components/CardFailureAlert.tsx';
import { PortfolioFilterBar, hasActiveFilter } from './components/PortfolioFilters.tsx';
import type { PortfolioFilters } from './components/PortfolioFilters.tsx';
import { PortfolioTrends, SignalOutcomes } from './components/PortfolioHistory.tsx';
import { ActivationByCohort, PortfolioStatistics, TimeToFirstValue } from './components/PortfolioOverview.tsx';
import { PortfolioTable, defaultSort } from './components/PortfolioTable.tsx';
import type { PortfolioSort } from './components/PortfolioTable.tsx';
import { WorkloadTable } from './components/WorkloadTable.tsx';
import { useCardResource } from './hooks/use-card-resource.ts';

const NoOnboardingsYet = () => (
  <EmptyState testId="portfolio-empty" title="No onboardings yet" layout="vertical" imageName="customerExperience">
    <Text>
      Start one from a company record&apos;s Onboarding card (the company tab), or win a deal: closed-won starts the
      onboarding with the handoff sales wrote.
    </Text>
  </EmptyState>
);

const NoMatch = ({ onClear }: { onClear: () => void }) => (
  <EmptyState testId="portfolio-no-match" title="No onboarding matches these filters" layout="vertical">
    <Button testId="no-match-clear-filters" onClick={onClear}>
      Clear filters
    </Button>
  </EmptyState>
);

/**
 * The CS manager's portfolio (the app's home page): filters, the headline numbers, activation by cohort, time to
 * first value, the last 12 weeks' risk and health per CSM, signal outcomes, each CSM's workload, and the onboardings
 * page by page. A filter refetches the aggregates, the page and the trends; sorting and paging refetch the page
 * alone; signal outcomes, over every closed onboarding, load once. The history sections load beside the rest, each
 * with its own spinner and retry, so a slow or failed history never holds the portfolio back.
 */
export const PortfolioPage = () => {
  const context: PagesContext = useExtensionContext<'pages'>();
  const [filters, setFilters] = useState<PortfolioFilters>({});
  const [sort, setSort] = useState<PortfolioSort>(defaultSort);
  const [offset, setOffset] = useState(0);
  const filterQuery = toPortfolioQueryString(filters);
  const pageQuery = toPortfolioQueryString({
    ...filters,
    ...(sort.sort === defaultSort.sort && sort.order === defaultSort.order ? {} : sort),
    ...(offset === 0 ? {} : { offset }),
  });
  const aggregates = useCardResource(filterQuery, () => fetchPortfolioAggregates(filterQuery));
  const page = useCardResource(pageQuery, () => fetchPortfolio(pageQuery));
  const trends = useCardResource(filterQuery, () => fetchPortfolioTrends(filterQuery));
  const outcomes = useCardResource('all-closed', fetchSignalOutcomes);
  // The filters stay on screen while a new answer loads, with the options of the last one (the whole portfolio's).
  const [options, setOptions] = useState<PortfolioFilterOptionsView | null>(null);
  useEffect(() => {
    if (aggregates.resource.status === 'ready') setOptions(aggregates.resource.data.options);
  }, [aggregates.resource]);

  const changeFilters = (next: PortfolioFilters) => {
    setFilters(next);
    setOffset(0);
  };
  const changeSort = (next: PortfolioSort) => {
    setSort(next);
    setOffset(0);
  };
  const retryAll = () => {
    aggregates.reload();
    page.reload();
  };

  const title = <PageTitle>Onboarding portfolio</PageTitle>;
  if (options === null) {
    if (aggregates.resource.status === 'failed') {
      return (
        <Flex direction="column" gap="md">
          {title}
          <CardFailureAlert
            title="Could not load the portfolio"
            failure={aggregates.resource.failure}
            onRetry={retryAll}
          />
        </Flex>
      );
    }
    return (
      <Flex direction="column" gap="md">
        {title}
        <LoadingSpinner label="Loading the portfolio" layout="centered" />
      </Flex>
    );
  }
  // Every onboarding has a start month, so a portfolio without cohorts has no onboarding at all.
  if (options.cohorts.length === 0 && !hasActiveFilter(filters)) {
    return (
      <Flex direction="column" gap="md">
        {title}
        <NoOnboardingsYet />
      </Flex>
    );
  }

  const overview = (() => {
    const { resource } = aggregates;
    if (resource.status === 'loading') return <LoadingSpinner label="Loading the portfolio" layout="centered" />;
    if (resource.status === 'failed') {
      return <CardFailureAlert title="Could not load the portfolio" failure={resource.failure} onRetry={retryAll} />;
    }
    if (resource.data.total === 0) return <NoMatch onClear={() => changeFilters({})} />;
    return (
      <Flex direction="column" gap="lg">
        <PortfolioStatistics aggregates={resource.data} />
        <ActivationByCohort cohorts={resource.data.cohorts} />
        <TimeToFirstValue timeToFirstValue={resource.data.timeToFirstValue} />
        <PortfolioTrends resource={trends.resource} onRetry={trends.reload} />
        <SignalOutcomes resource={outcomes.resource} onRetry={outcomes.reload} />
        <WorkloadTable
          workload={resource.data.workload}
          onSelectOwner={(owner) => changeFilters({ ...filters, owner: [owner] })}
        />
        {page.resource.status === 'loading' ? (
          <LoadingSpinner label="Loading the onboardings" layout="centered" />
        ) : page.resource.status === 'failed' ? (
          <CardFailureAlert
            title="Could not load the onboardings"
            failure={page.resource.failure}
            onRetry={page.reload}
          />
        ) : (
          <PortfolioTable
            view={page.resource.data}
            portal={context.portal}
            sort={sort}
            onSort={changeSort}
            onPage={setOffset}
          />
        )}
      </Flex>
    );
  })();

  return (
    <Flex direction="column" gap="md">
      {title}
      <PortfolioFilterBar options={options} filters={filters} onChange={changeFilters} />
      {overview}
    </Flex>
  );
};
