import type { Instant } from '@liftoff/shared/domain/index';

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
