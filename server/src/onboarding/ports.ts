import type { Instant } from '@liftoff/shared/domain/index';

/**
 * The ports the use cases depend on. Adapters (store/, hubspot/, sandbox/) implement them;
 * every port is async so the SQLite store can be swapped for PostgreSQL without touching call sites.
 */

/** The only source of time on the server side; tests and the demo drive it. */
export interface Clock {
  now(): Instant;
}

/** Where an inbox event came from. */
export type InboxSource = 'hubspot' | 'usage' | 'card' | 'workflow' | 'scheduler';

/** An event accepted at an edge, before it is stored. `eventId` is unique per (portal, source). */
export interface InboxEventInput {
  portalId: string;
  source: InboxSource;
  eventId: string;
  /** e.g. the webhook subscriptionType, `usage.login`, `card.criterion.update`, `sweep.reassess`. */
  kind: string;
  /** The company the event is about, when known at intake (used to coalesce work per company). */
  companyId: string | null;
  occurredAt: Instant;
  payload: unknown;
}

export type InboxStatus = 'pending' | 'processing' | 'done' | 'parked';

export interface InboxEvent extends InboxEventInput {
  id: number;
  receivedAt: Instant;
  status: InboxStatus;
  attempts: number;
  nextAttemptAt: Instant;
  lastError: string | null;
}

/** The durable inbox: nothing acknowledged to a caller is lost, and duplicates by id are ignored. */
export interface InboxStore {
  /** Stores all events in one transaction; events already present (same portal, source, eventId) are skipped. */
  append(events: readonly InboxEventInput[], receivedAt: Instant): Promise<{ accepted: number; duplicates: number }>;
}
