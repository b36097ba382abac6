import { describe, expect, it } from 'vitest';
import type { HubSpotRecord } from '../../../server/src/hubspot/model/hubspot-record.ts';
import { toDealContact } from '../../../server/src/hubspot/reads/to-deal-contact.ts';
import { decideJob } from '../../../server/src/jobs/decide-job.ts';
import type { Job } from '../../../server/src/jobs/job.ts';
import { toHandoffView } from '../../../server/src/onboarding/views/to-handoff-view.ts';
import type { InboxEventInput } from '../../../server/src/onboarding/ports/index.ts';
import { buildWebhookInboxEvent } from '../../support/build-webhook-inbox-event.ts';
import { buildDealContact, buildDealContacts } from '../../support/build-deal-contacts.ts';
import { buildHandoff, buildHandoffContact, DEAL } from '../../support/build-handoff.ts';
import { buildStakeholder } from '../../support/build-onboarding.ts';

function buildContactRecord(properties: HubSpotRecord['properties']): HubSpotRecord {
  return { id: '501', properties };
}

describe('toDealContact', () => {
  it.each([
    [
      'first and last name',
      { firstname: 'Ana', lastname: 'Ruiz', email: 'ana@acme.test' },
      'Ana Ruiz',
      'ana@acme.test',
    ],
    ['the email when it has no name', { firstname: '', email: 'ben@acme.test' }, 'ben@acme.test', 'ben@acme.test'],
    ['nothing when it has neither', { firstname: null, email: '' }, null, null],
  ])('names a contact by %s', (_label, properties, name, email) => {
    expect(toDealContact(buildContactRecord(properties), [])).toMatchObject({ contactId: '501', name, email });
  });

  it('keeps each role its labels give once', () => {
    const contact = toDealContact(buildContactRecord({}), ['sponsor', 'end_user', 'sponsor']);
    expect(contact.roles).toEqual(['sponsor', 'end_user']);
  });
});

describe('decideJob for a deal’s association changes', () => {
  function buildEvent(overrides: { kind?: string; payload: object }): InboxEventInput {
    return buildWebhookInboxEvent(overrides.kind ?? 'object.associationChange', { ...overrides.payload });
  }

  it.each<[string, { kind?: string; companyId?: string; payload: object }, Job]>([
    [
      'a contact added to a deal mirrors the deal’s contacts',
      { payload: { fromObjectId: 7, fromObjectTypeId: '0-3', toObjectId: 5, toObjectTypeId: '0-1' } },
      { kind: 'refresh_deal_contacts', portalId: '1001', dealId: '7' },
    ],
    [
      'a deal on the far side of the change counts too',
      { payload: { fromObjectId: 5, fromObjectTypeId: '0-1', toObjectId: 7, toObjectTypeId: '0-3' } },
      { kind: 'refresh_deal_contacts', portalId: '1001', dealId: '7' },
    ],
    [
      'a deal moved to another company mirrors it again (labels live on the company)',
      {
        companyId: '42',
        payload: { fromObjectId: 7, fromObjectTypeId: '0-3', toObjectId: 42, toObjectTypeId: '0-2' },
      },
      { kind: 'refresh_deal_contacts', portalId: '1001', dealId: '7' },
    ],
    [
      'the legacy CONTACT_TO_DEAL form names the deal as its target',
      {
        kind: 'deal.associationChange',
        payload: { associationType: 'CONTACT_TO_DEAL', fromObjectId: 5, toObjectId: 7 },
      },
      { kind: 'refresh_deal_contacts', portalId: '1001', dealId: '7' },
    ],
    [
      'a contact relabelled on a company still refreshes the company',
      {
        companyId: '42',
        payload: { fromObjectId: 5, fromObjectTypeId: '0-1', toObjectId: 42, toObjectTypeId: '0-2' },
      },
      { kind: 'refresh_company', portalId: '1001', companyId: '42' },
    ],
  ])('%s', (_label, overrides, job) => {
    expect(decideJob(buildEvent(overrides))).toEqual(job);
  });
});

describe('toHandoffView with the deal’s mirrored contacts', () => {
  it('offers the deal’s contacts with their email and the circles they carry, names the one HubSpot labels validation owner, and learns the company from them', () => {
    const dealContacts = buildDealContacts({
      contacts: [
        buildDealContact({ roles: ['economic_decision_maker', 'validation_owner'] }),
        buildDealContact({ contactId: '9102', name: 'Ben Okafor', email: null, roles: [] }),
      ],
    });

    const view = toHandoffView(DEAL, null, [], dealContacts);

    expect(view.companyId).toBe('101');
    expect(view.contacts).toEqual([
      {
        contactId: '9101',
        name: 'Ana Ruiz',
        email: 'ana@acme.test',
        roles: ['economic_decision_maker', 'validation_owner'],
      },
      { contactId: '9102', name: 'Ben Okafor', email: null, roles: [] },
    ]);
    expect(view.validationOwnerContactId).toBe('9101');
  });

  it('lists sales’ contacts first, then the deal’s, then the company stakeholders, each contact once', () => {
    const handoff = buildHandoff({ contacts: [buildHandoffContact({ contactId: '9001' })] });
    const dealContacts = buildDealContacts({
      contacts: [buildDealContact({ contactId: '9001' }), buildDealContact({ contactId: '9101' })],
    });
    const stakeholders = [
      buildStakeholder({ contactId: '9101', name: 'Ana R.' }),
      buildStakeholder({ contactId: '9010', name: 'Noor Admin' }),
    ];

    const view = toHandoffView(DEAL, handoff, stakeholders, dealContacts);

    expect(view.contacts.map((contact) => [contact.contactId, contact.name])).toEqual([
      ['9001', 'Dana Buyer'],
      ['9101', 'Ana Ruiz'],
      ['9010', 'Noor Admin'],
    ]);
  });

  it('counts the circles the deal’s contacts carry in HubSpot before anything is saved', () => {
    const dealContacts = buildDealContacts({
      contacts: [
        buildDealContact({ roles: ['economic_decision_maker'] }),
        buildDealContact({ contactId: '9102', roles: ['end_user', 'technical_influencer'] }),
      ],
    });

    const view = toHandoffView(DEAL, null, [], dealContacts);

    // The three circles (10 each); no promise, no validation owner.
    expect(view.readiness.score).toBe(30);
    expect(view.readiness.missing.map((gap) => gap.code)).toEqual([
      'criteria_count',
      'criteria_baseline',
      'validation_owner',
    ]);
  });

  it('keeps the company of the saved handoff over the one last read with the contacts', () => {
    const view = toHandoffView(DEAL, buildHandoff({ companyId: '102' }), [], buildDealContacts());
    expect(view.companyId).toBe('102');
  });
});
