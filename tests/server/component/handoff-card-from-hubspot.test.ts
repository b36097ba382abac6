import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffView, SaveHandoffBody } from '@liftoff/shared/contract/index';
import type { SimulatedDataset } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  startSyncTestService,
  SYNC_CLIENT_SECRET as CLIENT_SECRET,
  SYNC_PORTAL as PORTAL,
  SYNC_PUBLIC_BASE_URL as PUBLIC_BASE_URL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const DEAL = '7';
const COMPANY = '42';
const USER = '77';
/** Liftoff's success-criterion custom object on this portal. */
const CRITERION_TYPE = '2-101';
const liftoffObjectTypes = { criterion: CRITERION_TYPE, milestone: null, signal: null };

const defined = (typeId: number) => ({ category: 'HUBSPOT_DEFINED' as const, typeId });
const labelled = (typeId: number, label: string) => ({ category: 'USER_DEFINED' as const, typeId, label });

/**
 * What a new user's portal holds before Liftoff sees the deal: a named deal on Acme with two contacts, labelled on
 * the company End user and Technical influencer, and one sales-promise criterion record associated with the deal
 * (created in HubSpot, where the portal has Liftoff's custom objects).
 */
const dataset: SimulatedDataset = {
  aliases: { [CRITERION_TYPE]: `p${PORTAL}_liftoff_success_criterion` },
  objects: {
    companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }],
    deals: [
      {
        id: DEAL,
        properties: { dealname: 'Acme — analytics platform', dealstage: 'appointmentscheduled', pipeline: 'default' },
      },
    ],
    contacts: [
      { id: '501', properties: { firstname: 'Ana', lastname: 'Ruiz', email: 'ana@acme.test' } },
      { id: '502', properties: { firstname: 'Ben', lastname: 'Okafor', email: 'ben@acme.test' } },
    ],
    [CRITERION_TYPE]: [
      {
        id: '9001',
        properties: {
          liftoff_key: 'acme-weekly-users',
          name: 'Weekly active users',
          metric: 'weekly_active_users',
          unit: 'users',
          baseline_value: '4',
          target_value: '40',
          due_date: '2026-06-01',
          source: 'sales_promise',
        },
      },
    ],
  },
  associations: [
    buildPrimaryCompanyAssociation(DEAL, COMPANY),
    ...['501', '502'].map((id) => ({
      from: { type: 'deals', id: DEAL },
      to: { type: 'contacts', id },
      types: [defined(3)],
    })),
    {
      from: { type: 'companies', id: COMPANY },
      to: { type: 'contacts', id: '501' },
      types: [defined(280), labelled(8, 'End user')],
    },
    {
      from: { type: 'companies', id: COMPANY },
      to: { type: 'contacts', id: '502' },
      types: [defined(280), labelled(9, 'Technical influencer')],
    },
    { from: { type: 'deals', id: DEAL }, to: { type: CRITERION_TYPE, id: '9001' }, types: [defined(60)] },
  ],
  // The five labels setup creates, as HubSpot lists them on the company → contact pair.
  associationLabels: [
    { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 7, label: 'Economic decision maker' },
    { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 8, label: 'End user' },
    { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 9, label: 'Technical influencer' },
    { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 10, label: 'Sponsor' },
    { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: 11, label: 'Validation owner' },
  ],
  pipelines: {
    deals: [
      buildSalesPipeline([
        { id: 'appointmentscheduled', label: 'Appointment', metadata: { isClosed: 'false' } },
        { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
      ]),
    ],
  },
};

let clock: FixedClock;
let service: SyncTestService | undefined;

beforeEach(() => {
  clock = createFixedClock('2026-03-02T09:00:00.000Z');
});

afterEach(async () => {
  if (service === undefined) return;
  await service.stop();
  expect(service.violations).toEqual([]);
  service = undefined;
});

async function sendDealCreated(running: SyncTestService): Promise<void> {
  await running.postWebhooks([
    {
      eventId: 1,
      subscriptionId: 1,
      portalId: Number(PORTAL),
      appId: 9,
      occurredAt: clock.now(),
      attemptNumber: 0,
      subscriptionType: 'object.creation',
      objectId: Number(DEAL),
      objectTypeId: '0-3',
    },
  ]);
  expect(await running.drain()).toMatchObject({ completed: 1, parked: 0 });
}

async function callHandoff(running: SyncTestService, method: 'GET' | 'PUT', body?: SaveHandoffBody) {
  const path = `/api/cards/deals/${DEAL}/handoff?userId=${USER}&portalId=${PORTAL}`;
  const text = body === undefined ? '' : JSON.stringify(body);
  const headers = signRequest({
    method,
    url: `${PUBLIC_BASE_URL}${path}`,
    body: text,
    clientSecret: CLIENT_SECRET,
    timestamp: clock.now(),
  });
  const response = await fetch(`${running.server.url}${path}`, {
    method,
    headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: text }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as HandoffView;
}

/**
 * A new user opens the Handoff card of a deal HubSpot already holds: once the deal's creation webhook has had the
 * worker mirror it, the card shows its name, its labelled contacts with their roles and the promise HubSpot holds,
 * and scores them, answering from the store. Real service on loopback, real SQLite store, the HubSpot gateway
 * through the SDK against the simulated HubSpot, exchanges checked against HubSpot's OpenAPI documents.
 */
describe('the Handoff card of a deal HubSpot already holds (custom-objects portal)', () => {
  it('shows the deal’s name, its contacts with the roles their labels give, the promise, and scores them', async () => {
    service = await startSyncTestService({ clock, dataset, liftoffObjectTypes });
    await sendDealCreated(service);

    const view = await callHandoff(service, 'GET');

    expect(view.dealName).toBe('Acme — analytics platform');
    expect(view.contacts).toEqual([
      { contactId: '501', name: 'Ana Ruiz', email: 'ana@acme.test', roles: ['end_user'] },
      { contactId: '502', name: 'Ben Okafor', email: 'ben@acme.test', roles: ['technical_influencer'] },
    ]);
    expect(view.criteria).toEqual([
      {
        id: 'acme-weekly-users',
        name: 'Weekly active users',
        metric: 'weekly_active_users',
        unit: 'users',
        baseline: 4,
        target: 40,
        dueDate: '2026-06-01',
      },
    ]);
    // One measurable promise of 3 (13 of 40) with its baseline (15), the end-user and technical circles (20).
    expect(view.readiness.score).toBe(48);
    expect(view.readiness.missing.map((gap) => gap.code)).toEqual(['criteria_count', 'circles', 'validation_owner']);
  });

  it('answers the card from the store: its GET makes no HubSpot call', async () => {
    service = await startSyncTestService({ clock, dataset, liftoffObjectTypes });
    await sendDealCreated(service);
    const calls = service.hubspot.stats().calls;

    await callHandoff(service, 'GET');

    expect(service.hubspot.stats().calls).toBe(calls);
  });

  it('saves what the card showed as the deal’s handoff, the promise under its key, and writes the same score to the deal', async () => {
    service = await startSyncTestService({ clock, dataset, liftoffObjectTypes });
    await sendDealCreated(service);
    const shown = await callHandoff(service, 'GET');

    const saved = await callHandoff(service, 'PUT', {
      criteria: shown.criteria,
      contacts: shown.contacts.map(({ contactId, roles }) => ({ contactId, roles })),
      validationOwnerContactId: '501',
    });
    expect(await service.drain()).toMatchObject({ completed: 1, parked: 0 });

    expect(saved.criteria.map((criterion) => criterion.id)).toEqual(['acme-weekly-users']);
    expect(saved.readiness.score).toBe(63);
    const deal = service.hubspot.records('deals').find((record) => record.id === DEAL);
    expect(deal?.properties['liftoff_handoff_readiness']).toBe('63');
  });

  it('writes the roles sales sets on the card to HubSpot as the contacts’ labels on the company, added to theirs', async () => {
    service = await startSyncTestService({ clock, dataset, liftoffObjectTypes });
    await sendDealCreated(service);

    await callHandoff(service, 'PUT', {
      criteria: [],
      contacts: [
        { contactId: '501', roles: ['end_user', 'sponsor'] },
        { contactId: '502', roles: ['technical_influencer'] },
      ],
      validationOwnerContactId: '502',
    });
    expect(await service.drain()).toMatchObject({ completed: 1, parked: 0 });

    const labelsOf = (contactId: string) =>
      service?.hubspot
        .associationsOf('companies', COMPANY, 'contacts')
        .find((association) => association.toId === contactId)
        ?.types.filter((type) => type.category === 'USER_DEFINED')
        .map((type) => type.typeId)
        .sort((a, b) => a - b);
    expect(labelsOf('501')).toEqual([8, 10]);
    expect(labelsOf('502')).toEqual([9, 11]);
    const creates = service.requests.filter((request) => request.endsWith('/companies/contacts/batch/create'));
    expect(creates).toHaveLength(1);

    // Saved again unchanged, a minute later: HubSpot is known to carry the labels now, so nothing is sent.
    clock.advance(60_000);
    await callHandoff(service, 'PUT', {
      criteria: [],
      contacts: [
        { contactId: '501', roles: ['end_user', 'sponsor'] },
        { contactId: '502', roles: ['technical_influencer'] },
      ],
      validationOwnerContactId: '502',
    });
    const calls = service.hubspot.stats().calls;
    expect(await service.drain()).toMatchObject({ completed: 1, parked: 0 });
    expect(service.hubspot.stats().calls).toBe(calls);
  });

  it('reads the deal’s promise records in one batch with its contacts', async () => {
    service = await startSyncTestService({ clock, dataset, liftoffObjectTypes });
    await sendDealCreated(service);

    expect(service.requests.filter((request) => request.includes(CRITERION_TYPE))).toEqual([
      `POST /crm/v4/associations/deals/${CRITERION_TYPE}/batch/read`,
      `POST /crm/v3/objects/${CRITERION_TYPE}/batch/read`,
    ]);
  });
});

describe('the Handoff card of a deal HubSpot already holds (store-only portal)', () => {
  it('reads no promise records, where HubSpot has none to hold, and still shows the name and the labelled contacts', async () => {
    service = await startSyncTestService({ clock, dataset });
    await sendDealCreated(service);

    const view = await callHandoff(service, 'GET');

    expect(view.dealName).toBe('Acme — analytics platform');
    expect(view.criteria).toEqual([]);
    expect(view.contacts.map((contact) => contact.roles)).toEqual([['end_user'], ['technical_influencer']]);
    expect(service.requests.filter((request) => request.includes(CRITERION_TYPE))).toEqual([]);
  });
});
