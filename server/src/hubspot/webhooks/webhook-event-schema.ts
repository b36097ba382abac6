import { z } from 'zod';

/**
 * One event of a HubSpot webhook delivery (docs/HUBSPOT.md §3.1). HubSpot POSTs a JSON array of these.
 * Only the fields intake relies on are checked; every other field is kept so the worker sees the full event.
 * HubSpot sends `null` for a field it has no value for, so a `null` field is read as absent (and not kept).
 * Subscription types are free text: unknown ones are stored and ignored downstream, never rejected, because
 * a 4xx would make HubSpot drop the whole batch including the events we do understand; an event this schema
 * cannot read is stored parked instead (to-unreadable-inbox-event-input.ts).
 */
export interface HubSpotWebhookEvent {
  eventId: number | string;
  portalId: number | string;
  subscriptionType: string;
  occurredAt: number;
  subscriptionId?: number | string | undefined;
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

/** The event with its `null` fields left out: HubSpot's `null` means "no value", the same as an absent field. */
export function withoutNullFields(event: unknown): unknown {
  if (typeof event !== 'object' || event === null || Array.isArray(event)) return event;
  return Object.fromEntries(Object.entries(event).filter(([, value]) => value !== null));
}

export const hubSpotWebhookIdSchema = idSchema;

export const hubSpotWebhookEventSchema = z.preprocess(
  withoutNullFields,
  z.looseObject({
    eventId: idSchema,
    portalId: idSchema,
    subscriptionType: z.string().min(1),
    occurredAt: z.number().int().nonnegative(),
    subscriptionId: idSchema.optional(),
    objectId: idSchema.optional(),
    objectTypeId: z.string().optional(),
    fromObjectId: idSchema.optional(),
    fromObjectTypeId: z.string().optional(),
    toObjectId: idSchema.optional(),
    toObjectTypeId: z.string().optional(),
    associationType: z.string().optional(),
  }),
) satisfies z.ZodType<HubSpotWebhookEvent>;

/** A delivery is a JSON array; its events are read one by one, so one unreadable event never refuses the rest. */
export const hubSpotWebhookDeliverySchema = z.array(z.unknown());
