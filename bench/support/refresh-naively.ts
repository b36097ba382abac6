import type { PortalClient } from '../../server/src/hubspot/client/create-portal-client.ts';

const associatedTypes = ['contacts', 'emails', 'calls', 'meetings', 'tickets'];

/**
 * The naive client the batched refresh is compared with: one request per record. Per company, the company
 * (POST /crm/v3/objects/companies/batch/read with one id), each association list (POST
 * /crm/v4/associations/companies/{type}/batch/read with one id), then every associated record by id
 * (POST /crm/v3/objects/{type}/batch/read with one id). Same portal client, so the same budget.
 */
export async function refreshNaively(
  client: PortalClient,
  liftoffTypes: readonly string[],
  companyIds: readonly string[],
): Promise<void> {
  const readOne = (type: string, id: string) =>
    client.call('burst', 'naive.record', (sdk) =>
      sdk.crm.objects.batchApi.read(type, { inputs: [{ id }], properties: [], propertiesWithHistory: [] }),
    );
  for (const companyId of companyIds) {
    await readOne('companies', companyId);
    await Promise.all(
      [...associatedTypes, ...liftoffTypes].map(async (type) => {
        const page = await client.call('burst', 'naive.associations', (sdk) =>
          sdk.crm.associations.v4.batchApi.getPage('companies', type, { inputs: [{ id: companyId }] }),
        );
        const ids = page.results.flatMap((result) => result.to.map((to) => String(to.toObjectId)));
        await Promise.all(ids.map((id) => readOne(type, id)));
      }),
    );
  }
}
