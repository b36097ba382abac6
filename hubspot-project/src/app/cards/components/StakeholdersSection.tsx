import { Alert, DescriptionList, DescriptionListItem, Flex, Heading, Text } from '@hubspot/ui-extensions';
import type { StakeholderMapView, StakeholderView } from '../../packages/contract/index.ts';
import { roleLabels, toDateLabel } from './format-values.ts';

const toContactLabel = (contact: StakeholderView): string =>
  `${contact.name ?? `Contact ${contact.contactId}`} (last engaged ${toDateLabel(contact.lastEngagedAt)})` +
  (contact.kpi === null ? '' : ` — KPI: ${contact.kpi}`);

/** Who is engaged in each circle of power; warns when the relationship hangs on one thread. */
export const StakeholdersSection = ({ map }: { map: StakeholderMapView }) => (
  <Flex direction="column" gap="sm">
    <Heading>Stakeholders</Heading>
    {map.singleThreaded ? (
      <Alert testId="single-threaded" title="Single-threaded" variant="warning">
        {map.missingCircles.length > 0
          ? `Nobody engaged as ${map.missingCircles.map((circle) => roleLabels[circle].toLowerCase()).join(', ')}: map and meet the missing circles.`
          : 'Only one contact engaged in the last 30 days: widen the relationship.'}
      </Alert>
    ) : null}
    <DescriptionList direction="column">
      {map.circles.map(({ circle, contacts }) => (
        <DescriptionListItem key={circle} label={roleLabels[circle]}>
          <Text>{contacts.length === 0 ? 'nobody yet' : contacts.map(toContactLabel).join('; ')}</Text>
        </DescriptionListItem>
      ))}
      <DescriptionListItem label="Validation owner">
        <Text>{map.validationOwner === null ? 'not named' : toContactLabel(map.validationOwner)}</Text>
      </DescriptionListItem>
      {map.others.length === 0 ? null : (
        <DescriptionListItem label="Also involved">
          <Text>{map.others.map(toContactLabel).join('; ')}</Text>
        </DescriptionListItem>
      )}
    </DescriptionList>
  </Flex>
);
