import { toIsoInstant } from '@liftoff/shared/time/iso';
import type { InboxEvent, InboxStatus } from '../onboarding/ports/index.ts';

/**
 * What an operator reads of the inbox: how many events are pending, in progress, done and parked, then each parked
 * event with the error that parked it (an event is never dropped; a parked one waits here for a person).
 */
export function toInboxReport(portalId: string, counts: Record<InboxStatus, number>, parked: readonly InboxEvent[]) {
  const lines = [
    `Inbox of portal ${portalId}: ${counts.pending} pending, ${counts.processing} processing, ${counts.done} done, ${counts.parked} parked.`,
  ];
  if (parked.length > 0) lines.push('', 'Parked events (most recent first):');
  for (const event of parked) {
    const company = event.companyId === null ? '' : ` company ${event.companyId}`;
    const meaning = event.change === undefined ? '' : ` ${event.change.kind}`;
    lines.push(
      `- #${event.id} ${event.source} ${event.kind}${meaning} (${event.eventId})${company}, received ${toIsoInstant(event.receivedAt)}, ${event.attempts} attempt(s)`,
      `  ${event.lastError ?? 'no error recorded'}`,
    );
  }
  return lines.join('\n');
}
