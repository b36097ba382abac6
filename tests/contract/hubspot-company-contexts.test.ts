import { describe, expect, it } from 'vitest';
import { createContractGateway } from '../support/create-contract-gateway.ts';
import { useHubSpotContract } from '../support/hubspot-contract.ts';

const stamp = '2026-03-10T09:00:00.000Z';
const at = (iso: string) => Date.parse(iso);

function buildObject(id: string, properties: Record<string, string | null>) {
  return { id, properties, createdAt: stamp, updatedAt: stamp, archived: false };
}

function buildBatch(results: unknown[]) {
  return { status: 'COMPLETE', results, startedAt: stamp, completedAt: stamp };
}

type AssociationTypes = { category: string; typeId: number; label?: string }[];

/** POST /crm/v4/associations/{from}/{to}/batch/read answering one record's associations. */
function buildAssociations(fromId: string, to: readonly [id: string, types: AssociationTypes][]) {
  return buildBatch(to.length === 0 ? [] : [toAssociationResult(fromId, to)]);
}

function toAssociationResult(fromId: string, to: readonly [id: string, types: AssociationTypes][]) {
  return { from: { id: fromId }, to: to.map(([id, types]) => ({ toObjectId: id, associationTypes: types })) };
}

const ticketPipelines = {
  results: [
    {
      id: 'support',
      label: 'Support',
      displayOrder: 0,
      archived: false,
      createdAt: stamp,
      updatedAt: stamp,
      stages: [
        {
          id: 'new-x',
          label: 'New',
          displayOrder: 0,
          archived: false,
          createdAt: stamp,
          updatedAt: stamp,
          writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
          metadata: { ticketState: 'OPEN' },
        },
        {
          id: 'done-x',
          label: 'Done',
          displayOrder: 1,
          archived: false,
          createdAt: stamp,
          updatedAt: stamp,
          writePermissions: 'CRM_PERMISSIONS_ENFORCEMENT',
          metadata: { ticketState: 'CLOSED' },
        },
      ],
    },
  ],
};

const defined = (typeId: number) => ({ category: 'HUBSPOT_DEFINED', typeId });

describe('HubSpot CrmGateway reading company contexts, against HubSpot contract', () => {
  const hubspot = useHubSpotContract();

  it('reads a company with labelled stakeholders, engagements with direction and contact, tickets open or closed by stage metadata, and its Liftoff records', async () => {
    const onAssociations = (type: string, to: readonly [string, AssociationTypes][]) =>
      hubspot.on('POST', `/crm/v4/associations/companies/${type}/batch/read`).reply(200, buildAssociations('42', to));
    const onRecords = (type: string, records: ReturnType<typeof buildObject>[]) =>
      hubspot.on('POST', `/crm/v3/objects/${type}/batch/read`).reply(200, buildBatch(records));

    onRecords('companies', [
      buildObject('42', { name: 'Acme', domain: 'acme.test', liftoff_health_score: '64', hubspot_owner_id: '9001' }),
    ]);
    onAssociations('contacts', [
      ['501', [defined(280), { category: 'USER_DEFINED', typeId: 7, label: 'Economic decision maker' }]],
      ['502', [defined(280), { category: 'USER_DEFINED', typeId: 8 }]],
      ['503', [defined(280)]],
    ]);
    hubspot.on('GET', '/crm/v4/associations/companies/contacts/labels').reply(200, {
      results: [defined(280), { category: 'USER_DEFINED', typeId: 8, label: 'End user' }],
    });
    onRecords('contacts', [
      buildObject('501', {
        firstname: 'Ana',
        lastname: 'Ruiz',
        hs_last_sales_activity_timestamp: '2026-03-09T10:00:00Z',
      }),
      buildObject('502', { email: 'ben@acme.test' }),
      buildObject('503', { firstname: 'Cy', lastname: '' }),
    ]);
    onAssociations('emails', [
      ['601', [defined(185)]],
      ['602', [defined(185)]],
    ]);
    onRecords('emails', [
      buildObject('601', { hs_timestamp: '2026-03-02T10:00:00Z', hs_email_direction: 'EMAIL' }),
      buildObject('602', { hs_timestamp: '2026-03-03T10:00:00Z', hs_email_direction: 'INCOMING_EMAIL' }),
    ]);
    // Engagement → contact: the first contact associated with each engagement is the one it was with.
    hubspot.on('POST', '/crm/v4/associations/emails/contacts/batch/read').reply(
      200,
      buildBatch([
        toAssociationResult('601', [
          ['502', [defined(198)]],
          ['501', [defined(198)]],
        ]),
        toAssociationResult('602', []),
      ]),
    );
    onAssociations('calls', [['611', [defined(181)]]]);
    hubspot
      .on('POST', '/crm/v4/associations/calls/contacts/batch/read')
      .reply(200, buildAssociations('611', [['501', [defined(194)]]]));
    onRecords('calls', [
      buildObject('611', {
        hs_timestamp: '2026-03-04T10:00:00Z',
        hs_call_direction: 'INBOUND',
        hs_call_status: 'COMPLETED',
      }),
    ]);
    onAssociations('meetings', []);
    onAssociations('tickets', [
      ['701', [defined(340)]],
      ['702', [defined(340)]],
    ]);
    onRecords('tickets', [
      buildObject('701', {
        createdate: '2026-03-01T08:00:00Z',
        hs_pipeline_stage: 'new-x',
        hs_ticket_priority: 'HIGH',
      }),
      buildObject('702', {
        createdate: '2026-03-02T08:00:00Z',
        hs_pipeline_stage: 'done-x',
        closed_date: '2026-03-05T08:00:00Z',
      }),
    ]);
    hubspot.on('GET', '/crm/v3/pipelines/tickets').reply(200, ticketPipelines);
    onAssociations('2-101', [['801', [defined(1)]]]);
    onRecords('2-101', [
      buildObject('801', {
        liftoff_key: '42:c1',
        name: 'Weekly active users',
        status: 'in_progress',
        source: 'sales_promise',
        target_value: '40',
      }),
    ]);
    onAssociations('2-102', []);
    onAssociations('2-103', [['901', [defined(1)]]]);
    onRecords('2-103', [
      buildObject('901', {
        liftoff_key: '42:no_first_login',
        signal_type: 'no_first_login',
        severity: 'critical',
        status: 'open',
        detected_at: '2026-03-08T00:00:00.000Z',
        evidence: 'No login in 15 days since start (threshold: day 14).',
        recommended_action: 'Escalate: reminder, call, change of modality',
        escalation_level: '1',
      }),
    ]);

    const [context] = await createContractGateway(stamp).readCompanyContexts(['42', '42']);

    expect(context).toMatchObject({ companyId: '42', name: 'Acme', domain: 'acme.test', ownerId: '9001' });
    expect(context?.stakeholders).toEqual([
      {
        contactId: '501',
        name: 'Ana Ruiz',
        roles: ['economic_decision_maker'],
        lastEngagedAt: at('2026-03-09T10:00:00Z'),
        taggedAt: null,
        kpi: null,
      },
      { contactId: '502', name: 'ben@acme.test', roles: ['end_user'], lastEngagedAt: null, taggedAt: null, kpi: null },
      { contactId: '503', name: 'Cy', roles: [], lastEngagedAt: null, taggedAt: null, kpi: null },
    ]);
    expect(context?.engagements).toEqual([
      { at: at('2026-03-02T10:00:00Z'), type: 'email', direction: 'outbound', connected: false, contactId: '502' },
      { at: at('2026-03-03T10:00:00Z'), type: 'email', direction: 'inbound', connected: true, contactId: null },
      { at: at('2026-03-04T10:00:00Z'), type: 'call', direction: 'inbound', connected: true, contactId: '501' },
    ]);
    const engagementContacts = hubspot
      .requests()
      .filter((request) => /^\/crm\/v4\/associations\/(emails|calls|meetings)\/contacts\//.test(request.path));
    expect(engagementContacts.map((request) => [request.path, request.body])).toEqual([
      ['/crm/v4/associations/emails/contacts/batch/read', { inputs: [{ id: '601' }, { id: '602' }] }],
      ['/crm/v4/associations/calls/contacts/batch/read', { inputs: [{ id: '611' }] }],
    ]);
    expect(context?.tickets).toEqual([
      { id: '701', openedAt: at('2026-03-01T08:00:00Z'), closedAt: null, priority: 'high', category: null },
      {
        id: '702',
        openedAt: at('2026-03-02T08:00:00Z'),
        closedAt: at('2026-03-05T08:00:00Z'),
        priority: null,
        category: null,
      },
    ]);
    expect(context?.criteria.map((criterion) => [criterion.id, criterion.name, criterion.target])).toEqual([
      ['42:c1', 'Weekly active users', 40],
    ]);
    expect(context?.milestones).toEqual([]);
    expect(context?.signals.map((signal) => [signal.key, signal.type, signal.escalationLevel])).toEqual([
      ['42:no_first_login', 'no_first_login', 1],
    ]);
    expect(hubspot.requests()[0]?.body).toMatchObject({
      inputs: [{ id: '42' }],
      properties: expect.arrayContaining(['hubspot_owner_id']),
    });
  });

  it('makes no call for an empty batch of companies', async () => {
    await expect(createContractGateway(stamp).readCompanyContexts([])).resolves.toEqual([]);
    expect(hubspot.requests()).toHaveLength(0);
  });
});
