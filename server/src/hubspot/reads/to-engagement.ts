import type { Engagement, EngagementType } from '@liftoff/shared/domain/index';
import { parseHubSpotInstant } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';

/** The properties each engagement object must be read with. */
export const engagementProperties: Record<EngagementType, string[]> = {
  email: ['hs_timestamp', 'hs_email_direction'],
  call: ['hs_timestamp', 'hs_call_direction', 'hs_call_status', 'hs_call_disposition'],
  meeting: ['hs_timestamp', 'hs_meeting_start_time', 'hs_meeting_outcome'],
};

/** HubSpot's default "Connected" call outcome; portals may add outcomes, which then do not count as connected. */
const connectedCallDisposition = 'f240bbac-87c9-4f6e-bf70-924b57d47db7';

/** Meetings that did not take place are no reply from the customer. */
const missedMeetingOutcomes = new Set(['CANCELED', 'NO_SHOW', 'RESCHEDULED']);

/**
 * Email direction: `EMAIL` is sent from the CRM (outbound); `INCOMING_EMAIL` is the customer's reply and
 * `FORWARDED_EMAIL` a customer email forwarded into the CRM (both inbound).
 */
function toEmail(record: HubSpotRecord, at: number, contactId: string | null): Engagement {
  const direction = record.properties['hs_email_direction'] === 'EMAIL' ? 'outbound' : 'inbound';
  return { at, type: 'email', direction, connected: direction === 'inbound', contactId };
}

/** A call is connected when it completed with the "Connected" outcome (or with no outcome logged). */
function toCall(record: HubSpotRecord, at: number, contactId: string | null): Engagement {
  const direction = record.properties['hs_call_direction'] === 'INBOUND' ? 'inbound' : 'outbound';
  const disposition = record.properties['hs_call_disposition'];
  const completed = record.properties['hs_call_status'] === 'COMPLETED';
  const connected = completed && (!disposition || disposition === connectedCallDisposition);
  return { at, type: 'call', direction, connected, contactId };
}

/** A meeting is held by us with the customer: it counts as connected unless it was cancelled or missed. */
function toMeeting(record: HubSpotRecord, at: number, contactId: string | null): Engagement {
  const outcome = record.properties['hs_meeting_outcome'] ?? '';
  return {
    at,
    type: 'meeting',
    direction: 'outbound',
    connected: !missedMeetingOutcomes.has(outcome),
    contactId,
  };
}

/**
 * Null when the engagement has no timestamp: it cannot be placed in time, so the engine cannot use it. `contactId`
 * is the customer contact it was with, when HubSpot associates one.
 */
export function toEngagement(
  type: EngagementType,
  record: HubSpotRecord,
  contactId: string | null = null,
): Engagement | null {
  const at =
    parseHubSpotInstant(record.properties['hs_timestamp']) ??
    (type === 'meeting' ? parseHubSpotInstant(record.properties['hs_meeting_start_time']) : null);
  if (at === null) return null;
  if (type === 'email') return toEmail(record, at, contactId);
  if (type === 'call') return toCall(record, at, contactId);
  return toMeeting(record, at, contactId);
}
