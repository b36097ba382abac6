import type { HubSpotWebhookEvent } from './webhook-event-schema.ts';

/**
 * A webhook event's identity in the inbox (docs/HUBSPOT.md §0.1): HubSpot's `eventId` "is not guaranteed to be
 * unique", so the key is eventId + subscriptionId + the object id (or the from/to ids of an association change)
 * + occurredAt, e.g. `100:s2345:o123:@1772441940000` or `7:s2345:f55:t7:@1772441940000`. A retry (same fields, a
 * higher attemptNumber) has the same key; a different event under a reused eventId does not. Absent parts are left
 * out; every id is digits only, so the letter before each part keeps the key unambiguous.
 */
export function toHubSpotEventKey(event: HubSpotWebhookEvent): string {
  const parts: [string, number | string | undefined][] = [
    ['s', event.subscriptionId],
    ['o', event.objectId],
    ['f', event.fromObjectId],
    ['t', event.toObjectId],
  ];
  const ids = parts.flatMap(([tag, id]) => (id === undefined ? [] : [`${tag}${String(id)}`]));
  return [String(event.eventId), ...ids, `@${String(event.occurredAt)}`].join(':');
}
