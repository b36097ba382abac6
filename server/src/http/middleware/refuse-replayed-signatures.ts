import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HUBSPOT_SIGNATURE_MAX_AGE_MS } from '../../hubspot/webhooks/verify-hubspot-signature.ts';
import type { Clock } from '../../onboarding/ports/index.ts';
import { sendError } from '../http-error.ts';
import './request-locals.ts';

/**
 * Placed after `requireHubSpotSignature` on the card routes that change something: a v3 signature is accepted
 * once. A replay of the same signed request inside its 5-minute window answers 409 and repeats nothing; the card
 * signs every click anew (a new timestamp), so only a copied request is refused.
 *
 * The accepted signatures live in this process's memory (a SHA-256 of each, never the signature itself), kept
 * until their window closes: the service is one process on one SQLite file, the set holds at most five minutes of
 * card writes, and it needs no migration. The cost: a restart forgets them, so a request captured before a restart
 * could be replayed once within its remaining window. Several processes would need the set in the store.
 */
export function refuseReplayedSignatures(options: { clock: Clock }): RequestHandler {
  const expiresAtByHash = new Map<string, number>();
  return (req, res, next) => {
    const now = options.clock.now();
    for (const [hash, expiresAt] of expiresAtByHash) {
      if (expiresAt >= now) break;
      expiresAtByHash.delete(hash);
    }
    const signature = req.get('x-hubspot-signature-v3') ?? '';
    const hash = createHash('sha256').update(signature, 'utf8').digest('base64');
    if (expiresAtByHash.has(hash)) {
      res.locals.log.warn({ path: req.path }, 'refused a replayed HubSpot signature');
      sendError(res, 'conflict', 'This signed request was already accepted; send the action again to repeat it.');
      return;
    }
    // Verified already, so the timestamp is a number within the window.
    expiresAtByHash.set(hash, Number(req.get('x-hubspot-request-timestamp')) + HUBSPOT_SIGNATURE_MAX_AGE_MS);
    next();
  };
}
