import { Flex, Heading, LineChart, LoadingSpinner, Text } from '@hubspot/ui-extensions';
import type { HealthHistoryView } from '../../packages/contract/index.ts';
import { toDayBefore, toHistoryCoverage } from '../../packages/card-client/history-values.ts';
import { fetchHealthHistory } from '../api/history-api.ts';
import { useCardResource } from '../hooks/use-card-resource.ts';
import { CardFailureAlert } from './CardFailureAlert.tsx';
import { signalLabels, toDateLabel } from './format-values.ts';

const windowDays = 90;

const HealthHistory = ({ view }: { view: HealthHistoryView }) => {
  const coverage = toHistoryCoverage(view.historySince, toDayBefore(view.asOf, windowDays));
  return (
    <>
      {coverage.kind === 'none' ? (
        <Text testId="health-history-none">History starts with this version: the line fills in day by day.</Text>
      ) : coverage.kind === 'since' ? (
        <Text testId="health-history-since" variant="microcopy">
          History since {toDateLabel(coverage.since)}
        </Text>
      ) : null}
      {view.points.length === 0 ? (
        coverage.kind === 'none' ? null : (
          <Text testId="health-history-empty">No assessment in the last {windowDays} days.</Text>
        )
      ) : (
        <LineChart
          testId="health-history-chart"
          data={view.points.map((point) => ({ date: point.date, health: point.healthScore }))}
          axes={{
            x: { field: 'date', fieldType: 'datetime', label: 'Day' },
            y: { field: 'health', fieldType: 'linear', label: 'Health score' },
          }}
          options={{ showTooltips: true }}
        />
      )}
      {view.detections.map((detection, index) => (
        <Text key={`${detection.date}-${detection.type}`} testId={`health-detection-${index}`} variant="microcopy">
          Detected: {signalLabels[detection.type]} on {toDateLabel(detection.date)}
        </Text>
      ))}
    </>
  );
};

/**
 * The company's health over the last 90 days, one point a day (its last assessment), with the days signals were
 * detected. It loads on its own once the card shows the onboarding: while it loads or if it fails, the rest of the
 * card works as before.
 */
export const HealthHistorySection = ({ companyId }: { companyId: string }) => {
  const { resource, reload } = useCardResource(companyId, () => fetchHealthHistory(companyId));
  return (
    <Flex direction="column" gap="sm">
      <Heading>Health, last {windowDays} days</Heading>
      {resource.status === 'loading' ? (
        <LoadingSpinner label="Loading the health history" layout="centered" />
      ) : resource.status === 'failed' ? (
        <CardFailureAlert
          testId="health-history-failure"
          title="Could not load the health history"
          failure={resource.failure}
          onRetry={reload}
        />
      ) : (
        <HealthHistory view={resource.data} />
      )}
    </Flex>
  );
};
