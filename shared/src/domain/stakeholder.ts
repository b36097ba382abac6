import type { CalendarDate, Instant } from './time-values.ts';

export const stakeholderRoles = [
  'economic_decision_maker',
  'end_user',
  'technical_influencer',
  'sponsor',
  'validation_owner',
] as const;
export type StakeholderRole = (typeof stakeholderRoles)[number];

/** The three circles of power the method asks to cover (economic, end users, technical). */
export const stakeholderCircles = ['economic_decision_maker', 'end_user', 'technical_influencer'] as const;
export type StakeholderCircle = (typeof stakeholderCircles)[number];

/** A HubSpot contact associated with the company through Liftoff's association labels. */
export interface Stakeholder {
  contactId: string;
  name: string | null;
  roles: StakeholderRole[];
  lastEngagedAt: Instant | null;
  /** The day its roles were set, when known (the replay uses it to tell what was known when). */
  taggedAt: CalendarDate | null;
  /** The person's own KPI or motivation, captured in the first 72 hours. */
  kpi: string | null;
}
