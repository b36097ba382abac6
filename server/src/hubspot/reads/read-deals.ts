import type { CrmDeal } from '../../onboarding/ports/crm-gateway.ts';
import { readAssociations, readRecords } from './batch-read.ts';
import type { AssociatedObject } from './batch-read.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import type { PipelineStageCache } from './pipeline-stage-cache.ts';
import { dealProperties, toCrmDeal } from './to-crm-deal.ts';

/** HubSpot's deal→company "Primary" association type (HUBSPOT_DEFINED). */
const primaryDealToCompanyTypeId = 5;

/** The primary company, else the only associated company; null when none or several without a primary. */
export function decidePrimaryCompany(companies: readonly AssociatedObject[]): string | null {
  const primary = companies.find((company) =>
    company.types.some((type) => type.category === 'HUBSPOT_DEFINED' && type.typeId === primaryDealToCompanyTypeId),
  );
  if (primary !== undefined) return primary.id;
  return companies.length === 1 ? (companies[0]?.id ?? null) : null;
}

export async function readDeals(
  client: PortalClient,
  stages: PipelineStageCache,
  dealIds: readonly string[],
): Promise<CrmDeal[]> {
  if (dealIds.length === 0) return [];
  const [records, companies] = await Promise.all([
    readRecords(client, 'deals', dealIds, dealProperties),
    readAssociations(client, 'deals', 'companies', dealIds),
  ]);
  const stageIds = records.flatMap((record) => record.properties['dealstage'] ?? []);
  const known = await stages.stagesOf('deals', [...new Set(stageIds)]);
  return records.map((record) => toCrmDeal(record, known, decidePrimaryCompany(companies.get(record.id) ?? [])));
}

/** A company's deals: its deal associations, then those deals (with their stages and primary company). */
export async function readCompanyDeals(
  client: PortalClient,
  stages: PipelineStageCache,
  companyId: string,
): Promise<CrmDeal[]> {
  const associations = await readAssociations(client, 'companies', 'deals', [companyId]);
  return readDeals(
    client,
    stages,
    (associations.get(companyId) ?? []).map((deal) => deal.id),
  );
}
