import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { sendError } from '../http-error.ts';
import { requireHubSpotSignature } from './require-hubspot-signature.ts';
import type { HubSpotSignatureOptions } from './require-hubspot-signature.ts';
import { readRawBody } from './raw-body.ts';

/**
 * Workflow actions: HubSpot's v4 guide says their requests carry the v2 `X-HubSpot-Signature`, while the 2026.03
 * platform signs with v3 (docs/HUBSPOT.md §1.6: accept either). A v3 header is checked as on every other
 * HubSpot route (5-minute window); otherwise a v2 signature — hex SHA-256 of client secret + method + public URL +
 * raw body, compared in constant time — is accepted. v2 carries no timestamp, so it cannot bound replays: the
 * actions act once per callback id for that reason (workflow-actions.ts). Neither → 401 and the handler never runs.
 */
export function requireWorkflowSignature(options: HubSpotSignatureOptions): RequestHandler {
  const checkV3 = requireHubSpotSignature(options);
  return (req, res, next) => {
    const v2 = req.get('x-hubspot-signature');
    if (
      req.get('x-hubspot-signature-v3') !== undefined ||
      v2 === undefined ||
      req.get('x-hubspot-signature-version') !== 'v2'
    ) {
      checkV3(req, res, next);
      return;
    }
    const url = options.publicBaseUrl + req.originalUrl;
    const expected = createHash('sha256')
      .update(`${options.clientSecret}${req.method}${url}`, 'utf8')
      .update(readRawBody(req))
      .digest('hex');
    const received = Buffer.from(v2.toLowerCase(), 'utf8');
    if (received.length === expected.length && timingSafeEqual(received, Buffer.from(expected, 'utf8'))) {
      res.locals.hubspotCaller = { portalId: null, userId: null };
      next();
      return;
    }
    res.locals.log.warn(
      { reason: 'signature_mismatch', version: 'v2', path: req.path },
      'rejected a workflow action without a valid HubSpot signature',
    );
    sendError(res, 'invalid_signature', 'The request does not carry a valid HubSpot signature.');
  };
}
