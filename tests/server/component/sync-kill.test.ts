import { buildWebhookInboxEvent } from '../../support/build-webhook-inbox-event.ts';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createSqliteStore } from '../../../server/src/store/sqlite/create-sqlite-store.ts';

const TOKEN = 'pat-kill-test';
const CHILD = join(import.meta.dirname, 'sync-kill-child.ts');

function runChild(dbPath: string, baseUrl: string) {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', CHILD, dbPath, baseUrl, TOKEN], {
    stdio: 'pipe',
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

/**
 * Acceptance: no event accepted with 200 is lost. A worker process is SIGKILLed while it is applying a closed-won
 * event (its first HubSpot call is in flight); a new process takes the event over once the lease expires, and the
 * effect (one onboarding, one company write) happens once.
 */
describe('a worker killed mid-processing', () => {
  let hubspot: SimulatedHubSpot;
  let dir: string;

  beforeEach(async () => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    dir = await mkdtemp(join(tmpdir(), 'liftoff-kill-'));
  });

  afterEach(async () => {
    await hubspot.close();
    await rm(dir, { recursive: true, force: true });
    nock.enableNetConnect();
  });

  it('applies the event exactly once after a restart', async () => {
    let onFirstCall: () => void = () => undefined;
    const firstCall = new Promise<void>((resolve) => (onFirstCall = resolve));
    hubspot = await createSimulatedHubSpot({ accessToken: TOKEN, latencyMs: 150, onExchange: () => onFirstCall() });
    hubspot.seed({
      objects: {
        companies: [{ id: '42', properties: { name: 'Acme' } }],
        deals: [
          {
            id: '7',
            properties: { dealstage: 'closedwon', pipeline: 'default', closedate: '2026-03-02T08:00:00.000Z' },
          },
        ],
      },
      associations: [
        {
          from: { type: 'deals', id: '7' },
          to: { type: 'companies', id: '42' },
          types: [{ category: 'HUBSPOT_DEFINED', typeId: 5 }],
        },
      ],
    });
    const dbPath = join(dir, 'liftoff.db');
    const store = await createSqliteStore({ path: dbPath });
    await store.inbox.append(
      [
        buildWebhookInboxEvent(
          'deal.propertyChange',
          { objectId: 7, propertyName: 'dealstage', propertyValue: 'closedwon' },
          { eventId: '100', portalId: '4242', occurredAt: Date.now() },
        ),
      ],
      Date.now(),
    );
    await store.close();

    const first = runChild(dbPath, hubspot.baseUrl);
    await firstCall;
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();

    const second = runChild(dbPath, hubspot.baseUrl);
    expect(await second.exited).toBe(0);

    const reopened = await createSqliteStore({ path: dbPath });
    expect(await reopened.inbox.counts('4242')).toMatchObject({ done: 1, pending: 0, processing: 0, parked: 0 });
    expect(await reopened.onboardings.listActiveCompanyIds('4242')).toEqual(['42']);
    await reopened.close();
    expect(hubspot.stats().byRoute['POST /crm/v3/objects/{type}/batch/update']).toBe(1);
    expect(hubspot.records('companies')[0]?.properties['liftoff_status']).toBe('in_progress');
  }, 20_000);
});
