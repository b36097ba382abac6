import { z } from 'zod';
import type { CrmChange } from '../../onboarding/ports/index.ts';
import { activityTypeIds, isCustomObjectTypeId, legacyPrefixTypeIds, objectTypeIds } from './hubspot-object-types.ts';
import { withoutNullFields } from './webhook-event-schema.ts';

const idSchema = z.union([z.number(), z.string()]).transform(String);

/**
 * The fields of a webhook event that say what changed, read leniently: intake checks only the event's identity, so
 * a field of an unexpected shape here means "not said" rather than a refused delivery; `null` means absent.
 */
const changeFieldsSchema = z.looseObject({
  subscriptionType: z.string(),
  objectId: idSchema.optional(),
  objectTypeId: z.string().optional(),
  propertyName: z.string().optional(),
  primaryObjectId: idSchema.optional(),
  newObjectId: idSchema.optional(),
  mergedObjectIds: z.array(idSchema).optional(),
  fromObjectId: idSchema.optional(),
  fromObjectTypeId: z.string().optional(),
  toObjectId: idSchema.optional(),
  toObjectTypeId: z.string().optional(),
  associationType: z.string().optional(),
});
type ChangeFields = z.output<typeof changeFieldsSchema>;

/**
 * What a HubSpot webhook event means for Liftoff (docs/HUBSPOT.md §3.1), by object type and action, for generic
 * `object.*` subscriptions and legacy `company.*`-style ones. `companyId` is the company intake found the event to
 * be about. An event this cannot read becomes `ignored` with its reason, never an error: HubSpot would retry the
 * whole delivery for it.
 */
export function toCrmChange(event: unknown, companyId: string | null): CrmChange {
  const parsed = changeFieldsSchema.safeParse(withoutNullFields(event));
  if (!parsed.success) return { kind: 'ignored', reason: 'unreadable webhook payload' };
  const fields = parsed.data;
  const [prefix = '', action = ''] = fields.subscriptionType.split('.');
  const typeId = fields.objectTypeId ?? legacyPrefixTypeIds[prefix];
  if (action === 'associationChange') {
    const dealId = toAssociatedDealId(fields);
    if (dealId !== null) return { kind: 'deal_associations_changed', dealId };
    return companyId === null
      ? { kind: 'ignored', reason: 'association change without a company side' }
      : { kind: 'company_changed', companyId };
  }
  if (typeId === objectTypeIds.deal) {
    const stageSet = action === 'creation' || (action === 'propertyChange' && fields.propertyName === 'dealstage');
    return stageSet && fields.objectId !== undefined
      ? { kind: 'deal_stage_changed', dealId: fields.objectId }
      : { kind: 'ignored', reason: `deal ${action} other than a stage change` };
  }
  if (typeId === objectTypeIds.company) return toCompanyChange(companyId, action, fields);
  if (
    typeId === objectTypeIds.ticket ||
    typeId === objectTypeIds.contact ||
    (typeId !== undefined && (activityTypeIds.has(typeId) || isCustomObjectTypeId(typeId)))
  ) {
    return { kind: 'activity_changed' };
  }
  return { kind: 'ignored', reason: `no job for ${fields.subscriptionType}` };
}

/**
 * The deal side of an association change (generic from/to type ids, or the legacy `DEAL_TO_CONTACT`-style
 * associationType): a deal's contacts, or its company whose labels they carry, changed.
 */
function toAssociatedDealId(fields: ChangeFields): string | null {
  const [fromType, toType] = fields.associationType?.split('_TO_') ?? [];
  if (fields.fromObjectTypeId === objectTypeIds.deal || fromType === 'DEAL') return fields.fromObjectId ?? null;
  if (fields.toObjectTypeId === objectTypeIds.deal || toType === 'DEAL') return fields.toObjectId ?? null;
  return null;
}

/** A merge keeps `newObjectId` when HubSpot gives one, else the primary; every other id is merged into it. */
function toCompanyChange(companyId: string | null, action: string, fields: ChangeFields): CrmChange {
  if (action === 'merge') {
    const survivingCompanyId = fields.newObjectId ?? fields.primaryObjectId ?? fields.objectId;
    if (survivingCompanyId === undefined) return { kind: 'ignored', reason: 'merge without a surviving id' };
    const merged = [fields.primaryObjectId, ...(fields.mergedObjectIds ?? [])].filter(
      (id): id is string => id !== undefined && id !== survivingCompanyId,
    );
    return { kind: 'companies_merged', mergedCompanyIds: [...new Set(merged)], survivingCompanyId };
  }
  const id = companyId ?? fields.objectId;
  if (id === undefined) return { kind: 'ignored', reason: `company ${action} without an id` };
  if (action === 'deletion') return { kind: 'company_deleted', companyId: id };
  return { kind: 'company_changed', companyId: id };
}
