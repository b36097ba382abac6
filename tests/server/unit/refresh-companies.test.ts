import { afterEach, describe, expect, it } from 'vitest';
import { fail, succeed } from '../../../server/src/result.ts';
import type { CompanyContext, CrmGateway } from '../../../server/src/onboarding/ports/crm-gateway.ts';
import { refreshCompanies } from '../../../server/src/onboarding/sync/refresh-companies.ts';
import { toDomainCompanyKey } from '../../../server/src/onboarding/usage/to-domain-company-key.ts';
import { buildCompanyContext } from '../../support/build-company-context.ts';
import { buildOnboardingRecord, createTestStore, PORTAL } from '../../support/create-test-store.ts';
import type { TestStore } from '../../support/create-test-store.ts';

let test: TestStore;
afterEach(async () => test.store.close());

/** A CRM that only answers the company read a refresh makes. */
function createCompanyCrm(
  context: CompanyContext,
  readOwners: CrmGateway['readOwners'] = () => Promise.resolve(succeed([])),
): CrmGateway {
  const unused = () => Promise.reject(new Error('not called by a refresh'));
  return {
    readDeals: unused,
    readCompanyDeals: unused,
    readDealContacts: unused,
    readCompanyContexts: () => Promise.resolve([context]),
    readOwners,
    findChangedCompanies: unused,
    applyWritePlan: unused,
    addStakeholderLabels: unused,
  };
}

describe('a company refresh and usage sent by domain', () => {
  it("learns the company's domain in its bare form and attaches the usage kept under it", async () => {
    test = await createTestStore();
    await test.store.onboardings.save(buildOnboardingRecord());
    const at = test.clock.now();
    await test.store.activity.appendUsage(PORTAL, [
      { eventId: 'u1', companyId: toDomainCompanyKey('acme.com'), kind: 'login', at, userId: 'jane' },
    ]);

    const crm = createCompanyCrm(buildCompanyContext({ domain: 'https://www.Acme.com/' }));
    await refreshCompanies({ store: test.store, crm, clock: test.clock }, PORTAL, ['101']);

    expect((await test.store.activity.getSnapshot(PORTAL, '101')).logins).toEqual([{ at, userId: 'jane' }]);
    expect(await test.store.activity.findCompanyIdsByDomain(PORTAL, ['acme.com'])).toEqual(
      new Map([['acme.com', '101']]),
    );
    expect(await test.store.activity.findCompanyIdsByDomain('other-portal', ['acme.com'])).toEqual(new Map());
  });
});

describe("a company refresh and the CSM's name", () => {
  it('records the owner even when the CRM cannot list owners, and asks again at the next refresh', async () => {
    test = await createTestStore();
    await test.store.onboardings.save(buildOnboardingRecord());
    let calls = 0;
    const refused = () => {
      calls += 1;
      return Promise.resolve(fail({ code: 'unauthorized' as const, message: 'missing scope crm.objects.owners.read' }));
    };
    const crm = createCompanyCrm(buildCompanyContext({ ownerId: '9001' }), refused);

    await refreshCompanies({ store: test.store, crm, clock: test.clock }, PORTAL, ['101']);
    await refreshCompanies({ store: test.store, crm, clock: test.clock }, PORTAL, ['101']);

    expect(await test.store.onboardings.get(PORTAL, '101')).toMatchObject({ ownerId: '9001', ownerName: null });
    expect(await test.store.owners.list(PORTAL, ['9001'])).toEqual([]);
    expect(calls).toBe(2);
  });
});
