import type { Kysely } from 'kysely';
import type { UsageEventInput } from '../../onboarding/ports/index.ts';
import { addUsageDailyCounts } from './add-usage-daily-counts.ts';
import type { Database } from './database.ts';
import { keepEarliestUsageFirst } from './keep-earliest-usage-first.ts';
import { toInsertChunks } from './to-insert-chunks.ts';
import { toTupleKey, toUsageRollupDeltas } from './to-usage-rollup-deltas.ts';

/**
 * Stores a batch of usage events and rolls them up, inside the caller's transaction, with set-based statements
 * (one per table and 500 rows, never one per event, and no read per event): the events are inserted skipping ids
 * already stored (an event id repeated in the batch keeps its first occurrence), then the rollups receive only
 * what was actually inserted, so a redelivered event changes nothing. Returns the events stored.
 */
export async function appendUsageEvents(
  trx: Kysely<Database>,
  portalId: string,
  events: readonly UsageEventInput[],
): Promise<UsageEventInput[]> {
  const stored = await insertNewUsageEvents(trx, portalId, events);
  if (stored.length === 0) return stored;
  const { dailyUsers, dailyCounts, firsts } = toUsageRollupDeltas(stored);

  const newUsersPerDay = new Map<string, number>();
  for (const chunk of toInsertChunks(dailyUsers)) {
    const inserted = await trx
      .insertInto('usage_daily_users')
      .values(
        chunk.map((user) => ({ portal_id: portalId, company_id: user.companyId, day: user.day, user_id: user.userId })),
      )
      .onConflict((conflict) => conflict.columns(['portal_id', 'company_id', 'day', 'user_id']).doNothing())
      .returning(['company_id', 'day'])
      .execute();
    for (const row of inserted) {
      const key = toTupleKey([String(row.day), row.company_id]);
      newUsersPerDay.set(key, (newUsersPerDay.get(key) ?? 0) + 1);
    }
  }

  for (const chunk of toInsertChunks(dailyCounts)) {
    await trx
      .insertInto('usage_daily')
      .values(
        chunk.map((count) => ({
          portal_id: portalId,
          company_id: count.companyId,
          day: count.day,
          logins: count.logins,
          feature_uses: count.featureUses,
          active_users: newUsersPerDay.get(toTupleKey([String(count.day), count.companyId])) ?? 0,
        })),
      )
      .onConflict(addUsageDailyCounts)
      .execute();
  }

  for (const chunk of toInsertChunks(firsts)) {
    await trx
      .insertInto('usage_firsts')
      .values(
        chunk.map((first) => ({
          portal_id: portalId,
          company_id: first.companyId,
          kind: first.kind,
          feature: first.feature,
          event_id: first.eventId,
          at: first.at,
          user_id: first.userId,
        })),
      )
      .onConflict(keepEarliestUsageFirst)
      .execute();
  }
  return stored;
}

/** Inserts the events whose id is new for the portal and returns them, each id once (its first occurrence). */
async function insertNewUsageEvents(
  trx: Kysely<Database>,
  portalId: string,
  events: readonly UsageEventInput[],
): Promise<UsageEventInput[]> {
  const stored: UsageEventInput[] = [];
  for (const chunk of toInsertChunks(events)) {
    const inserted = await trx
      .insertInto('usage_events')
      .values(
        chunk.map((event) => ({
          portal_id: portalId,
          event_id: event.eventId,
          company_id: event.companyId,
          kind: event.kind,
          at: event.at,
          user_id: event.userId,
          feature: event.kind === 'feature_use' ? event.feature : '',
        })),
      )
      .onConflict((conflict) => conflict.columns(['portal_id', 'event_id']).doNothing())
      .returning('event_id')
      .execute();
    const insertedIds = new Set(inserted.map((row) => row.event_id));
    for (const event of chunk) {
      if (insertedIds.delete(event.eventId)) stored.push(event);
    }
  }
  return stored;
}
