import type { PortalDeployment } from '../config.ts';
import { fail, succeed } from '../result.ts';
import type { Result } from '../result.ts';

/** Why a verified request reaches no portal's data; both answer 403 (http-error.ts). */
export interface PortalRefusal {
  code: 'portal_not_served' | 'portal_required';
  message: string;
}

/**
 * The portal a verified HubSpot request acts for: the one rule of every edge that takes a portal from a request (card
 * API, portfolio, workflow actions, webhook events, usage API keys). `verifiedPortalId` is the portal the verified
 * part of the request names (a card fetch's signed query, a workflow action's signed body, a webhook event, the
 * portal a usage key was minted for), null when it names none.
 *
 * - static: a request naming no portal acts for the deployment's portal, since HubSpot installs a static-auth app in
 *   that one account only, so only it can have caused a request signed with the app's secret; naming another portal
 *   is refused.
 * - multi-portal: there is no default portal, so a request naming none is refused, as is one naming a portal that has
 *   not installed the app.
 */
export function decideRequestPortal(
  deployment: PortalDeployment,
  verifiedPortalId: string | null,
): Result<string, PortalRefusal> {
  if (verifiedPortalId === null) {
    return deployment.mode === 'static'
      ? succeed(deployment.portalId)
      : fail({ code: 'portal_required', message: 'The signed request names no HubSpot portal.' });
  }
  const served =
    deployment.mode === 'static'
      ? verifiedPortalId === deployment.portalId
      : deployment.installedPortalIds.has(verifiedPortalId);
  return served
    ? succeed(verifiedPortalId)
    : fail({
        code: 'portal_not_served',
        message: `This deployment does not serve HubSpot portal ${verifiedPortalId}.`,
      });
}
