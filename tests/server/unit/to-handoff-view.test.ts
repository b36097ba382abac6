import { describe, expect, it } from 'vitest';
import { toHandoffView } from '../../../server/src/onboarding/views/to-handoff-view.ts';
import {
  buildHandoff,
  buildHandoffContact,
  buildHandoffCriterion,
  DEAL,
  EVERY_READINESS_GAP,
} from '../../support/build-handoff.ts';
import { buildStakeholder } from '../../support/build-onboarding.ts';

describe('toHandoffView', () => {
  it('shows a deal with nothing saved as empty, readiness 0 and every requirement missing', () => {
    const view = toHandoffView(DEAL, null, []);

    expect(view).toMatchObject({
      dealId: DEAL,
      companyId: null,
      criteria: [],
      contacts: [],
      validationOwnerContactId: null,
      minCriteria: 3,
      maxCriteria: 5,
    });
    expect(view.readiness.score).toBe(0);
    expect(view.readiness.missing.map((gap) => gap.code)).toEqual(EVERY_READINESS_GAP);
  });

  it('scores a complete handoff 100 with nothing missing', () => {
    expect(toHandoffView(DEAL, buildHandoff(), []).readiness).toEqual({ score: 100, missing: [] });
  });

  it('shows each promise with its due date as a YYYY-MM-DD date', () => {
    const handoff = buildHandoff({ criteria: [buildHandoffCriterion({ id: 'handoff-501-c4' })] });

    expect(toHandoffView(DEAL, handoff, []).criteria).toEqual([
      {
        id: 'handoff-501-c4',
        name: 'Invoices sent from the app',
        metric: 'invoices per month',
        unit: 'invoices',
        baseline: 0,
        target: 200,
        dueDate: '2026-05-01',
      },
    ]);
  });

  it('lists the validation owner with the validation_owner role beside its circles', () => {
    const view = toHandoffView(DEAL, buildHandoff({ validationOwnerContactId: '9002' }), []);

    expect(view.contacts.map((contact) => [contact.contactId, contact.roles])).toEqual([
      ['9001', ['economic_decision_maker']],
      ['9002', ['end_user', 'validation_owner']],
      ['9003', ['technical_influencer', 'sponsor']],
    ]);
  });

  it('offers the company stakeholders sales has not listed yet, untagged, after the listed contacts', () => {
    const handoff = buildHandoff({ companyId: '101', contacts: [buildHandoffContact()] });
    const stakeholders = [
      buildStakeholder({ contactId: '9001', name: 'Dana Buyer', roles: ['sponsor'] }),
      buildStakeholder({ contactId: '9010', name: 'Noor Admin', roles: ['technical_influencer'] }),
    ];

    expect(toHandoffView(DEAL, handoff, stakeholders).contacts).toEqual([
      { contactId: '9001', name: 'Dana Buyer', email: null, roles: ['economic_decision_maker', 'validation_owner'] },
      { contactId: '9010', name: 'Noor Admin', email: null, roles: [] },
    ]);
  });

  it('scores from what sales tagged, not from the stakeholders it was offered', () => {
    const handoff = buildHandoff({ contacts: [buildHandoffContact({ roles: [] })] });
    const stakeholders = [buildStakeholder({ contactId: '9010', roles: ['end_user', 'technical_influencer'] })];

    const view = toHandoffView(DEAL, handoff, stakeholders);

    expect(view.readiness).toMatchObject({ score: 70, missing: [{ code: 'circles', points: 30 }] });
  });
});
