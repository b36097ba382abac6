import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Instant } from '@liftoff/shared/domain/index';
import type {
  Clock,
  CrmChange,
  InboxEvent,
  InboxEventInput,
  InboxStatus,
  InboxStore,
} from '../../onboarding/ports/index.ts';
import type { Database, InboxEventsTable } from './database.ts';
import { toInsertChunks } from './to-insert-chunks.ts';

type InboxRow = Selectable<InboxEventsTable>;

export function createSqliteInboxStore(db: Kysely<Database>, clock: Clock): InboxStore {
  return {
    append: (events, receivedAt) =>
      db.transaction().execute(async (trx) => {
        let accepted = 0;
        for (const chunk of toInsertChunks(events)) {
          const result = await trx
            .insertInto('inbox_events')
            .values(chunk.map((event) => toInboxRow(event, receivedAt)))
            .onConflict((conflict) => conflict.columns(['portal_id', 'source', 'event_id']).doNothing())
            .executeTakeFirst();
          // SQLite's changes(): rows actually inserted, so an event id already stored (or repeated) is not counted.
          accepted += Number(result.numInsertedOrUpdatedRows ?? 0);
        }
        return { accepted, duplicates: events.length - accepted };
      }),

    claim: (limit, now, leaseMs) =>
      db.transaction().execute(async (trx) => {
        const ids = await selectClaimIds(trx, now, limit);
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

interface CompanyRef {
  portalId: string;
  companyId: string;
}

/**
 * Walks the oldest claimable events and takes each one's whole company group (its other claimable events) while
 * the group fits in `limit`; the first group is always taken, cut to `limit`, so a company with a long backlog
 * still progresses (the rest waits behind its lease). Events without a company are taken one by one.
 */
async function selectClaimIds(trx: Kysely<Database>, now: Instant, limit: number): Promise<number[]> {
  const claimed: number[] = [];
  const seen = new Set<string>();
  for (const row of await selectClaimable(trx, now, limit, null)) {
    const room = limit - claimed.length;
    if (room === 0) break;
    if (row.company_id === null) {
      claimed.push(row.id);
      continue;
    }
    const key = JSON.stringify([row.portal_id, row.company_id]);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = await selectClaimable(trx, now, room + 1, { portalId: row.portal_id, companyId: row.company_id });
    if (group.length > room) {
      if (claimed.length === 0) claimed.push(...group.slice(0, room).map((event) => event.id));
      break;
    }
    claimed.push(...group.map((event) => event.id));
  }
  return claimed;
}

/**
 * Claimable now, oldest first: due pending events of companies with nothing in flight under a live lease (a company
 * is worked by one worker at a time), and processing events whose lease expired (their worker died: crash
 * recovery). Two index-driven queries instead of one OR, so done rows kept for deduplication are never scanned.
 */
async function selectClaimable(
  trx: Kysely<Database>,
  now: Instant,
  limit: number,
  company: CompanyRef | null,
): Promise<{ id: number; portal_id: string; company_id: string | null }[]> {
  const select = (status: InboxStatus) => {
    const query = trx
      .selectFrom('inbox_events')
      .select(['id', 'portal_id', 'company_id'])
      .where('status', '=', status)
      .orderBy('id')
      .limit(limit);
    return company === null
      ? query
      : query.where('portal_id', '=', company.portalId).where('company_id', '=', company.companyId);
  };
  const [due, expired] = await Promise.all([
    select('pending')
      .where('next_attempt_at', '<=', now)
      .where((eb) =>
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
      )
      .execute(),
    select('processing').where('lease_until', '<=', now).execute(),
  ]);
  return [...due, ...expired].sort((a, b) => a.id - b.id).slice(0, limit);
}

/**
 * A new event is pending and due at once, or parked at once when the edge could not read it; a payload that JSON
 * cannot encode throws, failing the whole batch.
 */
function toInboxRow(event: InboxEventInput, receivedAt: Instant): Insertable<InboxEventsTable> {
  return {
    portal_id: event.portalId,
    source: event.source,
    event_id: event.eventId,
    kind: event.kind,
    company_id: event.companyId,
    occurred_at: event.occurredAt,
    payload_json: JSON.stringify(event.payload ?? null),
    change_json: event.change === undefined ? null : JSON.stringify(event.change),
    received_at: receivedAt,
    status: event.parkedReason === undefined ? 'pending' : 'parked',
    attempts: 0,
    next_attempt_at: receivedAt,
    last_error: event.parkedReason ?? null,
  };
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
    ...(row.change_json === null ? {} : { change: JSON.parse(row.change_json) as CrmChange }),
    receivedAt: row.received_at,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
  };
}
