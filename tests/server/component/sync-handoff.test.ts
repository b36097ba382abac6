import type { Handoff } from '@liftoff/shared/domain/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluateOnboarding, isMeasurable } from '@liftoff/shared/engine/index';
import { DAY_MS } from '@liftoff/shared/time/calendar';
import type { SimulatedHubSpot } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { saveHandoff } from '../../../server/src/onboarding/handoff/save-handoff.ts';
import type { SaveHandoffInput } from '../../../server/src/onboarding/handoff/save-handoff.ts';
import type { Store } from '../../../server/src/onboarding/ports/index.ts';
import { buildHandoffInput } from '../../support/build-handoff.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import {
  buildPrimaryCompanyAssociation,
  buildSalesPipeline,
  buildStakeholderLabels,
  stakeholderLabelTypeIds,
  startSyncTestService,
  SYNC_PORTAL as PORTAL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const DEAL = '7';
const CLOSE_DATE = '2026-03-02T08:00:00.000Z';

/**
 * The handoff through the real service: sales saves it (the card's use case, on the SQLite store), the worker writes its readiness
 * to the deal in the simulated HubSpot (loopback, exchanges checked against HubSpot's OpenAPI documents), and the
 * closed-won webhook starts the onboarding from it.
 */
describe('the handoff through the worker', () => {
  let service: SyncTestService;
  let hubspot: SimulatedHubSpot;
  let store: Store;
  let clock: FixedClock;

  beforeEach(async () => {
    clock = createFixedClock('2026-02-25T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: {
        objects: {
          companies: [{ id: '42', properties: { name: 'Acme', domain: 'acme.test' } }],
          deals: [{ id: DEAL, properties: { dealstage: 'contractsent', pipeline: 'default', closedate: CLOSE_DATE } }],
        },
        associations: [buildPrimaryCompanyAssociation(DEAL, '42')],
        associationLabels: buildStakeholderLabels(),
        pipelines: {
          deals: [
            buildSalesPipeline([
              { id: 'contractsent', label: 'Contract sent', metadata: { isClosed: 'false', probability: '0.9' } },
              { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } },
            ]),
          ],
        },
      },
    });
    ({ hubspot, store } = service);
  });

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  const drain = () => service.drain();

  /** What the Handoff card's PUT does once its body is parsed. */
  let eventCount = 0;
  async function saveDealHandoff(input: SaveHandoffInput): Promise<Handoff> {
    const deps = { store, clock, createEventId: () => `handoff-test-${(eventCount += 1)}` };
    const saved = await saveHandoff(deps, { portalId: PORTAL, userId: '77' }, DEAL, input);
    if (!saved.ok || saved.value.handoff === null) throw new Error('the handoff was not saved');
    return saved.value.handoff;
  }

  async function winDeal() {
    hubspot.seed({ objects: { deals: [{ id: DEAL, properties: { dealstage: 'closedwon', closedate: CLOSE_DATE } }] } });
    clock.set(CLOSE_DATE);
    await service.postWebhooks([
      {
        eventId: 100,
        subscriptionId: 1,
        portalId: Number(PORTAL),
        appId: 9,
        occurredAt: Date.parse(CLOSE_DATE),
        subscriptionType: 'deal.propertyChange',
        attemptNumber: 0,
        objectId: Number(DEAL),
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
      },
    ]);
    return drain();
  }

  function dealProperties() {
    return hubspot.records('deals').find((record) => record.id === DEAL)?.properties ?? {};
  }

  it('writes the readiness score and the missing items, one per line, to the deal', async () => {
    await saveDealHandoff(buildHandoffInput({ validationOwnerContactId: null }));

    expect(await drain()).toMatchObject({ claimed: 1, completed: 1, parked: 0 });

    expect(dealProperties()).toMatchObject({
      liftoff_handoff_readiness: '85',
      liftoff_handoff_missing: 'Name the validation owner.',
    });
  });

  it('writes nothing to the deal when the handoff is saved again unchanged', async () => {
    await saveDealHandoff(buildHandoffInput());
    await drain();
    const before = { ...hubspot.stats().byRoute };

    await saveDealHandoff(buildHandoffInput());

    expect(await drain()).toMatchObject({ completed: 1 });
    // The tagged contacts are not among the deal's own contacts Liftoff mirrors, so their labels are sent again: adding
    // a label a contact already carries changes nothing in HubSpot. Nothing else is called.
    const called = Object.entries(hubspot.stats().byRoute).filter(([route, count]) => before[route] !== count);
    expect(called.map(([route]) => route)).toEqual(['POST /crm/v4/associations/{from}/{to}/batch/create']);
    expect(dealProperties()).toMatchObject({ liftoff_handoff_readiness: '100', liftoff_handoff_missing: '' });
  });

  it('learns the deal’s primary company from HubSpot once the handoff is saved', async () => {
    await saveDealHandoff(buildHandoffInput());
    await drain();

    expect((await store.handoffs.get(PORTAL, DEAL))?.companyId).toBe('42');
  });

  it('starts the closed-won onboarding with the promises as its criteria and the tagged contacts as stakeholders, labelled in HubSpot', async () => {
    const saved = await saveDealHandoff(buildHandoffInput());
    await drain();

    expect(await winDeal()).toMatchObject({ completed: 1, parked: 0 });

    const stored = await store.onboardings.get(PORTAL, '42');
    expect(stored?.dealId).toBe(DEAL);
    expect(
      stored?.onboarding.criteria.map(({ id, name, baseline, target, dueDate, source, status }) => ({
        id,
        name,
        baseline,
        target,
        dueDate,
        source,
        status,
      })),
    ).toEqual(
      saved.criteria.map(({ id, name, baseline, target, dueDate }) => ({
        id,
        name,
        baseline,
        target,
        dueDate,
        source: 'sales_promise',
        status: 'not_started',
      })),
    );
    expect(stored?.onboarding.stakeholders.map(({ contactId, roles }) => ({ contactId, roles }))).toEqual([
      { contactId: '9001', roles: ['economic_decision_maker', 'validation_owner'] },
      { contactId: '9002', roles: ['end_user'] },
      { contactId: '9003', roles: ['technical_influencer'] },
    ]);
    const liftoffTypeIds = (contactId: string) =>
      hubspot
        .associationsOf('companies', '42', 'contacts')
        .find((association) => association.toId === contactId)
        ?.types.map((type) => type.typeId);
    expect(['9001', '9002', '9003'].map(liftoffTypeIds)).toEqual([
      [stakeholderLabelTypeIds.economic_decision_maker, stakeholderLabelTypeIds.validation_owner],
      [stakeholderLabelTypeIds.end_user],
      [stakeholderLabelTypeIds.technical_influencer],
    ]);
  });

  it('starts with the template’s default criteria as proposals when sales saved no promise: no_criteria fires at day 7', async () => {
    await saveDealHandoff(buildHandoffInput({ criteria: [] }));
    await drain();

    await winDeal();

    const stored = await store.onboardings.get(PORTAL, '42');
    if (stored === null) throw new Error('the closed-won deal started no onboarding');
    const { onboarding } = stored;
    expect(onboarding.criteria.length).toBeGreaterThan(0);
    expect(onboarding.criteria.every((criterion) => criterion.source === 'csm')).toBe(true);
    expect(onboarding.criteria.some(isMeasurable)).toBe(false);
    const raisesNoCriteriaAt = (day: number) =>
      evaluateOnboarding(onboarding, onboarding.startDate + day * DAY_MS + DAY_MS / 2).signals.some(
        (signal) => signal.type === 'no_criteria',
      );
    expect(raisesNoCriteriaAt(6)).toBe(false);
    expect(raisesNoCriteriaAt(7)).toBe(true);
  });
});
