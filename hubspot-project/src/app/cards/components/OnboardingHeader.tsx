import { DescriptionList, DescriptionListItem, Flex, Heading, StatusTag, Text } from '@hubspot/ui-extensions';
import type { HealthComponentsView, OnboardingHeaderView, OwnerView } from '../../packages/contract/index.ts';
import { phaseLabels, riskVariants, signalLabels, toDateLabel } from './format-values.ts';

const componentLabels: Record<keyof HealthComponentsView, string> = {
  usage: 'Usage',
  engagement: 'Engagement',
  milestones: 'Milestones on time',
  criteria: 'Criteria progress',
  support: 'Support',
};

const componentOrder: (keyof HealthComponentsView)[] = ['usage', 'engagement', 'milestones', 'criteria', 'support'];

/**
 * The CSM as HubSpot names the owner; an owner Liftoff has not named yet shows its id, so the card never waits on
 * HubSpot for it.
 */
function toOwnerLabel(owner: OwnerView | null): string {
  if (owner === null) return 'No owner';
  return owner.name ?? `Owner ${owner.id}`;
}

/** Phase, day N of 90, health with each component, risk, escalation, the CSM, next checkpoint and the next action. */
export const OnboardingHeader = ({ header, owner }: { header: OnboardingHeaderView; owner: OwnerView | null }) => (
  <Flex direction="column" gap="sm">
    <Flex direction="row" gap="sm" align="center" wrap>
      <Heading>
        {phaseLabels[header.phase]} · day {header.day} of {header.planDays}
      </Heading>
      <StatusTag testId="risk-level" variant={riskVariants[header.riskLevel]}>
        Risk: {header.riskLevel}
        {header.riskLevel === 'low' ? '' : ` · ${toRiskReasonLabel(header.riskReason)}`}
      </StatusTag>
      {header.escalationLevel > 0 ? (
        <StatusTag testId="escalation-level" variant="danger">
          Escalation {header.escalationLevel}
        </StatusTag>
      ) : null}
    </Flex>
    <DescriptionList direction="row">
      <DescriptionListItem label="Health score">
        <Text testId="health-score" format={{ fontWeight: 'bold' }}>
          {header.healthScore}/100
        </Text>
      </DescriptionListItem>
      {componentOrder.map((key) => {
        const component = header.components[key];
        return (
          <DescriptionListItem key={key} label={`${componentLabels[key]} (${component.weightPercent} %)`}>
            <Text>{component.score === null ? 'no data' : String(component.score)}</Text>
          </DescriptionListItem>
        );
      })}
    </DescriptionList>
    <DescriptionList direction="row">
      <DescriptionListItem label="CSM">
        <Text testId="owner">{toOwnerLabel(owner)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label="Started">
        <Text>{toDateLabel(header.startDate)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label="Next checkpoint">
        <Text>{toDateLabel(header.nextCheckpointDate)}</Text>
      </DescriptionListItem>
      <DescriptionListItem label="Next action">
        <Text testId="next-action">{header.nextAction}</Text>
      </DescriptionListItem>
    </DescriptionList>
  </Flex>
);

/** What sets the risk, in words: the signal's name, or the health score's band. */
function toRiskReasonLabel(reason: OnboardingHeaderView['riskReason']): string {
  return reason === 'score' ? 'health score' : signalLabels[reason];
}
