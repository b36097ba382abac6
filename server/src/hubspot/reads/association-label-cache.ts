import { z } from 'zod';
import type { StakeholderRole } from '@liftoff/shared/domain/index';
import type { PortalClient } from '../client/create-portal-client.ts';
import { toStakeholderRole } from './to-stakeholder.ts';

const labelsSchema = z.object({
  results: z.array(z.object({ category: z.string(), typeId: z.number(), label: z.string().nullish() })),
});

/** USER_DEFINED label typeIds are per portal: map each to the stakeholder role its label names. */
export function toRolesByTypeId(labels: unknown): Map<number, StakeholderRole> {
  const roles = new Map<number, StakeholderRole>();
  for (const label of labelsSchema.parse(labels).results) {
    const role = toStakeholderRole(label.label);
    if (role !== null) roles.set(label.typeId, role);
  }
  return roles;
}

/**
 * The company→contact labels, read once and only when needed: an association arriving without its label text
 * (batch reads normally carry it, so a refresh usually never needs this call), or roles to write as labels.
 */
export function createAssociationLabelCache(client: PortalClient): () => Promise<Map<number, StakeholderRole>> {
  let loading: Promise<Map<number, StakeholderRole>> | undefined;
  return () => {
    loading ??= client
      // GET /crm/v4/associations/companies/contacts/labels
      .call('burst', 'companies.contacts.labels', (sdk) =>
        sdk.crm.associations.v4.schema.definitionsApi.getAll('companies', 'contacts'),
      )
      .then(toRolesByTypeId)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
