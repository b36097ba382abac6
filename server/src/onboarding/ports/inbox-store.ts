import type { Instant } from '@liftoff/shared/domain/index';
import type { InboxEvent, InboxEventInput, InboxStatus } from './records/inbox-event.ts';

/** The durable inbox: nothing acknowledged to a caller is lost, and duplicates by id are ignored. */
export interface InboxStore {
  /** Stores all events in one transaction; events already present (same portal, source, eventId) are skipped. */
  append(events: readonly InboxEventInput[], receivedAt: Instant): Promise<{ accepted: number; duplicates: number }>;
  /**
   * Leases work to a worker until `now + leaseMs`: pending events due by `now`, plus `processing` events whose lease
   * expired (their worker crashed). Oldest first, and a company's due events are claimed together so one refresh
   * covers them all; a company with events in flight under a live lease is skipped, so two workers never process the
   * same company at once. Returns at most `limit` events, company groups contiguous; each claim counts an attempt.
   */
  claim(limit: number, now: Instant, leaseMs: number): Promise<InboxEvent[]>;
  /** Marks events done; done events are kept (until `purgeDone`) so a redelivered event id is still a duplicate. */
  complete(ids: readonly number[]): Promise<void>;
  /** Records a failure: retried from `retryAt`, or parked when `retryAt` is null (kept with its error for an operator). */
  fail(id: number, error: string, retryAt: Instant | null): Promise<void>;
  /** Returns leased events to the queue untouched (graceful shutdown): the attempt is not counted. */
  release(ids: readonly number[]): Promise<void>;
  /** Parked events of a portal, most recent first. */
  listParked(portalId: string, limit?: number): Promise<InboxEvent[]>;
  counts(portalId: string): Promise<Record<InboxStatus, number>>;
  /** Deletes done events completed before `completedBefore`; returns how many. */
  purgeDone(completedBefore: Instant): Promise<number>;
}
