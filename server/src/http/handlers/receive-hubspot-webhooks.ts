import type { RequestHandler } from 'express';
import {
  hubSpotWebhookDeliverySchema,
  hubSpotWebhookEventSchema,
} from '../../hubspot/webhooks/webhook-event-schema.ts';
import { toInboxEventInput } from '../../hubspot/webhooks/to-inbox-event-input.ts';
import { toUnreadableInboxEventInput } from '../../hubspot/webhooks/to-unreadable-inbox-event-input.ts';
import { toUnservedInboxEventInput } from '../../hubspot/webhooks/to-unserved-inbox-event-input.ts';
import type { StaticPortalDeployment } from '../../config.ts';
import type { Clock, InboxEventInput, InboxStore } from '../../onboarding/ports/index.ts';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import { decideRequestPortal } from '../decide-request-portal.ts';
import { sendError } from '../http-error.ts';
import '../middleware/request-locals.ts';

/**
 * POST /webhooks/hubspot (behind the signature check): HubSpot retries slow or failed deliveries, so intake
 * only reads the batch and writes it to the durable inbox in one transaction (duplicates are skipped), then
 * acknowledges; the worker does the real work later. A body that is not an array is a 400. An event that cannot
 * be read is stored parked with its reason and the delivery still answered 200: a 4xx would cost every readable
 * event of the batch HubSpot's retries (docs/HUBSPOT.md §0.1). Each event's portal is decided by
 * `decideRequestPortal`: an event of a portal this deployment does not serve is parked under the portal it serves,
 * never stored under its own (a 403 would cost the served portal's events of the same batch their delivery).
 */
export function createHubSpotWebhookHandler(deps: {
  inbox: Pick<InboxStore, 'append'>;
  clock: Clock;
  /**
   * The portal this deployment serves (static auth): an unreadable event whose own portal cannot be read is its, and
   * events of other portals are parked under it.
   */
  portals: StaticPortalDeployment;
}): RequestHandler {
  return async (req, res) => {
    const delivery = hubSpotWebhookDeliverySchema.safeParse(req.body);
    if (!delivery.success) {
      sendError(
        res,
        'invalid_request',
        'The body is not an array of HubSpot webhook events.',
        toErrorIssues(delivery.error),
      );
      return;
    }
    const receivedAt = deps.clock.now();
    const read = delivery.data.map((raw) => {
      const parsed = hubSpotWebhookEventSchema.safeParse(raw);
      return parsed.success ? toInboxEventInput(parsed.data) : { raw, issues: parsed.error.issues };
    });
    const servedPortalId = deps.portals.portalId;
    const events = read
      .map((event) =>
        'portalId' in event
          ? event
          : toUnreadableInboxEventInput(event.raw, event.issues, { fallbackPortalId: servedPortalId, receivedAt }),
      )
      .map((event) => toServedEvent(deps.portals, event));
    const parked = events.filter((event) => event.parkedReason !== undefined).length;
    const { accepted, duplicates } = await deps.inbox.append(events, receivedAt);
    res.locals.log.info({ received: events.length, accepted, duplicates, parked }, 'stored HubSpot webhook events');
    res.status(200).json({ accepted, duplicates });
  };
}

/** The event under its own portal when this deployment serves it, else parked under the served one with the refusal. */
function toServedEvent(portals: StaticPortalDeployment, event: InboxEventInput): InboxEventInput {
  const portal = decideRequestPortal(portals, event.portalId);
  if (portal.ok) return event;
  return toUnservedInboxEventInput(event, `${portal.error.code}: ${portal.error.message}`, portals.portalId);
}
