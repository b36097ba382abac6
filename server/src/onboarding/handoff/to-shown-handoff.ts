import type { Handoff, HandoffContact } from '@liftoff/shared/domain/index';
import type { DealContacts } from '../ports/index.ts';

/** A deal's handoff as the card shows it and its readiness is scored: the promises, the tagged contacts, the owner. */
export type ShownHandoff = Pick<Handoff, 'criteria' | 'contacts' | 'validationOwnerContactId'>;

/**
 * What sales saved wins; HubSpot fills in what sales has not said yet (docs/PRODUCT.md §5: tags count whether made in
 * the card or as HubSpot association labels). The promises are the saved ones, else those HubSpot holds for the deal
 * (its sales-promise records). A contact sales listed keeps the roles sales gave it, even none; a deal contact sales
 * has not listed carries the roles of its HubSpot labels. The validation owner is the one sales named, else a contact
 * sales has not listed that HubSpot labels `Validation owner`; it is named apart, never among a contact's roles.
 */
export function toShownHandoff(handoff: Handoff | null, dealContacts: DealContacts | null): ShownHandoff {
  const listed = new Set((handoff?.contacts ?? []).map((contact) => contact.contactId));
  const unlisted = (dealContacts?.contacts ?? []).filter((contact) => !listed.has(contact.contactId));
  const labelledOwner = unlisted.find((contact) => contact.roles.includes('validation_owner'));
  return {
    criteria: handoff?.criteria ?? dealContacts?.promises ?? [],
    contacts: [
      ...(handoff?.contacts ?? []),
      ...unlisted.map((contact): HandoffContact => ({
        contactId: contact.contactId,
        name: contact.name,
        email: contact.email,
        roles: contact.roles.filter((role) => role !== 'validation_owner'),
      })),
    ],
    validationOwnerContactId: handoff?.validationOwnerContactId ?? labelledOwner?.contactId ?? null,
  };
}
