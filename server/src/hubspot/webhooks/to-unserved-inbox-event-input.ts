import type { InboxEventInput } from '../../onboarding/ports/index.ts';

/**
 * The inbox row for a webhook event of a portal this deployment does not serve: stored, so nothing acknowledged is
 * lost, but never under that portal (whose data this deployment must not hold or act on) and never worked on. It is
 * parked at once under `parkingPortalId`, the portal this deployment serves, where `npm run inbox` shows it with
 * `reason`; the event stays whole as the payload. Its inbox id is prefixed with the event's own portal, so it can
 * never be taken for an event of the served portal with the same identity.
 */
export function toUnservedInboxEventInput(
  event: InboxEventInput,
  reason: string,
  parkingPortalId: string,
): InboxEventInput {
  const parkedReason = event.parkedReason === undefined ? reason : `${reason}; ${event.parkedReason}`;
  return {
    ...event,
    portalId: parkingPortalId,
    eventId: `portal:${event.portalId}:${event.eventId}`,
    companyId: null,
    change: { kind: 'ignored', reason: parkedReason },
    parkedReason,
  };
}
