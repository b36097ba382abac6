import type { RequestHandler } from 'express';
import { hubSpotWebhookDeliverySchema } from '../../hubspot/webhooks/webhook-event-schema.ts';
import { toInboxEventInput } from '../../hubspot/webhooks/to-inbox-event-input.ts';
import type { Clock, InboxStore } from '../../onboarding/ports/index.ts';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import { sendError } from '../http-error.ts';
import '../middleware/request-locals.ts';

/**
 * POST /webhooks/hubspot (behind the signature check): HubSpot retries slow or failed deliveries, so intake
 * only validates the batch and writes it to the durable inbox in one transaction (duplicates by eventId are
 * skipped), then acknowledges; the worker does the real work later. A batch with one malformed event is
 * rejected whole, so nothing is ever partially stored.
 */
export function createHubSpotWebhookHandler(deps: { inbox: Pick<InboxStore, 'append'>; clock: Clock }): RequestHandler {
  return async (req, res) => {
    const parsed = hubSpotWebhookDeliverySchema.safeParse(req.body);
    if (!parsed.success) {
      sendError(
        res,
        'invalid_request',
        'The body is not an array of HubSpot webhook events.',
        toErrorIssues(parsed.error),
      );
      return;
    }
    const events = parsed.data.map(toInboxEventInput);
    const { accepted, duplicates } = await deps.inbox.append(events, deps.clock.now());
    res.locals.log.info({ received: events.length, accepted, duplicates }, 'stored HubSpot webhook events');
    res.status(200).json({ accepted, duplicates });
  };
}
