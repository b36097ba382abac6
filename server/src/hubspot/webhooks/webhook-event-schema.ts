import { z } from 'zod';

/**
 * One event of a HubSpot webhook delivery (docs/HUBSPOT.md §3.1). HubSpot POSTs a JSON array of these.
 * Only the fields intake relies on are checked; every other field is kept so the worker sees the full event.
 * Subscription types are free text: unknown ones are stored and ignored downstream, never rejected, because
 * a 4xx would make HubSpot drop the whole batch including the events we do understand.
 */
export interface HubSpotWebhookEvent {
  eventId: number | string;
  portalId: number | string;
  subscriptionType: string;
  occurredAt: number;
  objectId?: number | string | undefined;
  objectTypeId?: string | undefined;
  fromObjectId?: number | string | undefined;
  fromObjectTypeId?: string | undefined;
  toObjectId?: number | string | undefined;
  toObjectTypeId?: string | undefined;
  associationType?: string | undefined;
  [field: string]: unknown;
}

const idSchema = z.union([z.number().int().nonnegative(), z.string().regex(/^\d+$/, 'expected a numeric id')]);

export const hubSpotWebhookEventSchema = z.looseObject({
  eventId: idSchema,
  portalId: idSchema,
  subscriptionType: z.string().min(1),
  occurredAt: z.number().int().nonnegative(),
  objectId: idSchema.optional(),
  objectTypeId: z.string().optional(),
  fromObjectId: idSchema.optional(),
  fromObjectTypeId: z.string().optional(),
  toObjectId: idSchema.optional(),
  toObjectTypeId: z.string().optional(),
  associationType: z.string().optional(),
}) satisfies z.ZodType<HubSpotWebhookEvent>;

export const hubSpotWebhookDeliverySchema = z.array(hubSpotWebhookEventSchema);
