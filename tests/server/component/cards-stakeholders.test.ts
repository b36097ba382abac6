import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OnboardingView, SaveStakeholderBody } from '@liftoff/shared/contract/index';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { refreshCompanies } from '../../../server/src/onboarding/sync/refresh-companies.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  buildStakeholderLabels,
  stakeholderLabelTypeIds as liftoffLabel,
  startSyncTestService,
  SYNC_CLIENT_SECRET,
  SYNC_PORTAL as PORTAL,
  SYNC_PUBLIC_BASE_URL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const CLOSE_DATE = '2026-03-02T08:00:00.000Z';
const USER = '77';
/** HubSpot's unlabelled company → contact association type. */
const UNLABELLED = 280;
/** A label the portal's admins made for themselves: never Liftoff's to add or remove. */
const BILLING_CONTACT = 200;

const contactAssociation = (contactId: string, typeIds: readonly number[]) => ({
  from: { type: 'companies', id: '42' },
  to: { type: 'contacts', id: contactId },
  types: typeIds.map((typeId) =>
    typeId === UNLABELLED
      ? { category: 'HUBSPOT_DEFINED' as const, typeId }
      : { category: 'USER_DEFINED' as const, typeId },
  ),
});

/**
 * The CSM maps stakeholders from the company card, end to end: the real app and its SQLite store answer the card at
 * once; the worker writes Liftoff's labels and the KPI to the simulated HubSpot through the real SDK (every exchange
 * checked against HubSpot's OpenAPI documents); the refresh reads them back without undoing anything.
 */
describe('mapping stakeholders from the company card', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: {
        objects: {
          companies: [{ id: '42', properties: { name: 'Acme', domain: 'acme.test' } }],
          deals: [{ id: '7', properties: { dealstage: 'closedwon', pipeline: 'default', closedate: CLOSE_DATE } }],
          contacts: [
            { id: '501', properties: { firstname: 'Ana', lastname: 'Ruiz' } },
            { id: '502', properties: { firstname: 'Ben', lastname: 'Ode' } },
          ],
        },
        associations: [
          buildPrimaryCompanyAssociation('7', '42'),
          contactAssociation('501', [UNLABELLED, liftoffLabel.economic_decision_maker, BILLING_CONTACT]),
          contactAssociation('502', [UNLABELLED]),
        ],
        associationLabels: [
          ...buildStakeholderLabels(),
          { from: 'companies', to: 'contacts', category: 'USER_DEFINED', typeId: BILLING_CONTACT, label: 'Billing' },
        ],
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
    ({ hubspot } = service);
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        appId: 9,
        occurredAt: Date.parse(CLOSE_DATE),
        subscriptionType: 'deal.propertyChange',
        attemptNumber: 0,
        objectId: 7,
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);
    await service.drain();
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  /** The card's PUT, signed as HubSpot signs it; each call a second later (a signature is accepted once). */
  async function putStakeholder(contactId: string, body: unknown): Promise<{ status: number; body: unknown }> {
    clock.advance(1_000);
    const path = `/api/cards/companies/42/stakeholders/${contactId}?userId=${USER}&portalId=${PORTAL}`;
    const text = JSON.stringify(body);
    const headers = signRequest({
      method: 'PUT',
      url: `${SYNC_PUBLIC_BASE_URL}${path}`,
      body: text,
      clientSecret: SYNC_CLIENT_SECRET,
      timestamp: clock.now(),
    });
    const response = await fetch(`${service.server.url}${path}`, {
      method: 'PUT',
      headers: { ...headers, 'content-type': 'application/json' },
      body: text,
    });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async function saveStakeholder(contactId: string, body: SaveStakeholderBody): Promise<OnboardingView> {
    const response = await putStakeholder(contactId, body);
    expect(response.status).toBe(200);
    return response.body as OnboardingView;
  }

  /** The pair's association type ids, in ascending order (Liftoff's 101–105, the portal's own 200, HubSpot's 280). */
  const typeIdsOf = (contactId: string) =>
    hubspot
      .associationsOf('companies', '42', 'contacts')
      .find((association) => association.toId === contactId)
      ?.types.map((type) => type.typeId)
      .sort((a, b) => a - b);
  const kpiOf = (contactId: string) =>
    hubspot.records('contacts').find((record) => record.id === contactId)?.properties['liftoff_stakeholder_kpi'];
  const storedRoles = async () =>
    (await service.store.onboardings.get(PORTAL, '42'))?.onboarding.stakeholders.map(({ contactId, roles, kpi }) => ({
      contactId,
      roles,
      kpi,
    }));
  const refresh = () => refreshCompanies({ store: service.store, crm: service.crm, clock }, PORTAL, ['42']);

  it('tags a candidate: the card answers at once, the worker writes the labels and the KPI, a refresh keeps them', async () => {
    const view = await saveStakeholder('502', { roles: ['end_user', 'sponsor'], kpi: 'Cut onboarding to 30 days' });

    const endUsers = view.stakeholders.circles.find((entry) => entry.circle === 'end_user')?.contacts;
    expect(endUsers).toEqual([
      expect.objectContaining({ contactId: '502', name: 'Ben Ode', roles: ['end_user', 'sponsor'] }),
    ]);
    expect(view.stakeholders.candidates).toEqual([]);
    expect(typeIdsOf('502')).toEqual([UNLABELLED]);

    await service.drain();
    expect(typeIdsOf('502')).toEqual([liftoffLabel.end_user, liftoffLabel.sponsor, UNLABELLED]);
    expect(kpiOf('502')).toBe('Cut onboarding to 30 days');

    await refresh();
    expect(await storedRoles()).toEqual([
      { contactId: '501', roles: ['economic_decision_maker'], kpi: null },
      { contactId: '502', roles: ['end_user', 'sponsor'], kpi: 'Cut onboarding to 30 days' },
    ]);
  });

  it('keeps a tag the worker has not written yet through a refresh, and still takes a label added in HubSpot', async () => {
    await saveStakeholder('502', { roles: ['technical_influencer'], kpi: null });
    hubspot.seed({ associations: [contactAssociation('501', [liftoffLabel.validation_owner])] });

    await refresh();

    expect(await storedRoles()).toEqual([
      { contactId: '501', roles: ['economic_decision_maker', 'validation_owner'], kpi: null },
      { contactId: '502', roles: ['technical_influencer'], kpi: null },
    ]);
    await service.drain();
    expect(typeIdsOf('502')).toEqual([liftoffLabel.technical_influencer, UNLABELLED]);
    expect(typeIdsOf('501')).toEqual([
      liftoffLabel.economic_decision_maker,
      liftoffLabel.validation_owner,
      BILLING_CONTACT,
      UNLABELLED,
    ]);
  });

  it('untags every role: only Liftoff’s label goes, the association and the portal’s own label stay', async () => {
    const view = await saveStakeholder('501', { roles: [], kpi: null });
    expect(view.stakeholders.candidates).toEqual([
      { contactId: '501', name: 'Ana Ruiz', kpi: null },
      { contactId: '502', name: 'Ben Ode', kpi: null },
    ]);

    await service.drain();
    expect(typeIdsOf('501')).toEqual([BILLING_CONTACT, UNLABELLED]);

    await refresh();
    expect((await storedRoles())?.find((stakeholder) => stakeholder.contactId === '501')?.roles).toEqual([]);
  });

  it('refuses a contact the company is not associated with, and a role that is not one of Liftoff’s', async () => {
    expect(await putStakeholder('999', { roles: ['sponsor'], kpi: null })).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found' } },
    });
    expect(await putStakeholder('502', { roles: ['champion'], kpi: null })).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_request', issues: [{ path: 'roles.0' }] } },
    });
  });
});
