import { toInboxEventInput } from '../../server/src/hubspot/webhooks/to-inbox-event-input.ts';
import type { HubSpotWebhookEvent } from '../../server/src/hubspot/webhooks/webhook-event-schema.ts';
import type { InboxEventInput } from '../../server/src/onboarding/ports/index.ts';

/**
 * The inbox row intake writes for one HubSpot webhook event, built by the adapter itself (so its CrmChange is the
 * one production decides): `fields` are the event's own fields beside its subscription type.
 */
export function buildWebhookInboxEvent(
  subscriptionType: string,
  fields: Record<string, unknown> = {},
  identity: { eventId?: string; portalId?: string; occurredAt?: number } = {},
): InboxEventInput {
  const event: HubSpotWebhookEvent = {
    eventId: identity.eventId ?? '1',
    portalId: identity.portalId ?? '1001',
    occurredAt: identity.occurredAt ?? 0,
    subscriptionType,
    ...fields,
  };
  return toInboxEventInput(event);
}

/** The fields of a generic association change between two objects, each given as [id, object type id]. */
export function buildAssociationChangeFields(from: [number, string], to: [number, string]) {
  return {
    subscriptionType: 'object.associationChange',
    objectId: undefined,
    objectTypeId: undefined,
    fromObjectId: from[0],
    fromObjectTypeId: from[1],
    toObjectId: to[0],
    toObjectTypeId: to[1],
  };
}
