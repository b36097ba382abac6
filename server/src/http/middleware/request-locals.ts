import type { Logger } from '../../logger.ts';

/** The caller HubSpot vouches for: query parameters of a signed URL (card fetches), trusted only once verified. */
export interface VerifiedHubSpotCaller {
  portalId: string | null;
  userId: string | null;
}

/** What the middlewares put on `res.locals` for the handlers after them. */
declare module 'express-serve-static-core' {
  interface Locals {
    /** Set by the request-context middleware on every request; echoed in the `x-request-id` response header. */
    requestId: string;
    /** A child logger that stamps every line with the request id. */
    log: Logger;
    /** Set by `requireHubSpotSignature` only after the v3 signature matched. */
    hubspotCaller?: VerifiedHubSpotCaller;
    /** Set by `requireServedPortal`: the portal the request acts for, as `decideRequestPortal` decided it. */
    servedPortalId?: string;
    /** Set when the JSON body could not be parsed; reported by `requireJsonBody` after authentication. */
    malformedBody?: true;
  }
}
