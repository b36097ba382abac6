import type { RequestHandler } from 'express';
import { verifyHubSpotSignature } from '../../hubspot/webhooks/verify-hubspot-signature.ts';
import type { Clock } from '../../onboarding/ports/index.ts';
import { sendError } from '../http-error.ts';
import { readRawBody } from './raw-body.ts';
import type { VerifiedHubSpotCaller } from './request-locals.ts';

export interface HubSpotSignatureOptions {
  /** The app's client secret: the HMAC key of v3 signatures. */
  clientSecret: string;
  /** The public origin HubSpot called (PUBLIC_BASE_URL); behind a TLS proxy the local URL would never match. */
  publicBaseUrl: string;
  clock: Clock;
}

/**
 * Guards every HubSpot-originated route (webhooks, card fetches, workflow actions): the v3 signature must match
 * over the raw body and PUBLIC_BASE_URL + the path and query as received, within 5 minutes. On success the
 * signed `portalId` / `userId` query parameters are put on `res.locals.hubspotCaller`; on failure → 401 and the
 * handler never runs. Mount it after `express.json({ verify: captureRawBody })`.
 */
export function requireHubSpotSignature(options: HubSpotSignatureOptions): RequestHandler {
  return (req, res, next) => {
    const verdict = verifyHubSpotSignature({
      method: req.method,
      url: options.publicBaseUrl + req.originalUrl,
      rawBody: readRawBody(req),
      signature: req.get('x-hubspot-signature-v3'),
      timestamp: req.get('x-hubspot-request-timestamp'),
      clientSecret: options.clientSecret,
      now: options.clock.now(),
    });
    if (!verdict.ok) {
      res.locals.log.warn(
        { reason: verdict.reason, path: req.path },
        'rejected a request without a valid HubSpot signature',
      );
      sendError(res, 'invalid_signature', 'The request does not carry a valid HubSpot v3 signature.');
      return;
    }
    res.locals.hubspotCaller = toVerifiedCaller(req.originalUrl);
    next();
  };
}

/** The caller identity of a verified request; handlers behind `requireHubSpotSignature` can rely on it being set. */
export function readVerifiedHubSpotCaller(locals: { hubspotCaller?: VerifiedHubSpotCaller }): VerifiedHubSpotCaller {
  if (locals.hubspotCaller === undefined) {
    throw new Error('readVerifiedHubSpotCaller used on a route not guarded by requireHubSpotSignature');
  }
  return locals.hubspotCaller;
}

function toVerifiedCaller(originalUrl: string): VerifiedHubSpotCaller {
  const query = new URL(originalUrl, 'http://signed.invalid').searchParams;
  return { portalId: query.get('portalId'), userId: query.get('userId') };
}
