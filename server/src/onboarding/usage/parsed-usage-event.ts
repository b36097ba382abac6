import type { Instant } from '@liftoff/shared/domain/index';

/** The company an event is about: its HubSpot id, or its domain when the product does not know the id. */
export type UsageCompanyRef = { by: 'id'; companyId: string } | { by: 'domain'; domain: string };

/** One valid usage event (parsed at the edge, http/schemas/parse-usage-batch.ts), with its position in the request. */
export interface ParsedUsageEvent {
  index: number;
  eventId: string;
  kind: 'login' | 'feature_use';
  at: Instant;
  userId: string;
  /** The key feature's key for `feature_use`, null for a login. */
  feature: string | null;
  company: UsageCompanyRef;
}
