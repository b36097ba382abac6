import {
  BarChart,
  Flex,
  Heading,
  LineChart,
  LoadingSpinner,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { ChartColor } from '@hubspot/ui-extensions';
import { contractRiskLevels } from '../../packages/contract/index.ts';
import type {
  ContractRiskLevel,
  OwnerHealthTrendView,
  PortfolioTrendsView,
  RiskWeekView,
  SignalOutcomesView,
} from '../../packages/contract/index.ts';
import { signalLabels, toDateLabel, toWordsLabel } from '../../packages/card-client/format-values.ts';
import { toDaysLabel, toHistoryCoverage } from '../../packages/card-client/history-values.ts';
import type { CardResource } from '../hooks/use-card-resource.ts';
import { CardFailureAlert } from './CardFailureAlert.tsx';
import { toChurnedLabel, toOutcomesSummary, toOwnerLabel } from './portfolio-labels.ts';

/** Low reads green and the two levels the manager acts on read warm, as on the risk tags. */
const riskColors: Record<ContractRiskLevel, ChartColor> = {
  low: 'green',
  medium: 'yellow',
  high: 'orange',
  critical: 'darkOrange',
};

/**
 * One bar per week end, stacked by risk. Every level keeps its row, zeros included, so a week before the history
 * (no onboarding counted) still has its place on the axis.
 */
const toRiskRows = (weeks: RiskWeekView[]) =>
  weeks.flatMap((week) =>
    contractRiskLevels.map((risk) => ({
      week: toDateLabel(week.weekEnd),
      risk: toWordsLabel(risk),
      onboardings: week.byRisk[risk],
    })),
  );

/** One line per CSM; a week they owned no onboarding in progress has no point (an average of none is not 0). */
const toHealthRows = (owners: OwnerHealthTrendView[]) =>
  owners.flatMap((trend) =>
    trend.points.flatMap((point) =>
      point.averageHealth === null
        ? []
        : [{ week: point.weekEnd, csm: toOwnerLabel(trend.owner), health: point.averageHealth }],
    ),
  );

const RiskByWeek = ({ trends }: { trends: PortfolioTrendsView }) => {
  const firstWeek = trends.riskByWeek[0];
  const coverage = firstWeek === undefined ? null : toHistoryCoverage(trends.historySince, firstWeek.weekEnd);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Portfolio risk, last 12 weeks</Heading>
      {coverage === null || coverage.kind === 'none' ? (
        <Text testId="risk-trend-none">History starts with this version: trends fill in week by week.</Text>
      ) : (
        <>
          {coverage.kind === 'since' ? (
            <Text testId="risk-trend-since" variant="microcopy">
              History since {toDateLabel(coverage.since)}
            </Text>
          ) : null}
          <BarChart
            testId="risk-trend-chart"
            data={toRiskRows(trends.riskByWeek)}
            axes={{
              x: { field: 'week', fieldType: 'category', label: 'Week ending' },
              y: { field: 'onboardings', fieldType: 'linear', label: 'Onboardings in progress' },
              options: {
                groupFieldByColor: 'risk',
                stacking: true,
                colors: Object.fromEntries(contractRiskLevels.map((risk) => [toWordsLabel(risk), riskColors[risk]])),
              },
            }}
            options={{ showLegend: true, showTooltips: true }}
          />
        </>
      )}
    </Flex>
  );
};

const HealthByOwner = ({ trends }: { trends: PortfolioTrendsView }) => {
  const rows = toHealthRows(trends.healthByOwner);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Health trend per CSM</Heading>
      {rows.length === 0 ? (
        <Text testId="health-trend-none">No weekly health yet: each CSM&apos;s line fills in week by week.</Text>
      ) : (
        <LineChart
          testId="health-trend-chart"
          data={rows}
          axes={{
            x: { field: 'week', fieldType: 'datetime', label: 'Week ending' },
            y: { field: 'health', fieldType: 'linear', label: 'Average health' },
            options: { groupFieldByColor: 'csm' },
          }}
          options={{ showLegend: true, showTooltips: true }}
        />
      )}
    </Flex>
  );
};

/**
 * The portfolio's last 12 weeks under the page's filters: risk by week, then each CSM's average health (the owner
 * at the time, so a line stays with the CSM who ran the onboarding). It loads beside the rest of the page, with its
 * own spinner and retry.
 */
export const PortfolioTrends = ({
  resource,
  onRetry,
}: {
  resource: CardResource<PortfolioTrendsView>;
  onRetry: () => void;
}) => {
  if (resource.status !== 'ready') {
    // Both charts come from one request: until it answers, the first heading holds its spinner or its failure.
    return (
      <Flex direction="column" gap="sm">
        <Heading>Portfolio risk, last 12 weeks</Heading>
        {resource.status === 'loading' ? (
          <LoadingSpinner label="Loading the trends" layout="centered" />
        ) : (
          <CardFailureAlert
            testId="trends-failure"
            title="Could not load the trends"
            failure={resource.failure}
            onRetry={onRetry}
          />
        )}
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="lg">
      <RiskByWeek trends={resource.data} />
      <HealthByOwner trends={resource.data} />
    </Flex>
  );
};

const SignalOutcomesTable = ({ view }: { view: SignalOutcomesView }) => (
  <Table testId="signal-outcomes-table" bordered density="condensed">
    <TableHead>
      <TableRow>
        <TableHeader>Signal</TableHeader>
        <TableHeader>Accounts</TableHeader>
        <TableHeader>Churned</TableHeader>
        <TableHeader>Median lead time</TableHeader>
      </TableRow>
    </TableHead>
    <TableBody>
      {view.bySignal.map((outcome) => (
        <TableRow key={outcome.type}>
          <TableCell>{signalLabels[outcome.type]}</TableCell>
          <TableCell>{outcome.accounts}</TableCell>
          <TableCell>{toChurnedLabel(outcome)}</TableCell>
          <TableCell>{toDaysLabel(outcome.medianLeadDays)}</TableCell>
        </TableRow>
      ))}
    </TableBody>
  </Table>
);

/**
 * Which alarms preceded churn, over every onboarding closed so far (the page's filters do not apply): per signal,
 * the closed accounts it fired on, how many of those churned, and how long before the churn it first fired.
 */
export const SignalOutcomes = ({
  resource,
  onRetry,
}: {
  resource: CardResource<SignalOutcomesView>;
  onRetry: () => void;
}) => {
  const body = (() => {
    if (resource.status === 'loading') return <LoadingSpinner label="Loading the signal outcomes" layout="centered" />;
    if (resource.status === 'failed') {
      return (
        <CardFailureAlert
          testId="signal-outcomes-failure"
          title="Could not load the signal outcomes"
          failure={resource.failure}
          onRetry={onRetry}
        />
      );
    }
    const view = resource.data;
    if (view.closed === 0) {
      return (
        <Text testId="signal-outcomes-none">No closed onboardings yet: outcomes appear once onboardings close.</Text>
      );
    }
    return (
      <>
        <Text testId="signal-outcomes-summary">{toOutcomesSummary(view)}</Text>
        {view.bySignal.length === 0 ? (
          <Text testId="signal-outcomes-no-signal">No signal fired on the closed onboardings.</Text>
        ) : (
          <SignalOutcomesTable view={view} />
        )}
        <Text variant="microcopy">
          Every closed onboarding, whatever the filters. Lead time: from the signal&apos;s first detection to the churn,
          the median over the churned accounts.
        </Text>
      </>
    );
  })();
  return (
    <Flex direction="column" gap="sm">
      <Heading>Signal outcomes</Heading>
      {body}
    </Flex>
  );
};
