import { Flex, Heading, MultiSelect, Select, Text } from '@hubspot/ui-extensions';
import { contractStakeholderRoles } from '../../packages/contract/index.ts';
import type { ContractStakeholderRole, HandoffContactView } from '../../packages/contract/index.ts';
import { roleLabels } from './format-values.ts';

/** The validation owner is picked separately; the other roles are tagged per contact. */
const taggableRoles = contractStakeholderRoles.filter((role) => role !== 'validation_owner');
const roleOptions = taggableRoles.map((role) => ({ label: roleLabels[role], value: role }));
const noOwner = '';

const isTaggableRole = (value: unknown): value is ContractStakeholderRole =>
  taggableRoles.some((role) => role === value);

/** Tags the deal's contacts with their circle (economic, end user, technical, sponsor) and names the validation owner. */
export const HandoffContactsEditor = ({
  contacts,
  validationOwnerContactId,
  onContactsChange,
  onValidationOwnerChange,
}: {
  contacts: HandoffContactView[];
  validationOwnerContactId: string | null;
  onContactsChange: (contacts: HandoffContactView[]) => void;
  onValidationOwnerChange: (contactId: string | null) => void;
}) => (
  <Flex direction="column" gap="sm">
    <Heading>Stakeholders</Heading>
    {contacts.length === 0 ? <Text>Associate the customer's contacts with the deal to tag them.</Text> : null}
    {contacts.map((contact) => (
      <MultiSelect
        key={contact.contactId}
        name={`roles-${contact.contactId}`}
        label={`${contact.name ?? `Contact ${contact.contactId}`}${contact.email === null ? '' : ` (${contact.email})`}`}
        value={contact.roles.filter(isTaggableRole)}
        options={roleOptions}
        onChange={(values) =>
          onContactsChange(
            contacts.map((other) =>
              other.contactId === contact.contactId ? { ...other, roles: values.filter(isTaggableRole) } : other,
            ),
          )
        }
      />
    ))}
    <Select
      name="validation-owner"
      label="Validation owner"
      value={validationOwnerContactId ?? noOwner}
      options={[
        { label: 'Not named yet', value: noOwner },
        ...contacts.map((contact) => ({
          label: contact.name ?? `Contact ${contact.contactId}`,
          value: contact.contactId,
        })),
      ]}
      onChange={(value) => onValidationOwnerChange(value === noOwner ? null : String(value))}
    />
  </Flex>
);
