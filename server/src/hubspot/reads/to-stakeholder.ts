import type { Stakeholder, StakeholderRole } from '@liftoff/shared/domain/index';
import { parseHubSpotInstant, parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';

/** The USER_DEFINED contact↔company association labels Liftoff's setup creates, by role (docs/PRODUCT.md §3). */
export const stakeholderLabels: Record<StakeholderRole, string> = {
  economic_decision_maker: 'Economic decision maker',
  end_user: 'End user',
  technical_influencer: 'Technical influencer',
  sponsor: 'Sponsor',
  validation_owner: 'Validation owner',
};

/** Label names are compared without case or surrounding spaces: admins retype them in HubSpot's settings. */
export function toStakeholderRole(label: string | null | undefined): StakeholderRole | null {
  const wanted = (label ?? '').trim().toLowerCase();
  const entry = Object.entries(stakeholderLabels).find(([, name]) => name.toLowerCase() === wanted);
  return entry === undefined ? null : (entry[0] as StakeholderRole);
}

/** `kpiProperty` is the contact property holding the person's own KPI or motivation. */
export function listContactProperties(kpiProperty: string): string[] {
  return ['firstname', 'lastname', 'email', 'hs_last_sales_activity_timestamp', kpiProperty];
}

/** First and last name when the contact has either, else its email; null when it has none of them. */
export function toContactName(contact: HubSpotRecord): string | null {
  const fullName = [contact.properties['firstname'], contact.properties['lastname']]
    .map((part) => (part ?? '').trim())
    .filter((part) => part !== '')
    .join(' ');
  return parseHubSpotText(fullName) ?? parseHubSpotText(contact.properties['email']);
}

/**
 * A contact associated with the company, with the roles its association labels give (possibly none).
 * Last engaged = HubSpot's "last engagement date" (the contact opened, clicked, replied or booked).
 */
export function toStakeholder(
  contact: HubSpotRecord,
  roles: readonly StakeholderRole[],
  kpiProperty: string,
): Stakeholder {
  return {
    contactId: contact.id,
    name: toContactName(contact),
    roles: [...new Set(roles)],
    lastEngagedAt: parseHubSpotInstant(contact.properties['hs_last_sales_activity_timestamp']),
    taggedAt: null,
    kpi: parseHubSpotText(contact.properties[kpiProperty]),
  };
}
