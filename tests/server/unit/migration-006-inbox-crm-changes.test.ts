import { describe, expect, it } from 'vitest';
import { decideJob } from '../../../server/src/jobs/decide-job.ts';
import { createDatabaseAtVersion } from '../../support/create-database-at-version.ts';
import { createSqliteStore } from '../../../server/src/store/sqlite/create-sqlite-store.ts';

/** A database as version 005 left it: HubSpot rows kept their subscription type as kind, with no CrmChange. */
async function createVersion005Database(): Promise<string> {
  return createDatabaseAtVersion('005_company_domains', (sqlite) => {
    const insert = sqlite.prepare(
      `insert into inbox_events (portal_id, source, event_id, kind, company_id, occurred_at, payload_json, received_at,
       status, attempts, next_attempt_at)
     values ('1001', ?, ?, ?, ?, 0, ?, 0, ?, ?, 0)`,
    );
    const stageChange = { eventId: 1, portalId: 1001, occurredAt: 0, subscriptionType: 'deal.propertyChange' };
    insert.run(
      'hubspot',
      '1',
      'deal.propertyChange',
      null,
      JSON.stringify({ ...stageChange, objectId: 7, propertyName: 'dealstage', propertyValue: 'closedwon' }),
      'pending',
      0,
    );
    insert.run(
      'hubspot',
      '2',
      'object.deletion',
      '42',
      JSON.stringify({
        ...stageChange,
        eventId: 2,
        subscriptionType: 'object.deletion',
        objectId: 42,
        objectTypeId: '0-2',
      }),
      'parked',
      5,
    );
    insert.run('scheduler', 'sweep:1001:pull:1', 'sweep.pull', null, JSON.stringify({ bucket: 1 }), 'pending', 0);
  });
}

describe('migration 006: inbox rows carry what a CRM event means', () => {
  it('converts HubSpot rows stored by version 005 so the worker decides the same jobs after the upgrade', async () => {
    const path = await createVersion005Database();
    const store = await createSqliteStore({ path });

    const claimed = await store.inbox.claim(10, 0, 60_000);
    expect(claimed.map((event) => [event.eventId, event.kind, event.change])).toEqual([
      ['1:o7:@0', 'crm.change', { kind: 'deal_stage_changed', dealId: '7' }],
      ['sweep:1001:pull:1', 'sweep.pull', undefined],
    ]);
    expect(claimed.map(decideJob)).toEqual([
      { kind: 'start_onboarding', portalId: '1001', dealId: '7' },
      { kind: 'pull_changes', portalId: '1001' },
    ]);

    const [parked] = await store.inbox.listParked('1001');
    expect(parked?.change).toEqual({ kind: 'company_deleted', companyId: '42' });
    expect(parked?.payload).toMatchObject({ eventId: 2, subscriptionType: 'object.deletion', objectId: 42 });
    expect(parked === undefined ? null : decideJob(parked)).toEqual({
      kind: 'remove_company',
      portalId: '1001',
      companyId: '42',
    });
    await store.close();
  });
});
