import type { DealContact } from '@liftoff/shared/domain/index';
import type { DealContacts } from '../../server/src/onboarding/ports/index.ts';
import { instant } from './build-onboarding.ts';
import { PORTAL } from './create-test-store.ts';
import { DEAL } from './build-handoff.ts';

/** Builders for a deal's contacts as the worker mirrors them from HubSpot: by default one labelled contact. */

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
    companyId: '101',
    contacts: [buildDealContact()],
    refreshedAt: instant('2026-02-24T10:00:00.000Z'),
    ...overrides,
  };
}
