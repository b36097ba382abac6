import { z } from 'zod';
import type { InboxEventInput } from '../onboarding/ports/index.ts';

/**
 * One event of a HubSpot webhook delivery (HUBSPOT-PLATFORM.md §3.1). HubSpot POSTs a JSON array of these.
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

/** HubSpot's object type id for companies. */
const COMPANY_OBJECT_TYPE_ID = '0-2';

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

/** Maps a webhook event to the inbox row written at intake; `payload` keeps the whole event for the worker. */
export function toInboxEventInput(event: HubSpotWebhookEvent): InboxEventInput {
  return {
    portalId: String(event.portalId),
    source: 'hubspot',
    eventId: String(event.eventId),
    kind: event.subscriptionType,
    companyId: toCompanyId(event),
    occurredAt: event.occurredAt,
    payload: event,
  };
}

/**
 * The company an event is about, so the worker can coalesce a company's events: the object itself when it is
 * a company (generic `object.*` with objectTypeId 0-2, or legacy `company.*`), or the company side of an
 * association change (generic from/to type ids, or the legacy `COMPANY_TO_DEAL`-style associationType).
 */
function toCompanyId(event: HubSpotWebhookEvent): string | null {
  const isLegacyCompanyEvent = event.subscriptionType.startsWith('company.');
  if (event.objectId !== undefined && (event.objectTypeId === COMPANY_OBJECT_TYPE_ID || isLegacyCompanyEvent)) {
    return String(event.objectId);
  }
  const [fromType, toType] = event.associationType?.split('_TO_') ?? [];
  if (
    event.fromObjectId !== undefined &&
    (event.fromObjectTypeId === COMPANY_OBJECT_TYPE_ID || fromType === 'COMPANY')
  ) {
    return String(event.fromObjectId);
  }
  if (event.toObjectId !== undefined && (event.toObjectTypeId === COMPANY_OBJECT_TYPE_ID || toType === 'COMPANY')) {
    return String(event.toObjectId);
  }
  return null;
}
