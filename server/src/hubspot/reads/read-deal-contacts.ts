import type { HandoffCriterion, StakeholderRole } from '@liftoff/shared/domain/index';
import type { CrmDealContacts, DealReadOptions } from '../../onboarding/ports/crm-gateway.ts';
import { readAssociations, readRecords } from './batch-read.ts';
import type { AssociatedObject } from './batch-read.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { parseHubSpotText } from '../model/hubspot-value.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';
import { promiseRecordProperties, toHandoffPromise } from '../model/liftoff-records.ts';
import type { LiftoffObjectTypes } from './liftoff-object-type-cache.ts';
import { decidePrimaryCompany } from './read-deals.ts';
import { dealContactProperties, toDealContact } from './to-deal-contact.ts';
import { toRolesByContact } from './to-roles-by-contact.ts';

export interface DealContactsReadContext {
  client: PortalClient;
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>;
  objectTypes: () => Promise<LiftoffObjectTypes>;
}

/** What the Handoff card names the deal by. */
const dealNameProperties = ['dealname'];

/**
 * A batch of deals as the Handoff card shows them: each deal's name, its associated contacts with the Liftoff labels
 * they carry on the deal's primary company, and (when asked) its sales-promise criterion records. Two rounds of
 * batched reads whatever the number of deals: the deals' names, contacts, companies and criteria (v4 associations),
 * then those contacts' names and emails, the companies' labelled contacts and the criterion records. A contact's
 * labels live on its company association (docs/PRODUCT.md §3), never on the deal, so a deal without a primary
 * company gives no roles.
 */
export async function readDealContacts(
  context: DealContactsReadContext,
  dealIds: readonly string[],
  options: DealReadOptions,
): Promise<CrmDealContacts[]> {
  const ids = [...new Set(dealIds)];
  if (ids.length === 0) return [];
  const { client } = context;
  const criterionType = options.promises ? (await context.objectTypes()).criterion : null;
  const [deals, contactsByDeal, companiesByDeal, criteriaByDeal] = await Promise.all([
    readRecords(client, 'deals', ids, dealNameProperties),
    readAssociations(client, 'deals', 'contacts', ids),
    readAssociations(client, 'deals', 'companies', ids),
    criterionType === null
      ? new Map<string, AssociatedObject[]>()
      : readAssociations(client, 'deals', criterionType, ids),
  ]);
  const companyByDeal = new Map(ids.map((id) => [id, decidePrimaryCompany(companiesByDeal.get(id) ?? [])]));
  const contactIds = [...contactsByDeal.values()].flatMap((contacts) => contacts.map((contact) => contact.id));
  const companyIds = [...new Set([...companyByDeal.values()].flatMap((companyId) => companyId ?? []))];
  const criterionIds = [...criteriaByDeal.values()].flatMap((criteria) => criteria.map((criterion) => criterion.id));
  const [records, labelled, criteria] = await Promise.all([
    readRecords(client, 'contacts', contactIds, dealContactProperties),
    readAssociations(client, 'companies', 'contacts', companyIds),
    criterionType === null ? [] : readRecords(client, criterionType, criterionIds, promiseRecordProperties),
  ]);
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const namesById = new Map(deals.map((deal) => [deal.id, parseHubSpotText(deal.properties['dealname'])]));
  const promisesById = toPromisesById(criteria);
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
      dealName: namesById.get(dealId) ?? null,
      primaryCompanyId,
      contacts: (contactsByDeal.get(dealId) ?? []).flatMap((associated) => {
        const record = recordsById.get(associated.id);
        return record === undefined ? [] : [toDealContact(record, roles?.get(associated.id) ?? [])];
      }),
      promises: (criteriaByDeal.get(dealId) ?? []).flatMap((associated) => promisesById.get(associated.id) ?? []),
    };
  });
}

/** Criterion records by HubSpot id, only those that are sales promises. */
function toPromisesById(criteria: readonly HubSpotRecord[]): Map<string, HandoffCriterion> {
  return new Map(
    criteria.flatMap((record) => {
      const promise = toHandoffPromise(record.properties);
      return promise === null ? [] : [[record.id, promise] as const];
    }),
  );
}
