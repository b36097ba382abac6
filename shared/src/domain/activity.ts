import type { Instant } from './time-values.ts';

export interface Login {
  at: Instant;
  userId: string;
}

export interface FeatureUse {
  at: Instant;
  userId: string;
  feature: string;
}

export const engagementTypes = ['email', 'call', 'meeting'] as const;
export type EngagementType = (typeof engagementTypes)[number];
export const engagementDirections = ['inbound', 'outbound'] as const;
export type EngagementDirection = (typeof engagementDirections)[number];

/** A reply is an inbound email, a connected call or a meeting. */
export interface Engagement {
  at: Instant;
  type: EngagementType;
  direction: EngagementDirection;
  connected: boolean;
  /** The customer contact it was with, when known: who is silent, and whom else to go through. */
  contactId: string | null;
}

export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export type TicketPriority = (typeof ticketPriorities)[number];

export interface Ticket {
  id: string;
  openedAt: Instant;
  /** null = open. */
  closedAt: Instant | null;
  priority: TicketPriority | null;
  category: string | null;
}

/** Everything that happened on the customer's side, as the engine needs it. Lists are in any order. */
export interface ActivitySnapshot {
  logins: Login[];
  featureUses: FeatureUse[];
  engagements: Engagement[];
  tickets: Ticket[];
}
