import type { RequestHandler } from 'express';
import { hubSpotWebhookDeliverySchema } from '../../hubspot/webhooks/webhook-event-schema.ts';
import { toErrorIssues } from '@liftoff/shared/contract/index';
import { intakeHubSpotWebhooks } from '../intake-hubspot-webhooks.ts';
import type { WebhookIntakeDeps } from '../intake-hubspot-webhooks.ts';
import { sendError } from '../http-error.ts';
import '../middleware/request-locals.ts';

/**
 * POST /webhooks/hubspot (behind the signature check): HubSpot retries slow or failed deliveries, so intake
 * only reads the batch and writes it to the durable inbox in one transaction (duplicates are skipped), then
 * acknowledges; the worker does the real work later. A body that is not an array is a 400. An event that cannot
 * be read is stored parked with its reason and the delivery still answered 200: a 4xx would cost every readable
 * event of the batch HubSpot's retries (docs/HUBSPOT.md §0.1). An event of a portal this deployment does not serve
 * is parked under the portal it serves (a 403 would cost the served portal's events of the same batch their
 * delivery); see intakeHubSpotWebhooks.
 */
export function createHubSpotWebhookHandler(deps: WebhookIntakeDeps): RequestHandler {
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
    const { received, accepted, duplicates, parked } = await intakeHubSpotWebhooks(deps, delivery.data);
    res.locals.log.info({ received, accepted, duplicates, parked }, 'stored HubSpot webhook events');
    res.status(200).json({ accepted, duplicates });
  };
}
