import type { Kysely, Migration } from 'kysely';
import { toHubSpotEventKey } from '../../../hubspot/webhooks/to-hubspot-event-key.ts';
import { hubSpotWebhookEventSchema } from '../../../hubspot/webhooks/webhook-event-schema.ts';
import { updateHubSpotInboxRows } from './update-hubspot-inbox-rows.ts';

/**
 * 007: a HubSpot webhook row is identified by eventId + subscriptionId + object or from/to ids + occurredAt
 * (toHubSpotEventKey), no longer by HubSpot's eventId alone, which is not unique. Rows stored before this version
 * have the bare eventId as `event_id`; it is recomputed here from the stored payload (the whole event), so a retry
 * of an event stored before the upgrade is still a duplicate, whatever its status (done rows are kept for exactly
 * this). A row whose payload does not read as an event keeps its id. Old ids are plain numbers and new keys always
 * hold a `:`, so no recomputed key can collide with a row not yet recomputed.
 */
export const migration007HubSpotEventKeys: Migration = {
  async up(db: Kysely<unknown>) {
    await updateHubSpotInboxRows(db, (row) => {
      const event = hubSpotWebhookEventSchema.safeParse(JSON.parse(row.payload_json) as unknown);
      if (!event.success) return null;
      const key = toHubSpotEventKey(event.data);
      return key === row.event_id ? null : { event_id: key };
    });
  },
};
