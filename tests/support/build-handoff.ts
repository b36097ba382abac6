import type { Handoff, HandoffContact, HandoffCriterion } from '@liftoff/shared/domain/index';
import type { SaveHandoffBody } from '@liftoff/shared/contract/index';
import type { SaveHandoffInput } from '../../server/src/onboarding/handoff/save-handoff.ts';
import { date, instant } from './build-onboarding.ts';
import { PORTAL } from './create-test-store.ts';

/** Builders for deal handoffs: a complete one by default (3 measurable promises, the three circles, an owner). */

export const DEAL = '501';

/** Every requirement of the handoff's readiness, in the order the view lists what is missing. */
export const EVERY_READINESS_GAP = ['criteria_count', 'criteria_baseline', 'circles', 'validation_owner'];

export function buildHandoffCriterion(overrides: Partial<HandoffCriterion> = {}): HandoffCriterion {
  return {
    id: `handoff-${DEAL}-c1`,
    name: 'Invoices sent from the app',
    metric: 'invoices per month',
    unit: 'invoices',
    baseline: 0,
    target: 200,
    dueDate: date('2026-05-01'),
    ...overrides,
  };
}

export function buildHandoffContact(overrides: Partial<HandoffContact> = {}): HandoffContact {
  return { contactId: '9001', name: 'Dana Buyer', email: null, roles: ['economic_decision_maker'], ...overrides };
}

export function buildHandoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    portalId: PORTAL,
    dealId: DEAL,
    companyId: null,
    criteria: [1, 2, 3].map((n) => buildHandoffCriterion({ id: `handoff-${DEAL}-c${n}`, name: `Promise ${n}` })),
    contacts: [
      buildHandoffContact(),
      buildHandoffContact({ contactId: '9002', name: 'Eli User', roles: ['end_user'] }),
      buildHandoffContact({ contactId: '9003', name: 'Tess Tech', roles: ['technical_influencer', 'sponsor'] }),
    ],
    validationOwnerContactId: '9001',
    updatedAt: instant('2026-02-20T10:00:00.000Z'),
    updatedBy: '77',
    ...overrides,
  };
}

/** The PUT body of a complete handoff with new (id-less) promises. */
export function buildSaveHandoffBody(overrides: Partial<SaveHandoffBody> = {}): SaveHandoffBody {
  return {
    criteria: [1, 2, 3].map((n) => ({
      name: `Promise ${n}`,
      metric: 'invoices per month',
      unit: 'invoices',
      baseline: 0,
      target: 100 * n,
      dueDate: '2026-05-01',
    })),
    contacts: [
      { contactId: '9001', roles: ['economic_decision_maker'] },
      { contactId: '9002', roles: ['end_user'] },
      { contactId: '9003', roles: ['technical_influencer'] },
    ],
    validationOwnerContactId: '9001',
    ...overrides,
  };
}

/** The same complete handoff as the use case receives it, parsed (due dates as epoch ms). */
export function buildHandoffInput(overrides: Partial<SaveHandoffInput> = {}): SaveHandoffInput {
  const body = buildSaveHandoffBody();
  return {
    criteria: body.criteria.map((criterion) => ({ ...criterion, dueDate: date('2026-05-01') })),
    contacts: body.contacts,
    validationOwnerContactId: body.validationOwnerContactId,
    ...overrides,
  };
}
