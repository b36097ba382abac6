import { describe, expect, it } from 'vitest';
import type { StoredSignal, WritePlan } from '../../server/src/onboarding/ports/crm-gateway.ts';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';
const detectedAt = Date.UTC(2026, 2, 10);

function buildPlan(overrides: Partial<WritePlan> = {}): WritePlan {
  return { companies: [], deals: [], criteria: [], milestones: [], signals: [], stakeholders: [], ...overrides };
}

function buildSignal(overrides: Partial<StoredSignal> = {}): StoredSignal {
  return {
    key: '42:no_first_login',
    name: 'No first login',
    type: 'no_first_login',
    severity: 'critical',
    status: 'open',
    detectedAt,
    resolvedAt: null,
    snoozedUntil: null,
    evidence: 'No login in 15 days since start (threshold: day 14).',
    action: 'Escalate: reminder, call, change of modality',
    history: null,
    escalationLevel: 1,
    ...overrides,
  };
}

function buildObject(id: string, properties: Record<string, string | null>) {
  return { id, properties, createdAt: stamp, updatedAt: stamp, archived: false };
}

function buildBatch(results: unknown[]) {
  return { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
}

describe('HubSpot CrmGateway against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('makes no call at all for a write-back where nothing changed', async () => {
    const fields = { healthScore: 64, riskLevel: 'medium' as const };
    const results = await createContractGateway().applyWritePlan(
      buildPlan({
        companies: [{ id: '42', known: fields, desired: fields }],
        signals: [{ companyId: '42', dealId: null, known: buildSignal(), desired: buildSignal() }],
      }),
    );
    expect(results).toEqual([]);
    expect(hubspot.requests()).toHaveLength(0);
  });

  it('sends only the changed company properties, batched', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/companies/batch/update')
      .reply(200, buildBatch([buildObject('42', { liftoff_risk_level: 'high' })]));
    const results = await createContractGateway().applyWritePlan(
      buildPlan({
        companies: [
          {
            id: '42',
            known: { healthScore: 64, riskLevel: 'medium' },
            desired: { healthScore: 64, riskLevel: 'high' },
          },
          { id: '43', known: { healthScore: 80 }, desired: { healthScore: 80 } },
        ],
      }),
    );
    expect(hubspot.requests()[0]?.body).toEqual({ inputs: [{ id: '42', properties: { liftoff_risk_level: 'high' } }] });
    expect(results).toEqual([{ target: 'company', id: '42', ok: true }]);
  });

  it('upserts a new signal by liftoff_key and associates it with its company', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/2-103/batch/upsert')
      .reply(200, buildBatch([{ ...buildObject('900', { liftoff_key: '42:no_first_login' }), new: true }]));
    hubspot.on('POST', '/crm/v4/associations/2-103/companies/batch/associate/default').reply(
      200,
      buildBatch([
        {
          from: { id: '900' },
          to: { id: '42' },
          associationSpec: { associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 1 },
        },
      ]),
    );
    const results = await createContractGateway().applyWritePlan(
      buildPlan({ signals: [{ companyId: '42', dealId: null, known: null, desired: buildSignal() }] }),
    );
    const [upsert, associate] = hubspot.requests();
    expect(upsert?.body).toMatchObject({
      inputs: [{ id: '42:no_first_login', idProperty: 'liftoff_key', properties: { signal_type: 'no_first_login' } }],
    });
    expect(associate?.body).toEqual({ inputs: [{ from: { id: '900' }, to: { id: '42' } }] });
    expect(results.map((result) => [result.target, result.ok])).toEqual([
      ['signal', true],
      ['association', true],
    ]);
  });

  it('resolves a signal by sending only its status and resolution time', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/2-103/batch/upsert')
      .reply(200, buildBatch([{ ...buildObject('900', { status: 'resolved' }), new: false }]));
    const resolvedAt = detectedAt + 86_400_000;
    await createContractGateway().applyWritePlan(
      buildPlan({
        signals: [
          {
            companyId: '42',
            dealId: null,
            known: buildSignal(),
            desired: buildSignal({ status: 'resolved', resolvedAt }),
          },
        ],
      }),
    );
    expect(hubspot.requests()[0]?.body).toMatchObject({
      inputs: [{ properties: { status: 'resolved', resolved_at: new Date(resolvedAt).toISOString() } }],
    });
  });

  it('reads a deal with its stage from the pipeline metadata and its primary company', async () => {
    hubspot
      .on('POST', '/crm/v3/objects/deals/batch/read')
      .reply(200, buildBatch([buildObject('7', { dealstage: 'won-x', pipeline: 'sales', closedate: stamp })]));
    hubspot.on('POST', '/crm/v4/associations/deals/companies/batch/read').reply(
      200,
      buildBatch([
        {
          from: { id: '7' },
          to: [
            { toObjectId: '41', associationTypes: [{ category: 'HUBSPOT_DEFINED', typeId: 341 }] },
            {
              toObjectId: '42',
              associationTypes: [
                { category: 'HUBSPOT_DEFINED', typeId: 341 },
                { category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' },
              ],
            },
          ],
        },
      ]),
    );
    hubspot.on('GET', '/crm/v3/pipelines/deals').reply(200, {
      results: [
        {
          id: 'sales',
          label: 'Sales',
          displayOrder: 0,
          archived: false,
          createdAt: stamp,
          updatedAt: stamp,
          stages: [
            {
              id: 'won-x',
              label: 'Signed',
              displayOrder: 0,
              archived: false,
              createdAt: stamp,
              updatedAt: stamp,
              writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
              metadata: { isClosed: 'true', probability: '1.0' },
            },
          ],
        },
      ],
    });
    const [deal] = await createContractGateway().readDeals(['7']);
    expect(deal).toEqual({
      id: '7',
      pipelineId: 'sales',
      stageId: 'won-x',
      closeDate: Date.parse(stamp),
      isClosedWon: true,
      primaryCompanyId: '42',
    });
  });
});
