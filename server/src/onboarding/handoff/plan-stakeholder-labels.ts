import type { Handoff, StakeholderRole } from '@liftoff/shared/domain/index';
import type { StakeholderLabels } from '../ports/crm-gateway.ts';
import type { DealContacts } from '../ports/index.ts';

/**
 * The labels to add in HubSpot for the roles sales set on the card (docs/PRODUCT.md §3: stakeholders' roles are
 * association labels, written to HubSpot), on each contact's association with the deal's company: every listed
 * contact's roles, and `validation_owner` for the owner sales named, less the labels the worker last read the deal's
 * contacts carrying there (a contact that is not the deal's, e.g. a company stakeholder, is sent its roles again:
 * adding a label a contact carries changes nothing). Labels are only ever added: untagging a contact on the deal card
 * never strips a label from the company, whose stakeholder map the CSM works from; the card shows what sales saved
 * anyway. A deal whose company is not known yet gets none.
 */
export function planStakeholderLabels(handoff: Handoff, dealContacts: DealContacts | null): StakeholderLabels[] {
  const companyId = handoff.companyId ?? dealContacts?.companyId ?? null;
  if (companyId === null) return [];
  const held = new Map<string, readonly StakeholderRole[]>(
    dealContacts?.companyId === companyId
      ? dealContacts.contacts.map((contact) => [contact.contactId, contact.roles])
      : [],
  );
  const desired = new Map(
    handoff.contacts.map((contact): [string, StakeholderRole[]] => [contact.contactId, contact.roles]),
  );
  const owner = handoff.validationOwnerContactId;
  if (owner !== null) desired.set(owner, [...(desired.get(owner) ?? []), 'validation_owner']);
  return [...desired].flatMap(([contactId, roles]) => {
    const known = held.get(contactId) ?? [];
    const missing = [...new Set(roles)].filter((role) => !known.includes(role));
    return missing.length === 0 ? [] : [{ companyId, contactId, roles: missing }];
  });
}
