import { describe, expect, it } from 'vitest';
import type { HubSpotRecord } from '../../../server/src/hubspot/model/hubspot-record.ts';
import type { PipelineStage } from '../../../server/src/hubspot/reads/pipeline-stage-cache.ts';
import { toPipelineStages } from '../../../server/src/hubspot/reads/pipeline-stage-cache.ts';
import { decidePrimaryCompany } from '../../../server/src/hubspot/reads/read-deals.ts';
import { toCrmDeal } from '../../../server/src/hubspot/reads/to-crm-deal.ts';
import { toEngagement } from '../../../server/src/hubspot/reads/to-engagement.ts';
import { toStakeholder, toStakeholderRole } from '../../../server/src/hubspot/reads/to-stakeholder.ts';
import { toTicket } from '../../../server/src/hubspot/reads/to-ticket.ts';

const at = Date.UTC(2026, 2, 10, 9, 30);
const iso = new Date(at).toISOString();

function buildRecord(properties: Record<string, string | null>, id = '101'): HubSpotRecord {
  return { id, properties };
}

describe('toEngagement', () => {
  it.each([
    ['EMAIL', 'outbound', false],
    ['INCOMING_EMAIL', 'inbound', true],
    ['FORWARDED_EMAIL', 'inbound', true],
  ])('reads an email with hs_email_direction %s as %s', (direction, expected, connected) => {
    const engagement = toEngagement('email', buildRecord({ hs_timestamp: iso, hs_email_direction: direction }));
    expect(engagement).toEqual({ at, type: 'email', direction: expected, connected, contactId: null });
  });

  it.each([
    ['OUTBOUND', 'COMPLETED', null, 'outbound', true],
    ['OUTBOUND', 'COMPLETED', 'f240bbac-87c9-4f6e-bf70-924b57d47db7', 'outbound', true],
    ['OUTBOUND', 'COMPLETED', '73a0d17f-1163-4015-bdd5-ec830791da20', 'outbound', false],
    ['OUTBOUND', 'NO_ANSWER', null, 'outbound', false],
    ['INBOUND', 'COMPLETED', null, 'inbound', true],
  ])(
    'reads a call %s with status %s and outcome %s as %s, connected %s',
    (direction, status, disposition, expected, connected) => {
      const record = buildRecord({
        hs_timestamp: iso,
        hs_call_direction: direction,
        hs_call_status: status,
        hs_call_disposition: disposition,
      });
      expect(toEngagement('call', record)).toEqual({
        at,
        type: 'call',
        direction: expected,
        connected,
        contactId: null,
      });
    },
  );

  it.each([
    ['COMPLETED', true],
    ['SCHEDULED', true],
    ['NO_SHOW', false],
    ['CANCELED', false],
    ['RESCHEDULED', false],
  ])('counts a meeting with outcome %s as connected: %s', (outcome, connected) => {
    const record = buildRecord({ hs_timestamp: iso, hs_meeting_outcome: outcome });
    expect(toEngagement('meeting', record)).toMatchObject({ type: 'meeting', connected });
  });

  it('places a meeting without hs_timestamp at its start time', () => {
    expect(toEngagement('meeting', buildRecord({ hs_meeting_start_time: String(at) }))?.at).toBe(at);
  });

  it('drops an engagement that has no timestamp', () => {
    expect(toEngagement('email', buildRecord({ hs_timestamp: null, hs_email_direction: 'EMAIL' }))).toBeNull();
  });
});

describe('toTicket', () => {
  const stages = new Map<string, PipelineStage>([
    ['open-1', { id: 'open-1', pipelineId: '0', isClosed: false, isWon: false }],
    ['closed-1', { id: 'closed-1', pipelineId: '0', isClosed: true, isWon: false }],
  ]);
  const createdAt = Date.UTC(2026, 2, 1);
  const closedAt = Date.UTC(2026, 2, 5);

  it.each([
    ['an open stage', 'open-1', null, null],
    ['a closed stage, at its closed_date', 'closed-1', new Date(closedAt).toISOString(), closedAt],
    ['a closed stage without closed_date, at its last modification', 'closed-1', null, at],
    ['an unknown stage with a closed_date, as closed', 'gone', new Date(closedAt).toISOString(), closedAt],
    ['an unknown stage without closed_date, as open', 'gone', null, null],
  ])('reads a ticket in %s', (_case, stage, closedDate, expected) => {
    const record = buildRecord({
      createdate: new Date(createdAt).toISOString(),
      closed_date: closedDate,
      hs_lastmodifieddate: iso,
      hs_pipeline_stage: stage,
    });
    expect(toTicket(record, stages)?.closedAt).toBe(expected);
  });

  it.each([
    ['HIGH', 'high'],
    ['URGENT', 'urgent'],
    ['LOW', 'low'],
    ['P1', null],
    [null, null],
  ])('maps priority %s to %s', (raw, expected) => {
    const record = buildRecord({ createdate: iso, hs_pipeline_stage: 'open-1', hs_ticket_priority: raw });
    expect(toTicket(record, stages)?.priority).toBe(expected);
  });

  it('keeps the category and the id', () => {
    const record = buildRecord({ createdate: iso, hs_ticket_category: 'BILLING_ISSUE' }, '77');
    expect(toTicket(record, stages)).toMatchObject({ id: '77', openedAt: at, category: 'BILLING_ISSUE' });
  });
});

describe('toPipelineStages', () => {
  it('resolves open and closed ticket stages from metadata.ticketState', () => {
    const stages = toPipelineStages('tickets', [
      {
        id: '0',
        stages: [
          { id: '1', metadata: { ticketState: 'OPEN' } },
          { id: '4', metadata: { ticketState: 'CLOSED' } },
        ],
      },
    ]);
    expect([stages.get('1')?.isClosed, stages.get('4')?.isClosed]).toEqual([false, true]);
  });

  it.each([
    ['a closed stage with probability 1.0', 'won-custom', { isClosed: 'true', probability: '1.0' }, true],
    ['a closed stage with probability 0', 'lost', { isClosed: 'true', probability: '0.0' }, false],
    ['an open stage', 'demo', { isClosed: 'false', probability: '0.4' }, false],
    ['the default closedwon stage', 'closedwon', {}, true],
  ])('treats %s as won: %s', (_case, id, metadata, won) => {
    expect(toPipelineStages('deals', [{ id: 'default', stages: [{ id, metadata }] }]).get(id)?.isWon).toBe(won);
  });
});

describe('toCrmDeal', () => {
  it('reads stage, pipeline, close date and primary company', () => {
    const stages = toPipelineStages('deals', [
      { id: 'p1', stages: [{ id: 's-won', metadata: { isClosed: 'true', probability: '1.0' } }] },
    ]);
    const record = buildRecord({ dealstage: 's-won', pipeline: 'p1', closedate: iso }, '9');
    expect(toCrmDeal(record, stages, '42')).toEqual({
      id: '9',
      pipelineId: 'p1',
      stageId: 's-won',
      closeDate: at,
      isClosedWon: true,
      primaryCompanyId: '42',
    });
  });
});

describe('decidePrimaryCompany', () => {
  const primary = { category: 'HUBSPOT_DEFINED', typeId: 5, label: 'Primary' };
  const plain = { category: 'HUBSPOT_DEFINED', typeId: 341, label: null };
  it.each([
    [
      'the company with the primary type',
      [
        { id: 'a', types: [plain] },
        { id: 'b', types: [plain, primary] },
      ],
      'b',
    ],
    ['the only company', [{ id: 'a', types: [plain] }], 'a'],
    [
      'none among several without a primary',
      [
        { id: 'a', types: [plain] },
        { id: 'b', types: [plain] },
      ],
      null,
    ],
    ['none without companies', [], null],
  ])('picks %s', (_case, companies, expected) => {
    expect(decidePrimaryCompany(companies)).toBe(expected);
  });
});

describe('toStakeholder', () => {
  it.each([
    ['Economic decision maker', 'economic_decision_maker'],
    [' end user ', 'end_user'],
    ['TECHNICAL INFLUENCER', 'technical_influencer'],
    ['Sponsor', 'sponsor'],
    ['Validation owner', 'validation_owner'],
    ['Billing contact', null],
    [null, null],
  ])('maps the association label %s to the role %s', (label, role) => {
    expect(toStakeholderRole(label)).toBe(role);
  });

  it('names the contact, keeps its KPI and last engagement, and dedupes roles', () => {
    const contact = buildRecord(
      {
        firstname: 'Ada',
        lastname: 'Lovelace',
        email: 'ada@example.com',
        hs_last_sales_activity_timestamp: iso,
        kpi: 'Cut close time',
      },
      '5',
    );
    expect(toStakeholder(contact, ['sponsor', 'sponsor', 'end_user'], 'kpi')).toEqual({
      contactId: '5',
      name: 'Ada Lovelace',
      roles: ['sponsor', 'end_user'],
      lastEngagedAt: at,
      taggedAt: null,
      kpi: 'Cut close time',
    });
  });

  it('falls back to the email when the contact has no name', () => {
    const contact = buildRecord({ firstname: null, lastname: '', email: 'ops@example.com' });
    expect(toStakeholder(contact, [], 'kpi').name).toBe('ops@example.com');
  });
});
