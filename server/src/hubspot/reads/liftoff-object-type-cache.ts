import { z } from 'zod';
import type { PortalClient } from '../client/create-portal-client.ts';
import type { LiftoffObject } from '../model/liftoff-records.ts';
import { liftoffObjectNames } from '../model/liftoff-schema.ts';

/** The objectTypeId (`2-NNNN`) of each Liftoff custom object, or null where the portal has none (not Enterprise). */
export type LiftoffObjectTypes = Record<LiftoffObject, string | null>;

const schemasSchema = z.object({
  results: z.array(z.object({ name: z.string(), objectTypeId: z.string(), fullyQualifiedName: z.string() })),
});

/** Matches by schema name, or by the fully qualified `p{portalId}_{name}` HubSpot also answers with. */
export function toLiftoffObjectTypes(schemas: unknown): LiftoffObjectTypes {
  const { results } = schemasSchema.parse(schemas);
  const find = (name: string) =>
    results.find((schema) => schema.name === name || schema.fullyQualifiedName.endsWith(`_${name}`))?.objectTypeId ??
    null;
  return {
    criterion: find(liftoffObjectNames.criterion),
    milestone: find(liftoffObjectNames.milestone),
    signal: find(liftoffObjectNames.signal),
  };
}

/** Object type ids never change once a schema exists: read them once per gateway. */
export function createLiftoffObjectTypeCache(client: PortalClient): () => Promise<LiftoffObjectTypes> {
  let loading: Promise<LiftoffObjectTypes> | undefined;
  return () => {
    loading ??= client
      // GET /crm-object-schemas/v3/schemas
      .call('burst', 'schemas.getAll', (sdk) => sdk.crm.schemas.coreApi.getAll())
      .then(toLiftoffObjectTypes)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
