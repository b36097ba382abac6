import type { Instant } from '@liftoff/shared/domain/index';
import type { InboxEventInput } from '../ports/index.ts';
import { inboxKind } from '../ports/index.ts';

/**
 * New thresholds change every active onboarding's health and risk, so each is re-assessed in the background: one
 * `sweep.reassess` per company, keyed by the save's instant (`thresholds:<portal>:<company>:<savedAt>`), so a
 * retried save within the same millisecond is a duplicate and a later save queues its own round. The worker's
 * recompute then rewrites the assessment, the portfolio row and HubSpot's copy.
 */
export function toThresholdReassessEvents(
  portalId: string,
  companyIds: readonly string[],
  savedAt: Instant,
): InboxEventInput[] {
  return companyIds.map((companyId) => ({
    portalId,
    source: 'scheduler',
    eventId: `thresholds:${portalId}:${companyId}:${savedAt}`,
    kind: inboxKind.sweepReassess,
    companyId,
    occurredAt: savedAt,
    payload: {},
  }));
}
