import type { HubSpotWebhookEvent } from './webhook-event-schema.ts';
import { objectTypeIds } from './hubspot-object-types.ts';

/**
 * The company an event is about, so the worker can coalesce a company's events: the object itself when it is
 * a company (generic `object.*` with objectTypeId 0-2, or legacy `company.*`), or the company side of an
 * association change (generic from/to type ids, or the legacy `COMPANY_TO_DEAL`-style associationType).
 */
export function toWebhookCompanyId(event: HubSpotWebhookEvent): string | null {
  const isLegacyCompanyEvent = event.subscriptionType.startsWith('company.');
  if (event.objectId !== undefined && (event.objectTypeId === objectTypeIds.company || isLegacyCompanyEvent)) {
    return String(event.objectId);
  }
  const [fromType, toType] = event.associationType?.split('_TO_') ?? [];
  if (
    event.fromObjectId !== undefined &&
    (event.fromObjectTypeId === objectTypeIds.company || fromType === 'COMPANY')
  ) {
    return String(event.fromObjectId);
  }
  if (event.toObjectId !== undefined && (event.toObjectTypeId === objectTypeIds.company || toType === 'COMPANY')) {
    return String(event.toObjectId);
  }
  return null;
}
