import type { DealContact, StakeholderRole } from '@liftoff/shared/domain/index';
import { parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';
import { toContactName } from './to-stakeholder.ts';

/** What the Handoff card shows of a deal's contact: who it is and how to reach it. */
export const dealContactProperties = ['firstname', 'lastname', 'email'] as const;

/** A deal's contact with the roles it carries on the deal's company (each label once). */
export function toDealContact(contact: HubSpotRecord, roles: readonly StakeholderRole[]): DealContact {
  return {
    contactId: contact.id,
    name: toContactName(contact),
    email: parseHubSpotText(contact.properties['email']),
    roles: [...new Set(roles)],
  };
}
