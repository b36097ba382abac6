import type { StakeholderRole } from '@liftoff/shared/domain/index';
import type { AssociatedObject } from './batch-read.ts';
import { toStakeholderRole } from './to-stakeholder.ts';

/**
 * Each company contact's roles from its association labels. Batch reads normally carry the label text; a
 * USER_DEFINED type that arrives without it is looked up in the portal's labels (read only then).
 */
export async function toRolesByContact(
  rolesByTypeId: () => Promise<Map<number, StakeholderRole>>,
  associations: readonly AssociatedObject[],
): Promise<Map<string, StakeholderRole[]>> {
  const needsLookup = associations.some((object) =>
    object.types.some((type) => type.category === 'USER_DEFINED' && type.label === null),
  );
  const labels = needsLookup ? await rolesByTypeId() : new Map<number, StakeholderRole>();
  return new Map(
    associations.map((object) => [
      object.id,
      object.types.flatMap((type) => toStakeholderRole(type.label) ?? labels.get(type.typeId) ?? []),
    ]),
  );
}
