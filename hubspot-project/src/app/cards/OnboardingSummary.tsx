import {
  DescriptionList,
  DescriptionListItem,
  Flex,
  Link,
  LoadingSpinner,
  StatusTag,
  Text,
  hubspot,
} from '@hubspot/ui-extensions';
import type { CrmContext } from '@hubspot/ui-extensions';
import { toRecordUrl } from '../packages/card-client/record-links.ts';
import { fetchOnboardingSummary } from './api/onboarding-api.ts';
import { CardFailureAlert } from './components/CardFailureAlert.tsx';
import {
  phaseLabels,
  riskVariants,
  severityVariants,
  signalLabels,
  toDateLabel,
  toWordsLabel,
} from './components/format-values.ts';
import { useCardResource } from './hooks/use-card-resource.ts';

hubspot.extend<'crm.record.sidebar'>(({ context }) => <OnboardingSummary context={context} />);

/** The company record page, where the "Onboarding" tab card lives, on the portal's own host (EU: app-eu1). */
const toCompanyRecordUrl = (context: CrmContext): string => toRecordUrl(context.portal, '0-2', context.crm.objectId);

/** Company sidebar: risk, health, day of the plan and the most severe signal, with a way to the full tab. */
export const OnboardingSummary = ({ context }: { context: CrmContext }) => {
  const companyId = String(context.crm.objectId);
  const { resource, reload } = useCardResource(companyId, () => fetchOnboardingSummary(companyId));
  if (resource.status === 'loading') return <LoadingSpinner label="Loading the onboarding summary" />;
  if (resource.status === 'failed') {
    return <CardFailureAlert title="Could not load the onboarding" failure={resource.failure} onRetry={reload} />;
  }
  const response = resource.data;
  if (response.kind === 'empty') {
    return (
      <Flex direction="column" gap="xs">
        <Text testId="summary-empty">No onboarding yet.</Text>
        <Link href={toCompanyRecordUrl(context)}>Start one from the Onboarding tab</Link>
      </Flex>
    );
  }
  const { summary } = response;
  if (summary.status !== 'in_progress') {
    return (
      <Flex direction="column" gap="xs">
        <StatusTag testId="summary-closed" variant={summary.status === 'completed' ? 'success' : 'default'}>
          {toWordsLabel(summary.status)}
        </StatusTag>
        <Text testId="summary-closed-on">Closed on {toDateLabel(summary.closedAt)}</Text>
        <Link href={toCompanyRecordUrl(context)}>Open the Onboarding tab</Link>
      </Flex>
    );
  }
  return (
    <Flex direction="column" gap="sm">
      <Flex direction="row" gap="xs" align="center" wrap>
        <StatusTag testId="summary-risk" variant={riskVariants[summary.riskLevel]}>
          Risk: {summary.riskLevel}
        </StatusTag>
        {summary.escalationLevel > 0 ? (
          <StatusTag variant="danger">Escalation {summary.escalationLevel}</StatusTag>
        ) : null}
      </Flex>
      <DescriptionList direction="column">
        <DescriptionListItem label="Health score">
          <Text testId="summary-health">{summary.healthScore}/100</Text>
        </DescriptionListItem>
        <DescriptionListItem label="Plan">
          <Text testId="summary-day">
            {phaseLabels[summary.phase]} · day {summary.day} of {summary.planDays}
          </Text>
        </DescriptionListItem>
        <DescriptionListItem label="Next checkpoint">
          <Text>{toDateLabel(summary.nextCheckpointDate)}</Text>
        </DescriptionListItem>
        <DescriptionListItem label={`Open signals (${summary.openSignalCount})`}>
          {summary.topSignal === null ? (
            <Text testId="summary-top-signal">None</Text>
          ) : (
            <Flex direction="column" gap="flush">
              <Flex direction="row" gap="xs" align="center">
                <StatusTag variant={severityVariants[summary.topSignal.severity]}>
                  {summary.topSignal.severity}
                </StatusTag>
                <Text testId="summary-top-signal">{signalLabels[summary.topSignal.type]}</Text>
              </Flex>
              <Text variant="microcopy">{summary.topSignal.evidence}</Text>
            </Flex>
          )}
        </DescriptionListItem>
      </DescriptionList>
      <Link href={toCompanyRecordUrl(context)}>Open the Onboarding tab</Link>
    </Flex>
  );
};
