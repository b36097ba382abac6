import type { Handoff, Stakeholder, StakeholderRole } from '@liftoff/shared/domain/index';

/**
 * The onboarding's first stakeholder map: the company's labelled contacts from HubSpot, with the roles sales tagged
 * on the deal added, then the tagged contacts HubSpot does not label yet. The validation owner sales named carries
 * `validation_owner`; a contact sales listed without any role is not a stakeholder.
 */
export function toSeededStakeholders(labelled: readonly Stakeholder[], handoff: Handoff | null): Stakeholder[] {
  if (handoff === null) return [...labelled];
  const tagged = new Map<string, { name: string | null; roles: StakeholderRole[] }>();
  for (const contact of handoff.contacts) {
    const owner = contact.contactId === handoff.validationOwnerContactId;
    const roles: StakeholderRole[] = owner ? [...contact.roles, 'validation_owner'] : contact.roles;
    if (roles.length > 0) tagged.set(contact.contactId, { name: contact.name, roles });
  }
  const merged = labelled.map((stakeholder) => {
    const roles = tagged.get(stakeholder.contactId)?.roles ?? [];
    return { ...stakeholder, roles: [...new Set([...stakeholder.roles, ...roles])] };
  });
  const labelledIds = new Set(labelled.map((stakeholder) => stakeholder.contactId));
  const added = [...tagged]
    .filter(([contactId]) => !labelledIds.has(contactId))
    .map(([contactId, { name, roles }]): Stakeholder => ({
      contactId,
      name,
      roles,
      lastEngagedAt: null,
      taggedAt: null,
      kpi: null,
    }));
  return [...merged, ...added];
}
