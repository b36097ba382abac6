import { ticketPriorities } from '@liftoff/shared/domain/index';
import type { Ticket, TicketPriority } from '@liftoff/shared/domain/index';
import { parseHubSpotInstant, parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';
import type { PipelineStage } from './pipeline-stage-cache.ts';

export const ticketProperties = [
  'createdate',
  'closed_date',
  'hs_lastmodifieddate',
  'hs_pipeline',
  'hs_pipeline_stage',
  'hs_ticket_priority',
  'hs_ticket_category',
];

/** Priorities are configurable per portal: HubSpot's LOW/MEDIUM/HIGH/URGENT map, anything else is unknown. */
function toTicketPriority(raw: string | null | undefined): TicketPriority | null {
  const lowered = (raw ?? '').toLowerCase();
  return ticketPriorities.find((priority) => priority === lowered) ?? null;
}

/**
 * Open or closed comes from the stage's metadata (stage ids differ per portal). A closed ticket's time is its
 * `closed_date`, else its last modification. With a stage the pipelines do not know, `closed_date` decides.
 * Null when the ticket has no creation date.
 */
export function toTicket(record: HubSpotRecord, stages: ReadonlyMap<string, PipelineStage>): Ticket | null {
  const openedAt = parseHubSpotInstant(record.properties['createdate']);
  if (openedAt === null) return null;
  const closedDate = parseHubSpotInstant(record.properties['closed_date']);
  const stage = stages.get(record.properties['hs_pipeline_stage'] ?? '');
  const isClosed = stage === undefined ? closedDate !== null : stage.isClosed;
  const closedAt = isClosed
    ? (closedDate ?? parseHubSpotInstant(record.properties['hs_lastmodifieddate']) ?? openedAt)
    : null;
  return {
    id: record.id,
    openedAt,
    closedAt,
    priority: toTicketPriority(record.properties['hs_ticket_priority']),
    category: parseHubSpotText(record.properties['hs_ticket_category']),
  };
}
