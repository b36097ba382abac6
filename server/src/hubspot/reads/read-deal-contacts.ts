import type { StakeholderRole } from '@liftoff/shared/domain/index';
import type { CrmDealContacts } from '../../onboarding/ports/crm-gateway.ts';
import { readAssociations, readRecords } from './batch-read.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { decidePrimaryCompany } from './read-deals.ts';
import { dealContactProperties, toDealContact } from './to-deal-contact.ts';
import { toRolesByContact } from './to-roles-by-contact.ts';

export interface DealContactsReadContext {
  client: PortalClient;
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>;
}

/**
 * A batch of deals' associated contacts, each with the Liftoff labels it carries on its deal's primary company.
 * Two rounds of batched reads whatever the number of deals: the deals' contacts and companies (v4 associations),
 * then those contacts' names and emails and the companies' labelled contacts. A contact's labels live on its
 * company association (docs/PRODUCT.md §3), never on the deal, so a deal without a primary company gives no roles.
 */
export async function readDealContacts(
  context: DealContactsReadContext,
  dealIds: readonly string[],
): Promise<CrmDealContacts[]> {
  const ids = [...new Set(dealIds)];
  if (ids.length === 0) return [];
  const { client } = context;
  const [contactsByDeal, companiesByDeal] = await Promise.all([
    readAssociations(client, 'deals', 'contacts', ids),
    readAssociations(client, 'deals', 'companies', ids),
  ]);
  const companyByDeal = new Map(ids.map((id) => [id, decidePrimaryCompany(companiesByDeal.get(id) ?? [])]));
  const contactIds = [...contactsByDeal.values()].flatMap((contacts) => contacts.map((contact) => contact.id));
  const companyIds = [...new Set([...companyByDeal.values()].flatMap((companyId) => companyId ?? []))];
  const [records, labelled] = await Promise.all([
    readRecords(client, 'contacts', contactIds, dealContactProperties),
    readAssociations(client, 'companies', 'contacts', companyIds),
  ]);
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const rolesByCompany = new Map(
    await Promise.all(
      companyIds.map(
        async (companyId) =>
          [companyId, await toRolesByContact(context.rolesByTypeId, labelled.get(companyId) ?? [])] as const,
      ),
    ),
  );
  return ids.map((dealId): CrmDealContacts => {
    const primaryCompanyId = companyByDeal.get(dealId) ?? null;
    const roles = primaryCompanyId === null ? undefined : rolesByCompany.get(primaryCompanyId);
    return {
      dealId,
      primaryCompanyId,
      contacts: (contactsByDeal.get(dealId) ?? []).flatMap((associated) => {
        const record = recordsById.get(associated.id);
        return record === undefined ? [] : [toDealContact(record, roles?.get(associated.id) ?? [])];
      }),
    };
  });
}
