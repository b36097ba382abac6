/** HubSpot's company owner: the default owner property naming an onboarding's CSM. */
export const COMPANY_OWNER_PROPERTY = 'hubspot_owner_id';

const ownerIdPattern = /^\d+$/;

/**
 * An owner property's value: HubSpot owner ids are numeric strings. Anything else (empty, or a property that is not
 * owner-typed and holds text) names no owner rather than a person nobody can find.
 */
export function parseOwnerId(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return ownerIdPattern.test(trimmed) ? trimmed : null;
}
