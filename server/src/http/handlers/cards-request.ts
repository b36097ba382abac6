import type { Response } from 'express';
import type { CardActor } from '../../onboarding/model/card-action.ts';
import type { ActionError } from '../../onboarding/ports/action-deps.ts';
import type { Result } from '../../result.ts';
import { sendError } from '../http-error.ts';
import { readVerifiedHubSpotCaller } from '../middleware/require-hubspot-signature.ts';
import { readServedPortalId } from '../middleware/require-served-portal.ts';

/**
 * The portal and user a card request acts for: only the signed URL's `portalId` / `userId` count (the portal as
 * `requireServedPortal` decided it), never the path or the body, so a caller cannot read or change another portal's data.
 */
export function readCardActor(res: Response): CardActor {
  return { portalId: readServedPortalId(res.locals), userId: readVerifiedHubSpotCaller(res.locals).userId };
}

export function sendCardError(res: Response, error: ActionError): void {
  sendError(res, error.code, error.message, error.issues);
}

/**
 * Maps a person's use case's Result to the wire (docs/ARCHITECTURE.md §4, "the edge maps it"): a refusal through
 * its error code, a success as the view `toBody` makes of it, with `status` (200 unless the action created something).
 */
export function sendActionResult<T, B>(
  res: Response,
  result: Result<T, ActionError>,
  toBody: (value: T) => B,
  status = 200,
): void {
  if (!result.ok) {
    sendCardError(res, result.error);
    return;
  }
  res.status(status).json(toBody(result.value));
}
