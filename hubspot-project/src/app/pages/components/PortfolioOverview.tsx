import {
  BarChart,
  Flex,
  Heading,
  Statistics,
  StatisticsItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
  Text,
} from '@hubspot/ui-extensions';
import type { CohortActivationView, PortfolioAggregatesView } from '../../packages/contract/index.ts';
import { toMonthLabel } from '../../packages/card-client/format-values.ts';
import { toBucketLabel, toRateLabel } from './portfolio-labels.ts';

const activationDays = [
  { key: 'd30', label: 'By day 30' },
  { key: 'd60', label: 'By day 60' },
  { key: 'd90', label: 'By day 90' },
] as const;

/**
 * One bar per cohort and day; a rate nobody is eligible for yet has no bar (0 % would read as a failure). Each bar
 * carries its counts, and the table below shows them, so the n is never hidden behind the rate.
 */
const toActivationRows = (cohorts: CohortActivationView[]) =>
  cohorts.flatMap((cohort) =>
    activationDays.flatMap(({ key, label }) => {
      const rate = cohort.activationRate[key];
      const counts = cohort.counts[key];
      if (rate === null) return [];
      return [
        {
          cohort: toMonthLabel(cohort.cohort),
          day: label,
          rate: Math.round(rate * 100),
          activated: counts.activated,
          eligible: counts.eligible,
        },
      ];
    }),
  );

export const PortfolioStatistics = ({ aggregates }: { aggregates: PortfolioAggregatesView }) => {
  const { medianDays } = aggregates.timeToFirstValue;
  return (
    <Statistics testId="portfolio-statistics">
      <StatisticsItem label="Onboardings" number={aggregates.total} />
      <StatisticsItem label="At risk (high or critical)" number={aggregates.byRisk.high + aggregates.byRisk.critical} />
      <StatisticsItem label="Median time to first value" number={medianDays === null ? '—' : `${medianDays} days`} />
    </Statistics>
  );
};

export const ActivationByCohort = ({ cohorts }: { cohorts: CohortActivationView[] }) => {
  const rows = toActivationRows(cohorts);
  return (
    <Flex direction="column" gap="sm">
      <Heading>Activation by cohort</Heading>
      {rows.length === 0 ? (
        <Text testId="activation-none">No cohort is 30 days old with known activation yet.</Text>
      ) : (
        <BarChart
          testId="activation-chart"
          data={rows}
          axes={{
            x: { field: 'cohort', fieldType: 'category', label: 'Start month' },
            y: { field: 'rate', fieldType: 'linear', label: 'Activated (%)' },
            options: { groupFieldByColor: 'day' },
          }}
          options={{ showLegend: true, showTooltips: true, showDataLabels: true }}
        />
      )}
      <Table testId="activation-counts" bordered density="condensed">
        <TableHead>
          <TableRow>
            <TableHeader>Cohort</TableHeader>
            <TableHeader>Onboardings</TableHeader>
            {activationDays.map(({ key, label }) => (
              <TableHeader key={key}>{label} (activated / eligible)</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {cohorts.map((cohort) => (
            <TableRow key={cohort.cohort}>
              <TableCell>{toMonthLabel(cohort.cohort)}</TableCell>
              <TableCell>{cohort.size}</TableCell>
              {activationDays.map(({ key }) => (
                <TableCell key={key}>{toRateLabel(cohort.counts[key])}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Flex>
  );
};

export const TimeToFirstValue = ({
  timeToFirstValue,
}: {
  timeToFirstValue: PortfolioAggregatesView['timeToFirstValue'];
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Time to first value</Heading>
    <BarChart
      testId="time-to-value-chart"
      data={timeToFirstValue.buckets.map((bucket) => ({ days: toBucketLabel(bucket), onboardings: bucket.count }))}
      axes={{
        x: { field: 'days', fieldType: 'category', label: 'Days from start to first value' },
        y: { field: 'onboardings', fieldType: 'linear', label: 'Onboardings' },
      }}
      options={{ showDataLabels: true, showTooltips: true }}
    />
    <Text testId="time-to-value-reached">
      Reached first value: {timeToFirstValue.reached} · not yet: {timeToFirstValue.notYet} (onboardings without usage
      data are in neither count)
    </Text>
  </Flex>
);
