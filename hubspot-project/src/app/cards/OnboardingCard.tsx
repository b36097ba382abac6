import { useCallback } from 'react';
import { Alert, Divider, Flex, LoadingSpinner, hubspot } from '@hubspot/ui-extensions';
import type { CrmContext, CrmHostActions } from '@hubspot/ui-extensions';
import type { OnboardingCardResponse, OnboardingView } from '../packages/contract/index.ts';
import { fetchOnboarding } from './api/onboarding-api.ts';
import { ActionOutcomeAlert } from './components/ActionOutcomeAlert.tsx';
import { ActivitySection } from './components/ActivitySection.tsx';
import { CardFailureAlert } from './components/CardFailureAlert.tsx';
import { CheckpointLog } from './components/CheckpointLog.tsx';
import { CriteriaSection } from './components/CriteriaSection.tsx';
import { FirstWeekSection } from './components/FirstWeekSection.tsx';
import { HealthHistorySection } from './components/HealthHistorySection.tsx';
import { MilestonesSection } from './components/MilestonesSection.tsx';
import type { OnboardingActionRunner } from './components/onboarding-action-runner.ts';
import { OnboardingHeader } from './components/OnboardingHeader.tsx';
import { OutcomeSection } from './components/OutcomeSection.tsx';
import { SignalsSection } from './components/SignalsSection.tsx';
import { StakeholdersSection } from './components/StakeholdersSection.tsx';
import { StartOnboardingForm } from './components/StartOnboardingForm.tsx';
import { useCardAction } from './hooks/use-card-action.ts';
import { useCardResource } from './hooks/use-card-resource.ts';

hubspot.extend<'crm.record.tab'>(({ context, actions }) => <OnboardingCard context={context} actions={actions} />);

/**
 * Company record tab "Onboarding": the CSM runs the onboarding from here. Every action changes the company's
 * liftoff_* properties (phase, risk, health, open signals) that HubSpot's own property cards show, so after one
 * succeeds the record's properties are refreshed.
 */
export const OnboardingCard = ({
  context,
  actions,
}: {
  context: CrmContext;
  actions: Pick<CrmHostActions, 'refreshObjectProperties'>;
}) => {
  const companyId = String(context.crm.objectId);
  const { resource, replace, reload } = useCardResource(companyId, () => fetchOnboarding(companyId));
  const showOnboarding = useCallback(
    (onboarding: OnboardingView) => {
      replace({ kind: 'onboarding', onboarding } satisfies OnboardingCardResponse);
      actions.refreshObjectProperties();
    },
    [replace, actions],
  );
  const { pending, outcome, run } = useCardAction(showOnboarding);
  const runner: OnboardingActionRunner = { companyId, pending, run };

  if (resource.status === 'loading') return <LoadingSpinner label="Loading the onboarding" layout="centered" />;
  if (resource.status === 'failed') {
    return <CardFailureAlert title="Could not load the onboarding" failure={resource.failure} onRetry={reload} />;
  }
  const response = resource.data;
  if (response.kind === 'empty') {
    return (
      <Flex direction="column" gap="sm">
        <ActionOutcomeAlert outcome={outcome} />
        <StartOnboardingForm empty={response.empty} runner={runner} />
      </Flex>
    );
  }
  const { onboarding } = response;
  return (
    <Flex direction="column" gap="md">
      <ActionOutcomeAlert outcome={outcome} />
      {onboarding.parked === null ? null : (
        <Alert testId="parked" title="Not synced with HubSpot" variant="warning">
          {onboarding.parked.message}
        </Alert>
      )}
      <OnboardingHeader header={onboarding.header} owner={onboarding.owner} />
      <OutcomeSection onboarding={onboarding} runner={runner} />
      <Divider />
      <HealthHistorySection companyId={companyId} />
      <Divider />
      <SignalsSection signals={onboarding.signals} history={onboarding.signalHistory} runner={runner} />
      <Divider />
      <CriteriaSection criteria={onboarding.criteria} metricOptions={onboarding.metricOptions} runner={runner} />
      <Divider />
      <MilestonesSection milestones={onboarding.milestones} runner={runner} />
      <Divider />
      <FirstWeekSection steps={onboarding.firstWeekSteps} runner={runner} />
      <Divider />
      <StakeholdersSection map={onboarding.stakeholders} runner={runner} />
      <Divider />
      <ActivitySection activity={onboarding.activity} />
      <Divider />
      <CheckpointLog notes={onboarding.checkpointNotes} milestones={onboarding.milestones} runner={runner} />
    </Flex>
  );
};
