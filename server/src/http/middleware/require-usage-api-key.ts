import type { RequestHandler } from 'express';
import type { PortalDeployment } from '../../config.ts';
import { decideRequestPortal } from '../decide-request-portal.ts';
import { toUsageApiKeyHash } from '../../onboarding/usage/create-usage-api-key.ts';
import type { PortalSettingsStore } from '../../onboarding/ports/index.ts';
import { sendError } from '../http-error.ts';
import { sendPortalRefusal } from './require-served-portal.ts';
import './request-locals.ts';

declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by `requireUsageApiKey`: the portal owning the presented usage API key. */
    usagePortalId?: string;
  }
}

/** Keys are ASCII and short; anything longer is refused before hashing. */
const MAX_KEY_LENGTH = 256;

/**
 * Guards the usage API: the customer's product sends its portal's key as `Authorization: Bearer <key>` or
 * `X-API-Key: <key>`. Only the SHA-256 digest of the presented key is looked up, so the database never holds a
 * usable key, and whatever timing the lookup leaks is about a digest, from which the key cannot be recovered.
 * Unknown or missing key → 401 `unauthorized`; the key never reaches the logs. A key of a portal this deployment does
 * not serve (one stored before such portals were refused) → 403, as on every edge (`decideRequestPortal`).
 */
export function requireUsageApiKey(deps: {
  portalSettings: Pick<PortalSettingsStore, 'findPortalIdByUsageKeyHash'>;
  portals: PortalDeployment;
}): RequestHandler {
  return async (req, res, next) => {
    const apiKey = readPresentedKey(req.get('authorization'), req.get('x-api-key'));
    const portalId =
      apiKey === null ? null : await deps.portalSettings.findPortalIdByUsageKeyHash(toUsageApiKeyHash(apiKey));
    if (portalId === null) {
      res.locals.log.warn(
        { path: req.path, presented: apiKey !== null },
        'rejected a usage request without a valid API key',
      );
      sendError(res, 'unauthorized', 'Send a valid usage API key as "Authorization: Bearer <key>".');
      return;
    }
    const served = decideRequestPortal(deps.portals, portalId);
    if (!served.ok) {
      sendPortalRefusal(res, served.error);
      return;
    }
    res.locals.usagePortalId = served.value;
    next();
  };
}

/** The portal a handler behind `requireUsageApiKey` serves. */
export function readUsagePortalId(locals: { usagePortalId?: string }): string {
  if (locals.usagePortalId === undefined) {
    throw new Error('readUsagePortalId used on a route not guarded by requireUsageApiKey');
  }
  return locals.usagePortalId;
}

function readPresentedKey(authorization: string | undefined, apiKeyHeader: string | undefined): string | null {
  const bearer = authorization === undefined ? undefined : /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
  const key = bearer ?? apiKeyHeader?.trim();
  return key === undefined || key === '' || key.length > MAX_KEY_LENGTH ? null : key;
}
