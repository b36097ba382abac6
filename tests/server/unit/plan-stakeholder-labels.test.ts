import { describe, expect, it } from 'vitest';
import type { Handoff } from '@liftoff/shared/domain/index';
import { planStakeholderLabels } from '../../../server/src/onboarding/handoff/plan-stakeholder-labels.ts';
import type { StakeholderLabels } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import type { DealContacts } from '../../../server/src/onboarding/ports/index.ts';
import { buildDealContact, buildDealContacts } from '../../support/build-deal-contacts.ts';
import { buildHandoff, buildHandoffContact } from '../../support/build-handoff.ts';

/** The deal's contacts as last mirrored on company 101: 9001 already carries the end-user label there. */
const mirrored = buildDealContacts({
  companyId: '101',
  contacts: [
    buildDealContact({ contactId: '9001', roles: ['end_user'] }),
    buildDealContact({ contactId: '9002', roles: [] }),
  ],
});

const tagged = (overrides: Partial<Handoff> = {}) =>
  buildHandoff({
    companyId: '101',
    contacts: [
      buildHandoffContact({ contactId: '9001', roles: ['end_user', 'sponsor'] }),
      buildHandoffContact({ contactId: '9002', roles: ['technical_influencer'] }),
    ],
    validationOwnerContactId: '9002',
    ...overrides,
  });

describe('planStakeholderLabels: the roles sales set, as labels HubSpot does not carry yet', () => {
  it.each<[string, Handoff, DealContacts | null, StakeholderLabels[]]>([
    [
      'adds only the labels the contact lacks on the company, the validation owner’s included',
      tagged(),
      mirrored,
      [
        { companyId: '101', contactId: '9001', roles: ['sponsor'] },
        { companyId: '101', contactId: '9002', roles: ['technical_influencer', 'validation_owner'] },
      ],
    ],
    [
      'plans nothing when HubSpot carries every role already',
      tagged({
        contacts: [buildHandoffContact({ contactId: '9001', roles: ['end_user'] })],
        validationOwnerContactId: null,
      }),
      mirrored,
      [],
    ],
    [
      'never removes a label: a role sales took off a contact plans nothing',
      tagged({ contacts: [buildHandoffContact({ contactId: '9001', roles: [] })], validationOwnerContactId: null }),
      mirrored,
      [],
    ],
    [
      'labels a validation owner sales named without listing',
      tagged({ contacts: [], validationOwnerContactId: '9010' }),
      mirrored,
      [{ companyId: '101', contactId: '9010', roles: ['validation_owner'] }],
    ],
    [
      'sends every role when the mirror read another company (its labels say nothing of this one)',
      tagged({
        companyId: '102',
        contacts: [buildHandoffContact({ contactId: '9001', roles: ['end_user'] })],
        validationOwnerContactId: null,
      }),
      mirrored,
      [{ companyId: '102', contactId: '9001', roles: ['end_user'] }],
    ],
    [
      'takes the company of the mirror when the handoff has none yet',
      tagged({
        companyId: null,
        contacts: [buildHandoffContact({ contactId: '9002', roles: ['sponsor'] })],
        validationOwnerContactId: null,
      }),
      mirrored,
      [{ companyId: '101', contactId: '9002', roles: ['sponsor'] }],
    ],
    ['plans nothing while the deal’s company is unknown', tagged({ companyId: null }), null, []],
  ])('%s', (_name, handoff, dealContacts, expected) => {
    expect(planStakeholderLabels(handoff, dealContacts)).toEqual(expected);
  });
});
