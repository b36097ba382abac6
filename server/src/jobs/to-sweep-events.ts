import type { Instant } from '@liftoff/shared/domain/index';
import type { InboxEventInput } from '../onboarding/ports/index.ts';
import { inboxKind } from '../onboarding/ports/index.ts';

/** The sweep interval a sweep belongs to: every sweep in the same interval yields the same event ids. */
export function toSweepBucket(now: Instant, intervalMs: number): number {
  return Math.floor(now / intervalMs);
}

/**
 * The events one sweep enqueues for a portal: a re-assessment per due company (`sweep:<portal>:<company>:<bucket>`)
 * and one incremental pull (`sweep:<portal>:pull:<bucket>`). Keyed by bucket, so a sweep repeated within the same
 * interval (a restart, two instances) is a duplicate the inbox ignores.
 */
export function toSweepEvents(
  portalId: string,
  dueCompanyIds: readonly string[],
  now: Instant,
  intervalMs: number,
): InboxEventInput[] {
  const bucket = toSweepBucket(now, intervalMs);
  const base = { portalId, source: 'scheduler' as const, occurredAt: now, payload: { bucket } };
  return [
    ...dueCompanyIds.map((companyId) => ({
      ...base,
      eventId: `sweep:${portalId}:${companyId}:${bucket}`,
      kind: inboxKind.sweepReassess,
      companyId,
    })),
    { ...base, eventId: `sweep:${portalId}:pull:${bucket}`, kind: inboxKind.sweepPull, companyId: null },
  ];
}
