import { buildAssociationChangeFields } from '../../support/build-webhook-inbox-event.ts';
import { describe, expect, it } from 'vitest';
import { toInboxEventInput } from '../../../server/src/hubspot/webhooks/to-inbox-event-input.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { createSqliteStore } from '../../../server/src/store/sqlite/create-sqlite-store.ts';

const OCCURRED_AT = Date.parse('2026-03-02T08:59:00.000Z');

/** A company property change as HubSpot delivers it; `eventId` 100 is reused below by other events. */
function buildEvent(overrides: Record<string, unknown> = {}) {
  return {
    eventId: 100,
    subscriptionId: 2345,
    portalId: 1001,
    occurredAt: OCCURRED_AT,
    subscriptionType: 'object.propertyChange',
    attemptNumber: 0,
    objectId: 123,
    objectTypeId: '0-2',
    propertyName: 'liftoff_last_login',
    ...overrides,
  };
}

const association = { eventId: 200, ...buildAssociationChangeFields([55, '0-2'], [7, '0-3']) };

/** A database as version 006 left it: HubSpot rows identified by HubSpot's bare eventId, one done, one pending. */
async function createVersion006Database(): Promise<string> {
  return createDatabaseAtVersion('006_inbox_crm_changes', (sqlite) => {
    const insert = sqlite.prepare(
      `insert into inbox_events (portal_id, source, event_id, kind, company_id, occurred_at, payload_json, change_json,
       received_at, status, attempts, next_attempt_at, completed_at)
     values ('1001', ?, ?, 'crm.change', ?, ?, ?, ?, 0, ?, 1, 0, ?)`,
    );
    const change = JSON.stringify({ kind: 'company_changed', companyId: '123' });
    insert.run('hubspot', '100', '123', OCCURRED_AT, JSON.stringify(buildEvent()), change, 'done', 1);
    insert.run('hubspot', '200', '55', OCCURRED_AT, JSON.stringify(buildEvent(association)), change, 'pending', null);
    insert.run('hubspot', '300', null, 0, JSON.stringify({ note: 'not an event' }), null, 'parked', null);
    insert.run('scheduler', 'sweep:1001:pull:1', null, 0, JSON.stringify({ bucket: 1 }), null, 'pending', null);
  });
}

describe('migration 007: HubSpot inbox rows identified by eventId + subscription + object ids + occurredAt', () => {
  it('keeps a retry of an event stored before the upgrade a duplicate, and stores other events under its eventId', async () => {
    const path = await createVersion006Database();
    const store = await createSqliteStore({ path });

    const retries = [buildEvent({ attemptNumber: 1 }), buildEvent({ ...association, attemptNumber: 3 })];
    expect(await store.inbox.append(retries.map(toInboxEventInput), 1)).toEqual({ accepted: 0, duplicates: 2 });

    const reused = [buildEvent({ objectId: 124 }), buildEvent({ ...association, fromObjectId: 7, toObjectId: 55 })];
    expect(await store.inbox.append(reused.map(toInboxEventInput), 1)).toEqual({ accepted: 2, duplicates: 0 });

    const pending = await store.inbox.claim(10, 1, 60_000);
    expect(pending.map((event) => event.eventId)).toEqual([
      '200:s2345:f55:t7:@1772441940000',
      'sweep:1001:pull:1',
      '100:s2345:o124:@1772441940000',
      '200:s2345:f7:t55:@1772441940000',
    ]);
    const [parked] = await store.inbox.listParked('1001');
    expect(parked?.eventId).toBe('300');
    expect(await store.inbox.counts('1001')).toMatchObject({ done: 1, parked: 1 });
    await store.close();
  });
});
