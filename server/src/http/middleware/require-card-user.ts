import type { RequestHandler } from 'express';
import { sendError } from '../http-error.ts';
import { readVerifiedHubSpotCaller } from './require-hubspot-signature.ts';

/** A HubSpot user id, as the signed query carries it. */
const userIdPattern = /^\d{1,20}$/;

/**
 * Placed after `requireHubSpotSignature` on card writes: every action is recorded with who did it (docs/PRODUCT.md
 * §2 step 4), so a write whose signed query names no HubSpot user (`hubspot.fetch` always sends `userId`) is refused
 * with 400 before it changes anything.
 */
export function requireCardUser(): RequestHandler {
  return (_req, res, next) => {
    const { userId } = readVerifiedHubSpotCaller(res.locals);
    if (userId === null || !userIdPattern.test(userId)) {
      sendError(res, 'invalid_request', 'A card write names the HubSpot user acting: userId in the signed query.', [
        { path: 'userId', message: userId === null ? 'required' : 'expected a HubSpot user id' },
      ]);
      return;
    }
    next();
  };
}
