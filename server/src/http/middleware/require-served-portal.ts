import type { RequestHandler, Response } from 'express';
import type { PortalDeployment } from '../../config.ts';
import { decideRequestPortal } from '../decide-request-portal.ts';
import type { PortalRefusal } from '../decide-request-portal.ts';
import { sendError } from '../http-error.ts';
import { readVerifiedHubSpotCaller } from './require-hubspot-signature.ts';

/**
 * Placed right after `requireHubSpotSignature` on the card API and the portfolio: the portal the signed query names
 * is decided by `decideRequestPortal` (static auth: none named = the deployment's portal). A portal this deployment
 * does not serve → 403 and the handler never runs, so a signed request never reaches another portal's data.
 */
export function requireServedPortal(deployment: PortalDeployment): RequestHandler {
  return (_req, res, next) => {
    const portal = decideRequestPortal(deployment, readVerifiedHubSpotCaller(res.locals).portalId);
    if (!portal.ok) {
      sendPortalRefusal(res, portal.error);
      return;
    }
    res.locals.servedPortalId = portal.value;
    next();
  };
}

/** The portal a handler behind `requireServedPortal` acts for. */
export function readServedPortalId(locals: { servedPortalId?: string }): string {
  if (locals.servedPortalId === undefined) {
    throw new Error('readServedPortalId used on a route not guarded by requireServedPortal');
  }
  return locals.servedPortalId;
}

/** Answers a refused portal with 403 and logs it: a refused portal is a misconfigured install or a probe. */
export function sendPortalRefusal(res: Response, refusal: PortalRefusal): void {
  res.locals.log.warn({ code: refusal.code, reason: refusal.message }, 'refused a request for a portal not served');
  sendError(res, refusal.code, refusal.message);
}
