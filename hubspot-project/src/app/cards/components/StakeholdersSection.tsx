import { useState } from 'react';
import {
  Alert,
  Button,
  DescriptionList,
  DescriptionListItem,
  Flex,
  Heading,
  MultiSelect,
  Select,
  Text,
  TextArea,
  Tile,
} from '@hubspot/ui-extensions';
import { contractStakeholderRoles } from '../../packages/contract/index.ts';
import type {
  ContractStakeholderRole,
  StakeholderCandidateView,
  StakeholderMapView,
  StakeholderView,
} from '../../packages/contract/index.ts';
import { saveStakeholder } from '../api/onboarding-api.ts';
import { roleLabels, toDateLabel } from './format-values.ts';
import type { OnboardingActionRunner } from './onboarding-action-runner.ts';

const roleOptions = contractStakeholderRoles.map((role) => ({ label: roleLabels[role], value: role }));
const noContact = '';

const isRole = (value: unknown): value is ContractStakeholderRole =>
  contractStakeholderRoles.some((role) => role === value);

const toName = (contact: { contactId: string; name: string | null }): string =>
  contact.name ?? `Contact ${contact.contactId}`;

const toContactLabel = (contact: StakeholderView): string =>
  `${toName(contact)} (last engaged ${toDateLabel(contact.lastEngagedAt)})` +
  (contact.kpi === null ? '' : ` — KPI: ${contact.kpi}`);

/** Every mapped contact once, in the order the map shows them (circles, then the others, then the validation owner). */
function listMapped(map: StakeholderMapView): StakeholderView[] {
  const all = [...map.circles.flatMap((entry) => entry.contacts), ...map.others];
  if (map.validationOwner !== null) all.push(map.validationOwner);
  return all.filter((contact, index) => all.findIndex((other) => other.contactId === contact.contactId) === index);
}

/** One stakeholder's roles and KPI; saving with no role left puts the contact back among the candidates. */
const StakeholderEditor = ({
  stakeholder,
  runner,
}: {
  stakeholder: StakeholderView;
  runner: OnboardingActionRunner;
}) => {
  const [roles, setRoles] = useState<ContractStakeholderRole[]>(stakeholder.roles);
  const [kpi, setKpi] = useState(stakeholder.kpi ?? '');
  const { companyId, pending, run } = runner;
  const { contactId } = stakeholder;
  const name = toName(stakeholder);
  return (
    <Tile compact testId={`stakeholder-${contactId}`}>
      <Flex direction="row" gap="xs" align="end" wrap>
        <MultiSelect
          name={`roles-${contactId}`}
          label={name}
          value={roles}
          options={roleOptions}
          onChange={(values) => setRoles(values.filter(isRole))}
        />
        <TextArea name={`kpi-${contactId}`} label="KPI / motivation" value={kpi} onChange={setKpi} />
        <Button
          testId={`save-stakeholder-${contactId}`}
          size="sm"
          disabled={pending}
          onClick={() =>
            void run(
              () => saveStakeholder(companyId, contactId, { roles, kpi: kpi.trim() === '' ? null : kpi.trim() }),
              roles.length === 0 ? `${name}: untagged.` : `${name}: saved.`,
            )
          }
        >
          Save
        </Button>
      </Flex>
    </Tile>
  );
};

/** Adds one of the company's HubSpot contacts to the map, with at least one role. */
const CandidateAdder = ({
  candidates,
  runner,
}: {
  candidates: StakeholderCandidateView[];
  runner: OnboardingActionRunner;
}) => {
  const [contactId, setContactId] = useState(noContact);
  const [roles, setRoles] = useState<ContractStakeholderRole[]>([]);
  const { companyId, pending, run } = runner;
  const candidate = candidates.find((entry) => entry.contactId === contactId);
  return (
    <Flex direction="row" gap="xs" align="end" wrap>
      <Select
        name="candidate"
        label="Add a company contact"
        value={contactId}
        options={[
          { label: 'Pick a contact', value: noContact },
          ...candidates.map((entry) => ({ label: toName(entry), value: entry.contactId })),
        ]}
        onChange={(value) => setContactId(typeof value === 'string' ? value : noContact)}
      />
      <MultiSelect
        name="candidate-roles"
        label="Roles"
        value={roles}
        options={roleOptions}
        onChange={(values) => setRoles(values.filter(isRole))}
      />
      <Button
        testId="add-stakeholder"
        size="sm"
        variant="primary"
        disabled={pending || candidate === undefined || roles.length === 0}
        onClick={() => {
          if (candidate === undefined) return;
          void run(
            () => saveStakeholder(companyId, candidate.contactId, { roles, kpi: candidate.kpi }),
            `${toName(candidate)}: added.`,
          );
        }}
      >
        Add stakeholder
      </Button>
    </Flex>
  );
};

/**
 * Who is engaged in each circle of power; warns when the relationship hangs on one thread. The CSM maps the circles
 * here: adds a company contact with its roles, retags or untags a stakeholder, edits its KPI.
 */
export const StakeholdersSection = ({ map, runner }: { map: StakeholderMapView; runner: OnboardingActionRunner }) => (
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
    {listMapped(map).map((stakeholder) => (
      <StakeholderEditor key={stakeholder.contactId} stakeholder={stakeholder} runner={runner} />
    ))}
    {map.candidates.length === 0 ? (
      <Text variant="microcopy">Every contact associated with the company in HubSpot is mapped.</Text>
    ) : (
      <CandidateAdder candidates={map.candidates} runner={runner} />
    )}
  </Flex>
);
