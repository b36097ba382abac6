import { describe, expect, it } from 'vitest';
import { buildHandoff, buildHandoffContact, DEAL } from '../../support/build-handoff.ts';
import { OTHER_PORTAL, PORTAL } from '../../support/create-test-store.ts';
import { useTestStores } from '../../support/use-test-stores.ts';

const openStore = useTestStores();

describe('the SQLite handoff store', () => {
  it('gives back a saved handoff as it was saved', async () => {
    const { store } = await openStore();
    const handoff = buildHandoff({ contacts: [buildHandoffContact({ email: 'dana@acme.test' })] });

    await store.handoffs.save(handoff);

    expect(await store.handoffs.get(PORTAL, DEAL)).toEqual(handoff);
  });

  it('replaces the whole handoff on a second save', async () => {
    const { store } = await openStore();
    await store.handoffs.save(buildHandoff());
    const replaced = buildHandoff({ criteria: [], contacts: [], validationOwnerContactId: null, updatedBy: null });

    await store.handoffs.save(replaced);

    expect(await store.handoffs.get(PORTAL, DEAL)).toEqual(replaced);
  });

  it('records the deal’s company on a saved handoff, and on none when nothing was saved', async () => {
    const { store } = await openStore();
    await store.handoffs.save(buildHandoff());

    await store.handoffs.setCompany(PORTAL, DEAL, '101');
    await store.handoffs.setCompany(PORTAL, '999', '102');

    expect((await store.handoffs.get(PORTAL, DEAL))?.companyId).toBe('101');
    expect(await store.handoffs.get(PORTAL, '999')).toBeNull();
  });

  it('keeps each portal’s handoffs apart', async () => {
    const { store } = await openStore();
    await store.handoffs.save(buildHandoff());

    expect(await store.handoffs.get(OTHER_PORTAL, DEAL)).toBeNull();
  });
});
