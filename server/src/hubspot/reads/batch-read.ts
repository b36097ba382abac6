import { z } from 'zod';
import { toChunks } from '../client/chunk.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { parseHubSpotRecords } from '../model/hubspot-record.ts';
import type { HubSpotRecord } from '../model/hubspot-record.ts';

/** HubSpot caps batch reads of records at 100 ids, and v4 association batch reads at 1,000 ids. */
export const recordBatchSize = 100;
export const associationBatchSize = 1_000;

/**
 * Reads records by id, 100 per call, every chunk queued at once (the portal client paces them).
 * Ids HubSpot does not know are simply absent from the answer.
 */
export async function readRecords(
  client: PortalClient,
  objectType: string,
  ids: readonly string[],
  properties: readonly string[],
): Promise<HubSpotRecord[]> {
  const unique = [...new Set(ids)];
  const pages = await Promise.all(
    toChunks(unique, recordBatchSize).map((chunk) =>
      // POST /crm/v3/objects/{objectType}/batch/read
      client.call('burst', `${objectType}.batch.read`, (sdk) =>
        sdk.crm.objects.batchApi.read(objectType, {
          inputs: chunk.map((id) => ({ id })),
          properties: [...properties],
          propertiesWithHistory: [],
        }),
      ),
    ),
  );
  return pages.flatMap((page) => parseHubSpotRecords(page.results));
}

export interface AssociationType {
  category: string;
  typeId: number;
  label: string | null;
}

export interface AssociatedObject {
  id: string;
  types: AssociationType[];
}

const associationPageSchema = z.object({
  results: z.array(
    z.object({
      _from: z.object({ id: z.string() }),
      to: z.array(
        z.object({
          toObjectId: z.union([z.string(), z.number()]).transform(String),
          associationTypes: z.array(
            z.object({
              category: z.string(),
              typeId: z.number(),
              label: z
                .string()
                .nullish()
                .transform((label) => label ?? null),
            }),
          ),
        }),
      ),
      paging: z.object({ next: z.object({ after: z.string() }).optional() }).nullish(),
    }),
  ),
});

/**
 * Reads every association of each `from` id towards `toType`, with labels, 1,000 ids per call. An object with
 * more associations than one page holds is asked for again with its `after` cursor until none is left.
 */
export async function readAssociations(
  client: PortalClient,
  fromType: string,
  toType: string,
  fromIds: readonly string[],
): Promise<Map<string, AssociatedObject[]>> {
  const associations = new Map<string, AssociatedObject[]>();
  let pending: { id: string; after?: string }[] = [...new Set(fromIds)].map((id) => ({ id }));
  while (pending.length > 0) {
    const pages = await Promise.all(
      toChunks(pending, associationBatchSize).map(async (inputs) => {
        // POST /crm/v4/associations/{fromType}/{toType}/batch/read: exempt from the ten-secondly budget.
        const page = await client.call('exempt', `${fromType}.${toType}.associations.batch.read`, (sdk) =>
          sdk.crm.associations.v4.batchApi.getPage(fromType, toType, { inputs }),
        );
        return associationPageSchema.parse(page);
      }),
    );
    pending = [];
    for (const result of pages.flatMap((page) => page.results)) {
      const known = associations.get(result._from.id) ?? [];
      known.push(...result.to.map((to) => ({ id: to.toObjectId, types: to.associationTypes })));
      associations.set(result._from.id, known);
      const after = result.paging?.next?.after;
      if (after !== undefined) pending.push({ id: result._from.id, after });
    }
  }
  return associations;
}
