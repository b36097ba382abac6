import type { InboxEventInput } from '../../onboarding/ports/index.ts';
import { inboxKind } from '../../onboarding/ports/index.ts';
import { toCrmChange } from './to-crm-change.ts';
import { toHubSpotEventKey } from './to-hubspot-event-key.ts';
import { toWebhookCompanyId } from './to-webhook-company-id.ts';
import type { HubSpotWebhookEvent } from './webhook-event-schema.ts';

/**
 * The inbox row written at intake for one webhook event: what it means (a CrmChange) decided now, and the whole
 * event kept as the payload, so every field of its identity (eventId, subscriptionId, object or from/to ids,
 * occurredAt) stays available. Its inbox `eventId` is that identity (toHubSpotEventKey), not HubSpot's bare eventId.
 */
export function toInboxEventInput(event: HubSpotWebhookEvent): InboxEventInput {
  const companyId = toWebhookCompanyId(event);
  return {
    portalId: String(event.portalId),
    source: 'hubspot',
    eventId: toHubSpotEventKey(event),
    kind: inboxKind.crmChange,
    companyId,
    occurredAt: event.occurredAt,
    payload: event,
    change: toCrmChange(event, companyId),
  };
}
