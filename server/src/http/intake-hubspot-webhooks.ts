import type { StaticPortalDeployment } from '../config.ts';
import type { Clock, InboxEventInput, InboxStore } from '../onboarding/ports/index.ts';
import { decideRequestPortal } from './decide-request-portal.ts';
import { toInboxEventInput } from '../hubspot/webhooks/to-inbox-event-input.ts';
import { toUnreadableInboxEventInput } from '../hubspot/webhooks/to-unreadable-inbox-event-input.ts';
import { toUnservedInboxEventInput } from '../hubspot/webhooks/to-unserved-inbox-event-input.ts';
import { hubSpotWebhookEventSchema } from '../hubspot/webhooks/webhook-event-schema.ts';

export interface WebhookIntakeDeps {
  inbox: Pick<InboxStore, 'append'>;
  clock: Clock;
  /**
   * The portal this deployment serves (static auth): an unreadable event whose own portal cannot be read is its, and
   * events of other portals are parked under it.
   */
  portals: StaticPortalDeployment;
}

export interface WebhookIntakeReport {
  received: number;
  accepted: number;
  duplicates: number;
  parked: number;
}

/**
 * One delivery of HubSpot webhook events (already known to be an array) into the durable inbox, in one append
 * (duplicates are skipped); the worker does the real work later. An event that cannot be read is stored parked with
 * its reason, and each event's portal is decided by `decideRequestPortal`: an event of a portal this deployment does
 * not serve is parked under the portal it serves, never stored under its own.
 */
export async function intakeHubSpotWebhooks(
  deps: WebhookIntakeDeps,
  delivery: readonly unknown[],
): Promise<WebhookIntakeReport> {
  const receivedAt = deps.clock.now();
  const servedPortalId = deps.portals.portalId;
  const events = delivery
    .map((raw) => {
      const parsed = hubSpotWebhookEventSchema.safeParse(raw);
      return parsed.success
        ? toInboxEventInput(parsed.data)
        : toUnreadableInboxEventInput(raw, parsed.error.issues, { fallbackPortalId: servedPortalId, receivedAt });
    })
    .map((event) => toServedEvent(deps.portals, event));
  const parked = events.filter((event) => event.parkedReason !== undefined).length;
  const { accepted, duplicates } = await deps.inbox.append(events, receivedAt);
  return { received: events.length, accepted, duplicates, parked };
}

/** The event under its own portal when this deployment serves it, else parked under the served one with the refusal. */
function toServedEvent(portals: StaticPortalDeployment, event: InboxEventInput): InboxEventInput {
  const portal = decideRequestPortal(portals, event.portalId);
  if (portal.ok) return event;
  return toUnservedInboxEventInput(event, `${portal.error.code}: ${portal.error.message}`, portals.portalId);
}
