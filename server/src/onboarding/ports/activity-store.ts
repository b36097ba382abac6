import type { ActivitySnapshot, CalendarDate, Instant } from '@liftoff/shared/domain/index';
import type { CrmActivity, UsageEventInput, UsageRollup } from './records/activity-records.ts';

export interface ActivityStore {
  replaceCrmActivity(portalId: string, companyId: string, activity: CrmActivity): Promise<void>;
  /** Idempotent by event id: an event already stored is counted as a duplicate and changes nothing. */
  appendUsage(portalId: string, events: readonly UsageEventInput[]): Promise<{ accepted: number; duplicates: number }>;
  /** Raw usage still retained, plus each first occurrence (first login, first use per feature) even when older. */
  getSnapshot(portalId: string, companyId: string): Promise<ActivitySnapshot>;
  /** Daily usage from `since` (a calendar date) on, with the company's first occurrences. */
  getUsageRollup(portalId: string, companyId: string, since: CalendarDate): Promise<UsageRollup>;
  /** Deletes raw usage events that happened before `before`; returns how many. Rollups are kept. */
  purgeUsage(before: Instant): Promise<number>;
  /** The companies of these (bare, lower-case) domains, as last learned from the CRM; unknown domains are absent. */
  findCompanyIdsByDomain(portalId: string, domains: readonly string[]): Promise<Map<string, string>>;
  /**
   * Remembers which company each domain belongs to, and attaches the usage kept under a domain before its company
   * was known (`domain:<domain>`) to that company. Returns the companies that received such usage.
   */
  attachCompanyDomains(portalId: string, entries: readonly { companyId: string; domain: string }[]): Promise<string[]>;
}
