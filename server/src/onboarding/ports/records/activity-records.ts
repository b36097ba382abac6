import type { CalendarDate, Engagement, Instant, Stakeholder, Ticket } from '@liftoff/shared/domain/index';

/** What HubSpot holds about a company's activity, mirrored whole on each refresh. */
export interface CrmActivity {
  engagements: Engagement[];
  tickets: Ticket[];
  stakeholders: Stakeholder[];
}

/** A usage event reported by the customer's product; `eventId` is unique per portal. */
export type UsageEventInput =
  | { eventId: string; companyId: string; kind: 'login'; at: Instant; userId: string }
  | { eventId: string; companyId: string; kind: 'feature_use'; at: Instant; userId: string; feature: string };

export interface UsageDay {
  day: CalendarDate;
  logins: number;
  featureUses: number;
  activeUsers: number;
}

/** Per-company usage kept beyond raw retention: first occurrences and daily counts. */
export interface UsageRollup {
  firstLoginAt: Instant | null;
  firstFeatureUseAt: Record<string, Instant>;
  days: UsageDay[];
}
