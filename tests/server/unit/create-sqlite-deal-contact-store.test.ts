import { describe, expect, it } from 'vitest';
import { buildDealContact, buildDealContacts } from '../../support/build-deal-contacts.ts';
import { buildHandoffCriterion, DEAL } from '../../support/build-handoff.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { useTestStores } from '../../support/use-test-stores.ts';

const openStore = useTestStores();

describe('the SQLite store of deals’ mirrored contacts', () => {
  it('has none for a deal the worker never read', async () => {
    const { store } = await openStore();
    expect(await store.handoffs.getDealContacts(PORTAL, DEAL)).toBeNull();
  });

  it('gives back a deal’s name, contacts and promises as saved', async () => {
    const { store } = await openStore();
    const dealContacts = buildDealContacts({
      contacts: [buildDealContact(), buildDealContact({ contactId: '9102', name: null, email: null, roles: [] })],
      promises: [buildHandoffCriterion(), buildHandoffCriterion({ id: 'acme-c2', metric: null, dueDate: null })],
    });

    await store.handoffs.saveDealContacts(dealContacts);

    expect(await store.handoffs.getDealContacts(PORTAL, DEAL)).toEqual(dealContacts);
  });

  it('replaces them whole: a contact removed from the deal disappears, and the company follows the last read', async () => {
    const { store } = await openStore();
    await store.handoffs.saveDealContacts(buildDealContacts());
    const replaced = buildDealContacts({
      dealName: null,
      companyId: null,
      contacts: [],
      promises: [],
      refreshedAt: Date.UTC(2026, 1, 25),
    });

    await store.handoffs.saveDealContacts(replaced);

    expect(await store.handoffs.getDealContacts(PORTAL, DEAL)).toEqual(replaced);
  });

  it('keeps each portal’s deals apart', async () => {
    const { store } = await openStore();
    await store.handoffs.saveDealContacts(buildDealContacts());

    expect(await store.handoffs.getDealContacts(OTHER_PORTAL, DEAL)).toBeNull();
  });

  it('leaves the deal’s handoff untouched', async () => {
    const { store } = await openStore();
    await store.handoffs.saveDealContacts(buildDealContacts());

    expect(await store.handoffs.get(PORTAL, DEAL)).toBeNull();
  });
});
