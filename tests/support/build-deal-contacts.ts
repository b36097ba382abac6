import type { DealContact } from '@liftoff/shared/domain/index';
import type { DealContacts } from '../../server/src/onboarding/ports/index.ts';
import { instant } from './build-onboarding.ts';
import { PORTAL } from './create-test-store.ts';
import { DEAL } from './build-handoff.ts';

/** Builders for a deal as the worker mirrors it from HubSpot: by default named, one labelled contact, no promises. */

export function buildDealContact(overrides: Partial<DealContact> = {}): DealContact {
  return {
    contactId: '9101',
    name: 'Ana Ruiz',
    email: 'ana@acme.test',
    roles: ['economic_decision_maker'],
    ...overrides,
  };
}

export function buildDealContacts(overrides: Partial<DealContacts> = {}): DealContacts {
  return {
    portalId: PORTAL,
    dealId: DEAL,
    dealName: 'Acme — analytics platform',
    companyId: '101',
    contacts: [buildDealContact()],
    promises: [],
    refreshedAt: instant('2026-02-24T10:00:00.000Z'),
    ...overrides,
  };
}
