import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HandoffView, SaveHandoffBody } from '@liftoff/shared/contract/index';
import type {
  SimulatedAssociationInput,
  SimulatedHubSpot,
} from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import {
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

const defined = (typeId: number) => ({ category: 'HUBSPOT_DEFINED' as const, typeId });
const labelled = (typeId: number, label: string) => ({ category: 'USER_DEFINED' as const, typeId, label });

function toDealContact(contactId: string): SimulatedAssociationInput {
  return { from: { type: 'deals', id: DEAL }, to: { type: 'contacts', id: contactId }, types: [defined(3)] };
}

/**
 * Sales opens the Handoff card of a deal before close: the worker has mirrored the deal's HubSpot contacts (on the
 * deal's webhooks), so the card lists them from the store, with the circles they already carry on the company.
 * Real service on loopback: webhook intake, worker, HubSpot gateway against the simulated HubSpot, signed card API.
 */
describe('the Handoff card lists the deal’s HubSpot contacts', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;
  let eventId = 0;

  beforeEach(async () => {
    clock = createFixedClock('2026-02-25T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: {
        objects: {
          companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }],
          deals: [{ id: DEAL, properties: { dealstage: 'appointmentscheduled', pipeline: 'default' } }],
          contacts: [
            { id: '501', properties: { firstname: 'Ana', lastname: 'Ruiz', email: 'ana@acme.test' } },
            { id: '502', properties: { firstname: 'Ben', lastname: 'Okafor', email: 'ben@acme.test' } },
            { id: '503', properties: { firstname: 'Cy', lastname: 'Lee', email: 'cy@acme.test' } },
          ],
        },
        associations: [
          { from: { type: 'deals', id: DEAL }, to: { type: 'companies', id: COMPANY }, types: [defined(5)] },
          toDealContact('501'),
          toDealContact('502'),
          {
            from: { type: 'companies', id: COMPANY },
            to: { type: 'contacts', id: '501' },
            types: [defined(280), labelled(7, 'Economic decision maker'), labelled(11, 'Validation owner')],
          },
        ],
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'appointmentscheduled', label: 'Appointment', metadata: { isClosed: 'false' } },
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
    ({ hubspot } = service);
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  const drain = () => service.drain();

  async function sendWebhook(event: Record<string, unknown>) {
    eventId += 1;
    await service.postWebhooks([
      {
        eventId,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        appId: 9,
        occurredAt: clock.now(),
        attemptNumber: 0,
        ...event,
      },
    ]);
  }

  async function callHandoff(method: 'GET' | 'PUT', body?: SaveHandoffBody): Promise<HandoffView> {
    const path = `/api/cards/deals/${DEAL}/handoff?userId=${USER}&portalId=${PORTAL}`;
    const text = body === undefined ? '' : JSON.stringify(body);
    const headers = signRequest({
      method,
      url: `${PUBLIC_BASE_URL}${path}`,
      body: text,
      clientSecret: CLIENT_SECRET,
      timestamp: clock.now(),
    });
    const response = await fetch(`${service.server.url}${path}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: text }),
    });
    expect(response.status).toBe(200);
    return (await response.json()) as HandoffView;
  }

  const dealCreated = { subscriptionType: 'object.creation', objectId: Number(DEAL), objectTypeId: '0-3' };

  it('lists the deal’s contacts after its creation webhook, with email and the circles and owner their labels give on the company', async () => {
    await sendWebhook(dealCreated);
    expect(await drain()).toMatchObject({ completed: 1, parked: 0 });

    const view = await callHandoff('GET');

    expect(view.companyId).toBe(COMPANY);
    expect(view.contacts).toEqual([
      {
        contactId: '501',
        name: 'Ana Ruiz',
        email: 'ana@acme.test',
        roles: ['economic_decision_maker', 'validation_owner'],
      },
      { contactId: '502', name: 'Ben Okafor', email: 'ben@acme.test', roles: [] },
    ]);
    expect(view.validationOwnerContactId).toBe('501');
    // One circle (10) and the validation owner (15), from the labels alone.
    expect(view.readiness.score).toBe(25);
  });

  it('answers from the store: the card read makes no HubSpot call', async () => {
    await sendWebhook(dealCreated);
    await drain();
    const calls = hubspot.stats().calls;

    await callHandoff('GET');

    expect(hubspot.stats().calls).toBe(calls);
  });

  it('follows a contact added to the deal in HubSpot once its association change arrives', async () => {
    await sendWebhook(dealCreated);
    await drain();
    hubspot.seed({ associations: [toDealContact('503')] });

    await sendWebhook({
      subscriptionType: 'object.associationChange',
      fromObjectId: Number(DEAL),
      fromObjectTypeId: '0-3',
      toObjectId: 503,
      toObjectTypeId: '0-1',
      associationRemoved: false,
    });
    expect(await drain()).toMatchObject({ completed: 1, parked: 0 });

    expect((await callHandoff('GET')).contacts.map((contact) => contact.contactId)).toEqual(['501', '502', '503']);
  });

  it('mirrors a deal never seen when its handoff is first saved, and keeps the email of each tagged contact', async () => {
    await callHandoff('PUT', { criteria: [], contacts: [], validationOwnerContactId: null });
    expect(await drain()).toMatchObject({ completed: 1, parked: 0 });

    const saved = await callHandoff('PUT', {
      criteria: [],
      contacts: [{ contactId: '502', roles: ['end_user'] }],
      validationOwnerContactId: null,
    });

    expect(saved.companyId).toBe(COMPANY);
    expect(saved.contacts).toEqual([
      { contactId: '502', name: 'Ben Okafor', email: 'ben@acme.test', roles: ['end_user'] },
      {
        contactId: '501',
        name: 'Ana Ruiz',
        email: 'ana@acme.test',
        roles: ['economic_decision_maker', 'validation_owner'],
      },
    ]);
  });
});
