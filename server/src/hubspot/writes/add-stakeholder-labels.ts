import { AssociationSpecAssociationCategoryEnum } from '@hubspot/api-client/lib/codegen/crm/associations/v4/models/AssociationSpec.js';
import { z } from 'zod';
import type { StakeholderRole } from '@liftoff/shared/domain/index';
import type { StakeholderLabels, WriteResult } from '../../onboarding/ports/crm-gateway.ts';
import type { PortalClient } from '../client/create-portal-client.ts';
import { writeInBatches } from './write-in-batches.ts';
import type { BatchAnswer } from './write-in-batches.ts';

const labelledPairsSchema = z.object({
  results: z.array(
    z.object({
      fromObjectId: z.union([z.string(), z.number()]).transform(String),
      toObjectId: z.union([z.string(), z.number()]).transform(String),
    }),
  ),
});

const toKey = (companyId: string, contactId: string) => `${companyId}:${contactId}`;

/** The company→contact label type of each role (the first, should an admin have made two with the same text). */
function toTypeIdByRole(rolesByTypeId: ReadonlyMap<number, StakeholderRole>): Map<StakeholderRole, number> {
  const typeIds = new Map<StakeholderRole, number>();
  for (const [typeId, role] of rolesByTypeId) if (!typeIds.has(role)) typeIds.set(role, typeId);
  return typeIds;
}

/**
 * Writes roles as the company→contact labels setup created (their type ids are per portal, read once from the
 * portal's labels), 100 pairs per v4 batch create. HubSpot adds the labels to the pair's association and keeps the
 * others. A role whose label the portal lacks (setup not run yet) has nothing to be written as: it is left out, and
 * stays in Liftoff's store alone; a contact with no role left makes no write and has no result.
 */
export async function addStakeholderLabels(
  client: PortalClient,
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>,
  labels: readonly StakeholderLabels[],
): Promise<WriteResult[]> {
  const wanted = labels.filter((label) => label.roles.length > 0);
  if (wanted.length === 0) return [];
  const typeIds = toTypeIdByRole(await rolesByTypeId());
  const inputs = wanted.flatMap((label) => {
    const types = label.roles.flatMap((role) => {
      const associationTypeId = typeIds.get(role);
      return associationTypeId === undefined
        ? []
        : [{ associationCategory: AssociationSpecAssociationCategoryEnum.UserDefined, associationTypeId }];
    });
    if (types.length === 0) return [];
    return [
      {
        key: toKey(label.companyId, label.contactId),
        input: { _from: { id: label.companyId }, to: { id: label.contactId }, types },
      },
    ];
  });
  const outcomes = await writeInBatches(inputs, async (batch) => {
    // POST /crm/v4/associations/companies/contacts/batch/create — exempt from the ten-secondly budget in HubSpot's
    // OpenAPI documents, so it does not spend it here either.
    const answer = await client.call('exempt', 'companies.contacts.associations.create', (sdk) =>
      sdk.crm.associations.v4.batchApi.create('companies', 'contacts', { inputs: batch }),
    );
    const applied: BatchAnswer = new Map();
    for (const pair of labelledPairsSchema.parse(answer).results) {
      applied.set(toKey(pair.fromObjectId, pair.toObjectId), pair.fromObjectId);
    }
    return applied;
  });
  return outcomes.map((outcome): WriteResult =>
    outcome.ok
      ? { target: 'association', id: outcome.key, ok: true }
      : { target: 'association', id: outcome.key, ok: false, error: outcome.error },
  );
}
