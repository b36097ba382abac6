import { z } from 'zod';
import type { CrmGateway } from '../onboarding/ports/crm-gateway.ts';
import { addStakeholderLabels } from './writes/write-stakeholders.ts';
import { applyWritePlan } from './writes/apply-write-plan.ts';
import { createAssociationLabelCache } from './reads/association-label-cache.ts';
import type { PortalClient } from './client/create-portal-client.ts';
import { findChangedCompanies } from './reads/find-changed-companies.ts';
import { LIFTOFF_CONTACT_KPI_PROPERTY } from './model/liftoff-schema.ts';
import { createLiftoffObjectTypeCache } from './reads/liftoff-object-type-cache.ts';
import type { LiftoffObjectTypes } from './reads/liftoff-object-type-cache.ts';
import { createPipelineStageCache } from './reads/pipeline-stage-cache.ts';
import { readCompanyContexts } from './reads/read-company-contexts.ts';
import { readDealContacts } from './reads/read-deal-contacts.ts';
import { readOwners } from './reads/read-owners.ts';
import { readCompanyDeals, readDeals } from './reads/read-deals.ts';

export interface HubSpotCrmGatewayOptions {
  client: PortalClient;
  /** The contact property holding a stakeholder's personal KPI or motivation. */
  kpiProperty?: string;
  /** The custom object type ids when already known (e.g. kept from setup); otherwise discovered once. */
  liftoffObjectTypes?: LiftoffObjectTypes;
}

const pipelinesAnswerSchema = z.object({ results: z.array(z.unknown()) });

/**
 * The CrmGateway over one HubSpot portal. Pipelines, association labels and custom object types are read once
 * and cached for the gateway's life (pipelines again when a record shows a stage never seen).
 */
export function createHubSpotCrmGateway(options: HubSpotCrmGatewayOptions): CrmGateway {
  const { client } = options;
  const stages = createPipelineStageCache(async (objectType) => {
    // GET /crm/v3/pipelines/{deals|tickets}
    const answer = await client.call('burst', `${objectType}.pipelines.getAll`, (sdk) =>
      sdk.crm.pipelines.pipelinesApi.getAll(objectType),
    );
    return pipelinesAnswerSchema.parse(answer).results;
  });
  const known = options.liftoffObjectTypes;
  const objectTypes = known === undefined ? createLiftoffObjectTypeCache(client) : () => Promise.resolve(known);
  const rolesByTypeId = createAssociationLabelCache(client);
  const readContext = {
    client,
    stages,
    objectTypes,
    rolesByTypeId,
    kpiProperty: options.kpiProperty ?? LIFTOFF_CONTACT_KPI_PROPERTY,
  };
  return {
    readDeals: (dealIds) => readDeals(client, stages, dealIds),
    readCompanyDeals: (companyId) => readCompanyDeals(client, stages, companyId),
    readDealContacts: (dealIds, readOptions) => readDealContacts(readContext, dealIds, readOptions),
    readCompanyContexts: (companyIds, readOptions) => readCompanyContexts(readContext, companyIds, readOptions),
    readOwners: () => readOwners(client),
    findChangedCompanies: (since) => findChangedCompanies(client, objectTypes, since),
    applyWritePlan: (plan) => applyWritePlan(readContext, plan),
    addStakeholderLabels: (labels) => addStakeholderLabels(client, rolesByTypeId, labels),
  };
}
