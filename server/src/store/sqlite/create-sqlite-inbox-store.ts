import type { Kysely, Selectable } from 'kysely';
import type { Instant } from '@liftoff/shared/domain/index';
import type { Clock, InboxEvent, InboxStatus, InboxStore } from '../../onboarding/ports.ts';
import type { Database, InboxEventsTable } from './database.ts';

type InboxRow = Selectable<InboxEventsTable>;

export function createSqliteInboxStore(db: Kysely<Database>, clock: Clock): InboxStore {
  return {
    append: (events, receivedAt) =>
      db.transaction().execute(async (trx) => {
        let accepted = 0;
        for (const event of events) {
          const result = await trx
            .insertInto('inbox_events')
            .values({
              portal_id: event.portalId,
              source: event.source,
              event_id: event.eventId,
              kind: event.kind,
              company_id: event.companyId,
              occurred_at: event.occurredAt,
              payload_json: JSON.stringify(event.payload ?? null),
              received_at: receivedAt,
              status: 'pending',
              attempts: 0,
              next_attempt_at: receivedAt,
            })
            .onConflict((conflict) => conflict.columns(['portal_id', 'source', 'event_id']).doNothing())
            .executeTakeFirst();
          accepted += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return { accepted, duplicates: events.length - accepted };
      }),

    claim: (limit, now, leaseMs) =>
      db.transaction().execute(async (trx) => {
        const oldest = await selectClaimable(trx, now).select(['id', 'portal_id', 'company_id']).limit(limit).execute();
        const companies = new Map<string, { portalId: string; companyId: string }>();
        for (const row of oldest) {
          if (row.company_id !== null)
            companies.set(toCompanyKey(row), { portalId: row.portal_id, companyId: row.company_id });
        }
        const companyRows =
          companies.size === 0
            ? []
            : await selectClaimable(trx, now)
                .select(['id', 'portal_id', 'company_id'])
                .where((eb) =>
                  eb.or(
                    [...companies.values()].map(({ portalId, companyId }) =>
                      eb.and([eb('portal_id', '=', portalId), eb('company_id', '=', companyId)]),
                    ),
                  ),
                )
                .execute();
        const ids = decideClaimedIds(oldest, companyRows, limit);
        if (ids.length === 0) return [];
        await trx
          .updateTable('inbox_events')
          .set((eb) => ({ status: 'processing', attempts: eb('attempts', '+', 1), lease_until: now + leaseMs }))
          .where('id', 'in', ids)
          .execute();
        const rows = await trx.selectFrom('inbox_events').selectAll().where('id', 'in', ids).execute();
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.flatMap((id) => {
          const row = byId.get(id);
          return row === undefined ? [] : [toInboxEvent(row)];
        });
      }),

    complete: async (ids) => {
      if (ids.length === 0) return;
      await db
        .updateTable('inbox_events')
        .set({ status: 'done', lease_until: null, completed_at: clock.now() })
        .where('id', 'in', ids)
        .execute();
    },

    fail: async (id, error, retryAt) => {
      await db
        .updateTable('inbox_events')
        .set((eb) => ({
          status: retryAt === null ? 'parked' : 'pending',
          next_attempt_at: retryAt ?? eb.ref('next_attempt_at'),
          lease_until: null,
          last_error: error,
        }))
        .where('id', '=', id)
        .execute();
    },

    release: async (ids) => {
      if (ids.length === 0) return;
      await db
        .updateTable('inbox_events')
        .set((eb) => ({
          status: 'pending',
          lease_until: null,
          attempts: eb.fn('max', [eb('attempts', '-', 1), eb.lit(0)]),
        }))
        .where('id', 'in', ids)
        .where('status', '=', 'processing')
        .execute();
    },

    listParked: async (portalId, limit = 100) => {
      const rows = await db
        .selectFrom('inbox_events')
        .selectAll()
        .where('portal_id', '=', portalId)
        .where('status', '=', 'parked')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toInboxEvent);
    },

    counts: async (portalId) => {
      const rows = await db
        .selectFrom('inbox_events')
        .select((eb) => ['status', eb.fn.countAll<number>().as('count')])
        .where('portal_id', '=', portalId)
        .groupBy('status')
        .execute();
      const counts: Record<InboxStatus, number> = { pending: 0, processing: 0, done: 0, parked: 0 };
      for (const row of rows) counts[row.status] = Number(row.count);
      return counts;
    },

    purgeDone: async (completedBefore) => {
      const result = await db
        .deleteFrom('inbox_events')
        .where('status', '=', 'done')
        .where('completed_at', '<', completedBefore)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

/**
 * Claimable now: due pending events of companies with nothing in flight under a live lease (a company is worked
 * by one worker at a time), and processing events whose lease expired (their worker died: crash recovery).
 */
function selectClaimable(db: Kysely<Database>, now: Instant) {
  return db
    .selectFrom('inbox_events')
    .where((eb) =>
      eb.or([
        eb.and([
          eb('status', '=', 'pending'),
          eb('next_attempt_at', '<=', now),
          eb.not(
            eb.exists(
              eb
                .selectFrom('inbox_events as busy')
                .select('busy.id')
                .whereRef('busy.portal_id', '=', 'inbox_events.portal_id')
                .whereRef('busy.company_id', '=', 'inbox_events.company_id')
                .where('busy.status', '=', 'processing')
                .where('busy.lease_until', '>', now),
            ),
          ),
        ]),
        eb.and([eb('status', '=', 'processing'), eb('lease_until', '<=', now)]),
      ]),
    )
    .orderBy('id');
}

interface ClaimCandidate {
  id: number;
  portal_id: string;
  company_id: string | null;
}

/**
 * Groups candidates per company in order of each group's oldest event, then takes whole groups while they fit in
 * `limit`; the first group is always taken (cut to `limit`) so a company with a long backlog still progresses.
 */
function decideClaimedIds(
  oldest: readonly ClaimCandidate[],
  companyRows: readonly ClaimCandidate[],
  limit: number,
): number[] {
  const companyIds = new Map<string, number[]>();
  for (const row of companyRows) {
    const key = toCompanyKey(row);
    companyIds.set(key, [...(companyIds.get(key) ?? []), row.id]);
  }
  const groups: number[][] = [];
  const seen = new Set<string>();
  for (const row of oldest) {
    if (row.company_id === null) {
      groups.push([row.id]);
      continue;
    }
    const key = toCompanyKey(row);
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(companyIds.get(key) ?? [row.id]);
  }
  const claimed: number[] = [];
  for (const group of groups) {
    if (claimed.length === 0) {
      claimed.push(...group.slice(0, limit));
      continue;
    }
    if (claimed.length + group.length > limit) break;
    claimed.push(...group);
  }
  return claimed;
}

function toCompanyKey(row: { portal_id: string; company_id: string | null }): string {
  return JSON.stringify([row.portal_id, row.company_id]);
}

function toInboxEvent(row: InboxRow): InboxEvent {
  return {
    id: row.id,
    portalId: row.portal_id,
    source: row.source,
    eventId: row.event_id,
    kind: row.kind,
    companyId: row.company_id,
    occurredAt: row.occurred_at,
    payload: JSON.parse(row.payload_json) as unknown,
    receivedAt: row.received_at,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
  };
}
