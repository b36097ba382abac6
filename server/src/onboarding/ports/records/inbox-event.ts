import type { Instant } from '@liftoff/shared/domain/index';
import type { CrmChange } from './crm-change.ts';
import type { InboxKind } from './inbox-kind.ts';

/** Where an inbox event came from. */
export type InboxSource = 'hubspot' | 'usage' | 'card' | 'workflow' | 'scheduler';

/** An event accepted at an edge, before it is stored. `eventId` is unique per (portal, source). */
export interface InboxEventInput {
  portalId: string;
  source: InboxSource;
  eventId: string;
  kind: InboxKind;
  /** The company the event is about, when known at intake (used to coalesce work per company). */
  companyId: string | null;
  occurredAt: Instant;
  /**
   * What the edge received, kept whole: a CRM event's own payload (every field of its identity included), or the
   * request a person or the scheduler made.
   */
  payload: unknown;
  /** What a CRM event means, decided by the CRM adapter at intake; absent for every other source. */
  change?: CrmChange;
  /**
   * Set by an edge that stores an event it cannot read rather than refuse its whole batch: the event is stored
   * parked at once, with this (what could not be read, by field path) as its error.
   */
  parkedReason?: string;
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
