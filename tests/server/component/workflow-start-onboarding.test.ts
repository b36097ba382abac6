import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTemplates, standardTemplate } from '@liftoff/shared/playbook/default-templates';
import type { PlaybookTemplate } from '@liftoff/shared/playbook/playbook-template';
import type { SimulatedDataset } from '../../../testing/simulated-hubspot/simulated-hubspot.ts';
import { date } from '../../support/build-onboarding.ts';
import { createFixedClock } from '../../support/fixed-clock.ts';
import type { FixedClock } from '../../support/fixed-clock.ts';
import { signRequest } from '../../support/sign-request.ts';
import {
  buildPrimaryCompanyAssociation,
  startSyncTestService,
  SYNC_CLIENT_SECRET as CLIENT_SECRET,
  SYNC_PORTAL as PORTAL,
  SYNC_PUBLIC_BASE_URL as PUBLIC_BASE_URL,
} from '../../support/start-sync-test-service.ts';
import type { SyncTestService } from '../../support/start-sync-test-service.ts';

const COMPANY = '42';
const PATH = '/hubspot/actions/start-onboarding';

/** The deployment runs its renewals pipeline on a playbook of its own; the built-in ones name no pipeline. */
const renewalsTemplate: PlaybookTemplate = {
  ...standardTemplate,
  id: 'renewals',
  name: 'Renewal re-onboarding',
  match: { pipelineIds: ['renewals'], segments: [] },
};

const closedWon = { id: 'closedwon', label: 'Closed won', metadata: { isClosed: 'true', probability: '1.0' } };
const contractSent = {
  id: 'contractsent',
  label: 'Contract sent',
  metadata: { isClosed: 'false', probability: '0.9' },
};
const renewed = { id: 'renewed', label: 'Renewed', metadata: { isClosed: 'true', probability: '1.0' } };
const churned = { id: 'churned', label: 'Churned', metadata: { isClosed: 'true', probability: '0.0' } };

/** Company 42 and its deals, 42 the primary company of each; the renewals pipeline's stages are its own. */
function buildDataset(deals: readonly { id: string; pipeline: string; dealstage: string; closedate: string }[]) {
  const dataset: SimulatedDataset = {
    objects: {
      companies: [{ id: COMPANY, properties: { name: 'Acme', domain: 'acme.test' } }],
      deals: deals.map(({ id, ...properties }) => ({ id, properties })),
    },
    associations: deals.map((deal) => buildPrimaryCompanyAssociation(deal.id, COMPANY)),
    pipelines: {
      deals: [
        { id: 'default', label: 'Sales', stages: [contractSent, closedWon] },
        { id: 'renewals', label: 'Renewals', stages: [renewed, churned] },
      ],
    },
  };
  return dataset;
}

/**
 * Acme won a new-business deal in January and renewed in February (a custom won stage, read from its metadata); a
 * later churned renewal and an open deal closing in March are not wins.
 */
const acmeDeals = [
  { id: '7', pipeline: 'default', dealstage: 'closedwon', closedate: '2026-01-20T15:00:00.000Z' },
  { id: '8', pipeline: 'renewals', dealstage: 'renewed', closedate: '2026-02-16T10:00:00.000Z' },
  { id: '9', pipeline: 'renewals', dealstage: 'churned', closedate: '2026-02-25T10:00:00.000Z' },
  { id: '10', pipeline: 'default', dealstage: 'contractsent', closedate: '2026-03-30T10:00:00.000Z' },
];

/**
 * The "Start onboarding" workflow action on a company, through its signed endpoint, with HubSpot simulated on
 * loopback (every exchange checked against HubSpot's OpenAPI documents): an input left empty comes from the
 * company's most recent closed-won deal, as the action's labels say.
 */
describe('the Start onboarding workflow action reads the company’s deals', () => {
  let service: SyncTestService;
  let clock: FixedClock;
  let callbacks = 0;

  async function start(deals = acmeDeals) {
    clock = createFixedClock('2026-03-02T09:00:00.000Z');
    service = await startSyncTestService({
      clock,
      dataset: buildDataset(deals),
      templates: [renewalsTemplate, ...defaultTemplates],
    });
  }

  afterEach(async () => {
    await service.stop();
    expect(service.violations).toEqual([]);
  });

  async function runAction(inputFields: Record<string, unknown>) {
    callbacks += 1;
    const body = JSON.stringify({
      callbackId: `ap-1001-56776413549-${callbacks}-0`,
      origin: { portalId: Number(PORTAL), actionDefinitionId: 10646377, actionDefinitionVersion: 1 },
      context: { source: 'WORKFLOWS', workflowId: 192814114 },
      object: { objectId: Number(COMPANY), objectType: 'COMPANY' },
      inputFields,
    });
    const headers = signRequest({
      method: 'POST',
      url: `${PUBLIC_BASE_URL}${PATH}`,
      body,
      clientSecret: CLIENT_SECRET,
      timestamp: clock.now(),
    });
    const response = await fetch(`${service.server.url}${PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return { status: response.status, body: (await response.json()) as { outputFields: Record<string, unknown> } };
  }

  const stored = () => service.store.onboardings.get(PORTAL, COMPANY);

  describe('on a company with won deals', () => {
    beforeEach(() => start());

    it('left empty, starts from the template of the latest won deal’s pipeline on that deal’s close date', async () => {
      const response = await runAction({ templateId: '', startDate: null });

      expect(response).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
      expect(await stored()).toMatchObject({ templateId: 'renewals', onboarding: { startDate: date('2026-02-16') } });
    });

    it('takes the template the workflow sets, and day 0 from the deal', async () => {
      await runAction({ templateId: 'enterprise' });

      expect(await stored()).toMatchObject({ templateId: 'enterprise', onboarding: { startDate: date('2026-02-16') } });
    });

    it('takes the start date the workflow sets, and the template from the deal', async () => {
      await runAction({ startDate: String(Date.parse('2026-03-09T00:00:00.000Z')) });

      expect(await stored()).toMatchObject({ templateId: 'renewals', onboarding: { startDate: date('2026-03-09') } });
    });

    it('reads nothing from HubSpot when the workflow sets both', async () => {
      const calls = service.hubspot.stats().calls;

      await runAction({ templateId: 'smb', startDate: String(Date.parse('2026-02-23T00:00:00.000Z')) });

      expect(service.hubspot.stats().calls).toBe(calls);
      expect(await stored()).toMatchObject({ templateId: 'smb', onboarding: { startDate: date('2026-02-23') } });
    });

    it('reads nothing from HubSpot for a company already onboarding, and leaves its onboarding as it is', async () => {
      await runAction({});
      const calls = service.hubspot.stats().calls;

      const again = await runAction({});

      expect(again).toMatchObject({ status: 200, body: { outputFields: { hs_execution_state: 'SUCCESS' } } });
      expect(service.hubspot.stats().calls).toBe(calls);
      expect(await stored()).toMatchObject({ templateId: 'renewals' });
    });
  });

  it('without a won deal, starts from the portal’s default template on the day the action runs', async () => {
    await start(acmeDeals.filter((deal) => deal.id === '9' || deal.id === '10'));

    await runAction({});

    expect(await stored()).toMatchObject({ templateId: 'standard', onboarding: { startDate: date('2026-03-02') } });
  });
});
