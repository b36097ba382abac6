import type { Response } from 'express';
import type { CardActor } from '../../onboarding/model/card-action.ts';
import type { ActionError } from '../../onboarding/ports/action-deps.ts';
import type { Result } from '../../result.ts';
import { HttpError, sendError } from '../http-error.ts';
import { readVerifiedHubSpotCaller } from '../middleware/require-hubspot-signature.ts';

/**
 * The portal and user a card request acts for: only the signed URL's `portalId` / `userId` count, never the path
 * or the body, so a caller cannot read or change another portal's data.
 */
export function readCardActor(res: Response): CardActor {
  const caller = readVerifiedHubSpotCaller(res.locals);
  if (caller.portalId === null) throw new HttpError('invalid_request', 'The signed URL carries no portalId.');
  return { portalId: caller.portalId, userId: caller.userId };
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
