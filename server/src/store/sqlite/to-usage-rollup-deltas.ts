import { toCalendarDate } from '@liftoff/shared/time/calendar';
import type { CalendarDate, Instant } from '@liftoff/shared/domain/index';
import type { UsageEventInput } from '../../onboarding/ports/index.ts';
import type { UsageKind } from './database.ts';

/** A user active on a company's day; each one not yet recorded adds an active user to that day. */
export interface DailyUser {
  companyId: string;
  day: CalendarDate;
  userId: string;
}

/** What a batch adds to one company's day (distinct users are counted by the store, against what it holds). */
export interface DailyCount {
  companyId: string;
  day: CalendarDate;
  logins: number;
  featureUses: number;
}

/** The batch's earliest event of one kind (and feature) for a company: a candidate first occurrence. */
export interface UsageFirstCandidate {
  companyId: string;
  kind: UsageKind;
  /** '' for a login, as stored. */
  feature: string;
  eventId: string;
  at: Instant;
  userId: string;
}

export interface UsageRollupDeltas {
  dailyUsers: DailyUser[];
  dailyCounts: DailyCount[];
  firsts: UsageFirstCandidate[];
}

/**
 * Folds newly stored usage events into set-based rollup changes, so a batch updates each (company, day) row once
 * instead of once per event: the distinct (company, day, user) triples, the login and feature-use counts per
 * (company, day), and the earliest event per (company, kind, feature), the first listed on a tie, as the
 * event-by-event rollup kept the first stored. Rows come out in the order their key was first seen.
 */
export function toUsageRollupDeltas(events: readonly UsageEventInput[]): UsageRollupDeltas {
  const dailyUsers = new Map<string, DailyUser>();
  const dailyCounts = new Map<string, DailyCount>();
  const firsts = new Map<string, UsageFirstCandidate>();
  for (const event of events) {
    const day = toCalendarDate(event.at);
    const feature = event.kind === 'feature_use' ? event.feature : '';
    const dayKey = toTupleKey([String(day), event.companyId]);
    const userKey = toTupleKey([dayKey, event.userId]);
    if (!dailyUsers.has(userKey)) dailyUsers.set(userKey, { companyId: event.companyId, day, userId: event.userId });

    const count = dailyCounts.get(dayKey) ?? { companyId: event.companyId, day, logins: 0, featureUses: 0 };
    if (event.kind === 'login') count.logins += 1;
    else count.featureUses += 1;
    dailyCounts.set(dayKey, count);

    const firstKey = toTupleKey([event.kind, feature, event.companyId]);
    const first = firsts.get(firstKey);
    if (first === undefined || event.at < first.at) {
      firsts.set(firstKey, {
        companyId: event.companyId,
        kind: event.kind,
        feature,
        eventId: event.eventId,
        at: event.at,
        userId: event.userId,
      });
    }
  }
  return { dailyUsers: [...dailyUsers.values()], dailyCounts: [...dailyCounts.values()], firsts: [...firsts.values()] };
}

/** An unambiguous map key for a tuple of strings (each part length-prefixed), cheaper than JSON on the hot path. */
export function toTupleKey(parts: readonly string[]): string {
  return parts.map((part) => `${part.length}:${part}`).join('');
}
